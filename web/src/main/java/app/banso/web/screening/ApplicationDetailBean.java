package app.banso.web.screening;

import app.banso.domain.shared.BusinessException;
import app.banso.ejb.screening.ApplicationDetail;
import app.banso.ejb.screening.ScreeningService;
import app.banso.web.platform.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** One application for screening staff, opened from the inbox ({@code ?id=}). */
@Named
@ViewScoped
public class ApplicationDetailBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ScreeningService screening;

    private Long id;
    private ApplicationDetail detail;
    private boolean sealChecked;

    /** The id comes from the URL: the boundary checks that it is a submitted application. */
    public void load() {
        if (id == null) {
            return;
        }
        try {
            detail = screening.detail(id);
            sealChecked = detail.consent() != null && detail.consent().isSealChecked();
        } catch (BusinessException e) {
            detail = null;
            Messages.error(e);
        }
    }

    public void saveSeal() {
        try {
            screening.markSealChecked(detail.id(), sealChecked);
            detail = screening.detail(detail.id());
            Messages.info(sealChecked ? "seal.checked" : "seal.cleared");
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public ReviewModel getReviewModel() {
        if (detail == null) {
            return null;
        }
        var c = detail.consent();
        return new ReviewModel(detail.answers(), c == null ? null
                : new app.banso.ejb.intake.ApplicationView.ConsentInfo(c.fileName(), c.sizeBytes(), c.sha256(), c.uploadedAt()));
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ApplicationDetail getDetail() { return detail; }
    public boolean isSealChecked() { return sealChecked; }
    public void setSealChecked(boolean v) { sealChecked = v; }
}
