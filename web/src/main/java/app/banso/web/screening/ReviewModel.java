package app.banso.web.screening;

import app.banso.ejb.intake.ApplicationDraft;
import app.banso.ejb.intake.ApplicationView;
import java.io.Serializable;

/** Feeds the shared read-only answer summary ({@code WEB-INF/includes/review.xhtml}) on staff pages. */
public class ReviewModel implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ApplicationDraft draft;
    private final ApplicationView.ConsentInfo consent;

    public ReviewModel(ApplicationDraft draft, ApplicationView.ConsentInfo consent) {
        this.draft = draft;
        this.consent = consent;
    }

    public ApplicationDraft getDraft() { return draft; }
    public boolean isEditable() { return false; }
    public ReviewModel getView() { return this; }
    public ApplicationView.ConsentInfo getConsent() { return consent; }
}
