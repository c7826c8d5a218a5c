package app.banso.web.support;

import app.banso.domain.shared.BusinessException;
import app.banso.domain.support.ChangeField;
import app.banso.ejb.support.CaseView;
import app.banso.ejb.support.CompanySupportService;
import app.banso.web.platform.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The adopted company's view of its support case. */
@Named
@ViewScoped
public class CompanyCaseBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CompanySupportService support;

    @Inject
    private Clock clock;

    private CaseView view;

    @PostConstruct
    void load() {
        view = support.myCase().orElse(null);
    }

    public void agree() {
        try {
            view = support.agreePlan();
            Messages.info("case.agreed");
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void publication(boolean consent) {
        try {
            view = support.recordPublicationConsent(consent);
            Messages.info("publication.saved");
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void cancelVisit(long activityId) {
        try {
            boolean costs = support.cancelVisit(activityId);
            Messages.info(costs ? "case.cancelledWithCosts" : "case.cancelled");
            load();
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    private ChangeField changeField = ChangeField.LEGAL_NAME;
    private String newValue;
    private String changeNote;

    public void reportChange() {
        try {
            view = support.reportChange(changeField, newValue, changeNote);
            newValue = null;
            changeNote = null;
            Messages.info("change.reported");
        } catch (BusinessException e) {
            Messages.error(e, Map.of("newValue", "change:newValue"));
        }
    }

    public ChangeField[] getChangeFields() { return ChangeField.values(); }
    public ChangeField getChangeField() { return changeField; }
    public void setChangeField(ChangeField v) { changeField = v; }
    public String getNewValue() { return newValue; }
    public void setNewValue(String v) { newValue = v; }
    public String getChangeNote() { return changeNote; }
    public void setChangeNote(String v) { changeNote = v; }

    public CaseView getView() { return view; }

    /** Meetings and visits from today (Japan time, the injected clock) on, soonest first. */
    public List<CaseView.ActivityView> getUpcoming() {
        return view == null ? List.of() : view.upcoming(LocalDate.now(clock));
    }
}
