package app.banso.web.intake;

import app.banso.domain.intake.ApplicationStatus;
import app.banso.domain.shared.BusinessException;
import app.banso.ejb.intake.ApplicationService;
import app.banso.ejb.intake.ApplicationView;
import app.banso.web.platform.Messages;
import app.banso.web.platform.NotInSession;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** The applicant's status page: timeline, next step, withdrawal (APPLY-3) and change requests. */
@Named
@ViewScoped
public class ApplicationStatusBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApplicationService service;

    /** The application as shown, not copied into the session. */
    private final NotInSession<ApplicationView> view = new NotInSession<>();

    @Size(max = 500)
    private String withdrawalReason;

    @Size(max = 2000)
    private String changeText;

    @PostConstruct
    void load() {
        view.set(service.mine().orElse(null));
    }

    private ApplicationView view() {
        return view.get(() -> service.mine().orElse(null));
    }

    public void withdraw() {
        try {
            view.set(service.withdraw(withdrawalReason));
            Messages.info("withdraw.done");
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void confirmInterview() {
        try {
            view.set(service.confirmInterview());
            Messages.info("screening.attendanceConfirmed");
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void requestChange() {
        try {
            view.set(service.requestChange(changeText));
            changeText = null;
            Messages.info("changeRequest.sent");
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    /** The next step and what the applicant must do, as a message key. */
    public String getNextStepKey() {
        ApplicationView v = view();
        if (v == null) {
            return "status.next.NONE";
        }
        if (v.waitingPosition() != null) {
            return "status.next.WAITING";
        }
        if (v.status() == ApplicationStatus.SUBMITTED && v.consent() == null) {
            return "status.next.SUBMITTED_NO_CONSENT";
        }
        return "status.next." + v.status().name();
    }

    public ApplicationView getView() { return view(); }
    public String getWithdrawalReason() { return withdrawalReason; }
    public void setWithdrawalReason(String v) { withdrawalReason = v; }
    public String getChangeText() { return changeText; }
    public void setChangeText(String v) { changeText = v; }
}
