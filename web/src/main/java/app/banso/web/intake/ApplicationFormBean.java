package app.banso.web.intake;

import app.banso.domain.intake.Education;
import app.banso.domain.intake.FieldProblem;
import app.banso.domain.intake.Industry;
import app.banso.domain.intake.LegalForm;
import app.banso.domain.intake.PositionAnswers;
import app.banso.domain.intake.Prefecture;
import app.banso.domain.intake.ResultCategory;
import app.banso.domain.intake.RoleType;
import app.banso.domain.intake.RuleOutcome;
import app.banso.domain.intake.RuleResult;
import app.banso.domain.intake.StatusOfResidence;
import app.banso.domain.shared.BusinessException;
import app.banso.domain.shared.InvalidDataException;
import app.banso.ejb.intake.ApplicationDraft;
import app.banso.ejb.intake.ApplicationService;
import app.banso.ejb.intake.ApplicationView;
import app.banso.ejb.intake.DraftSaved;
import app.banso.web.platform.Formats;
import app.banso.web.platform.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * The application form in seven steps. Every answer is saved as the applicant goes (each changed
 * field, while typing in long texts, and on every step change: APPLY-2), and the eligibility
 * panel shows at once which rule an answer trips.
 */
@Named
@ViewScoped
public class ApplicationFormBean implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int STEPS = 7;

    /**
     * The inputs that answers refused as typed belong to (all on step 1), by the field name that
     * {@link FieldProblem} and {@link InvalidDataException} carry.
     */
    static final Map<String, String> FIELD_CLIENT_IDS = Map.of(
            "corporateNumber", "form:corporateNumber",
            "websiteUrl", "form:websiteUrl");
    private static final int FIELDS_STEP = 1;

    @Inject
    private ApplicationService service;

    @Inject
    private Formats formats;

    /*
     * The application as loaded, and what the last save said about it. Transient: every answer is
     * in the database as soon as it is given (APPLY-2), so the session does not carry a copy. A
     * session is serialised after every request on a node with web availability (the copy that
     * another node reads if this one fails); each open form page kept ~7.5 KB of answers and rule
     * results in it (bench/RESULTS.md, eleventh session). Where the bean was read back from the
     * store, on the node that took over, the first use loads them again (ensureLoaded;
     * bench/cluster-failover.sh kills the node mid-form and checks the answer on the other one).
     */
    private transient ApplicationView view;
    private transient ApplicationDraft draft;
    /**
     * The answers as the database last confirmed them (loaded or saved). A save of the same answers
     * is not sent: a step change or a field left as it was costs no EJB call and no SQL (each
     * cost a transaction and three statements; bench/RESULTS.md, twentieth session). A refused
     * save leaves it as it was, so the next one is tried again. Transient like the draft: a bean
     * read back from the session store sends its first save, as before.
     */
    private transient ApplicationDraft confirmed;
    private transient List<RuleResult> eligibility = List.of();
    private transient List<String> missing = List.of();
    private transient List<FieldProblem> problems = List.of();
    /** False in a bean read back from the session store: its transient state is still to load. */
    private transient boolean loaded;
    private Instant savedAt;
    private int step = 1;

    @PostConstruct
    void load() {
        loaded = true;
        try {
            apply(service.startOrResume());
            showProblems(null);
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    /** On the node that took a session over: the application from the database, once. */
    private void ensureLoaded() {
        if (!loaded) {
            loaded = true;
            refresh();
        }
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        eligibility = List.of();
        missing = List.of();
        problems = List.of();
    }

    private void apply(ApplicationView v) {
        view = v;
        draft = v.draft();
        confirmed = draft.copy();
        eligibility = v.eligibility();
        missing = v.missingFields();
        problems = v.fieldProblems();
        savedAt = v.draftSavedAt();
    }

    /**
     * Autosave of what has been typed so far (called by every field's change). An answer that
     * cannot be accepted as typed is saved all the same (APPLY-2) and explained under its field.
     */
    public void autosave() {
        save();
        showProblems(null);
    }

    private void save() {
        ensureLoaded();
        if (view == null || !view.isEditable() || draft.sameAnswersAs(confirmed)) {
            return;
        }
        try {
            DraftSaved saved = service.saveDraft(draft);
            confirmed = draft.copy();
            savedAt = saved.savedAt();
            eligibility = saved.eligibility();
            missing = saved.missingFields();
            problems = saved.fieldProblems();
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    /**
     * Puts each answer refused as typed under its input, when the step showing it is on screen
     * (the field messages are refreshed by every autosave: see the banso:field tag).
     */
    private void showProblems(String except) {
        ensureLoaded();
        if (step != FIELDS_STEP || !isEditable()) {
            return;
        }
        for (FieldProblem p : problems) {
            String clientId = FIELD_CLIENT_IDS.get(p.field());
            if (clientId != null && !p.field().equals(except)) {
                Messages.fieldError(clientId, p.messageKey(), p.arguments().toArray());
            }
        }
    }

    public void goTo(int target) {
        save();
        step = Math.clamp(target, 1, STEPS);
        if (step == STEPS) {
            refresh();
        }
        showProblems(null);
    }

    public void next() {
        goTo(step + 1);
    }

    public void previous() {
        goTo(step - 1);
    }

    public void addPosition() {
        ensureLoaded();
        if (draft.getPositions().size() < PositionAnswers.MAX_POSITIONS) {
            draft.getPositions().add(new PositionAnswers());
            autosave();
        }
    }

    public void removePosition(int index) {
        ensureLoaded();
        if (index >= 0 && index < draft.getPositions().size()) {
            draft.getPositions().remove(index);
            autosave();
        }
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try {
            autosave();
            apply(service.uploadConsent(file.getContent(), file.getFileName()));
            Messages.info("consent.uploaded", view.consent().fileName());
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public StreamedContent getConsentForm() {
        autosave();
        byte[] pdf = service.consentFormToSign();
        return DefaultStreamedContent.builder().name("consent-form.pdf").contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(pdf)).build();
    }

    public String submit() {
        save();
        try {
            apply(service.submit());
            Messages.flashInfo("submit.done");
            return "/applicant/status?faces-redirect=true";
        } catch (BusinessException e) {
            refresh();
            if (e instanceof InvalidDataException ide && FIELD_CLIENT_IDS.containsKey(ide.field())) {
                // Back to the step with the field, the refusal under it (and any other answer to correct).
                step = FIELDS_STEP;
                Messages.error("submit.fieldInvalid");
                Messages.error(e, FIELD_CLIENT_IDS);
                showProblems(ide.field());
            } else {
                Messages.error(e);
            }
            return null;
        }
    }

    public String joinWaitingList() {
        autosave();
        try {
            apply(service.joinWaitingList());
            Messages.flashInfo("waitingList.joined");
            return "/applicant/status?faces-redirect=true";
        } catch (BusinessException e) {
            Messages.error(e);
            return null;
        }
    }

    private void refresh() {
        try {
            apply(service.mine().orElseThrow());
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    /** FAIL and FLAG results, to explain on screen (PASS and UNANSWERED need no words). */
    public List<RuleResult> getFindings() {
        ensureLoaded();
        return eligibility.stream().filter(r -> r.outcome() == RuleOutcome.FAIL || r.outcome() == RuleOutcome.FLAG).toList();
    }

    public boolean isHasFailures() {
        ensureLoaded();
        return eligibility.stream().anyMatch(RuleResult::isFailure);
    }

    public String getSavedAtText() {
        return savedAt == null ? "" : formats.time(savedAt);
    }

    public int getSessionWarningMillis() {
        int seconds = ((HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(true))
                .getMaxInactiveInterval();
        return Math.max(60, seconds - 120) * 1000;
    }

    public ApplicationView getView() {
        ensureLoaded();
        return view;
    }

    public ApplicationDraft getDraft() {
        ensureLoaded();
        return draft;
    }

    /** Unanswered fields; an answer given but refused as typed is listed with its reason instead ({@link #getProblemTexts}). */
    public List<String> getMissing() {
        ensureLoaded();
        return missing.stream().filter(key -> problems.stream().noneMatch(p -> key.equals("company." + p.field()))).toList();
    }

    /** The answers to correct, for the review step: "label: why" in the user's language. */
    public List<String> getProblemTexts() {
        ensureLoaded();
        return problems.stream().map(p -> Messages.text("company." + p.field()) + ": "
                + Messages.text(p.messageKey(), p.arguments().toArray())).toList();
    }
    public int getStep() { return step; }
    public void setStep(int step) { this.step = step; }
    public boolean isEditable() {
        ensureLoaded();
        return view != null && view.isEditable();
    }

    public LegalForm[] getLegalForms() { return LegalForm.values(); }
    public Prefecture[] getPrefectures() { return Prefecture.values(); }
    public Industry[] getIndustries() { return Industry.values(); }
    public RoleType[] getRoleTypes() { return RoleType.values(); }
    public StatusOfResidence[] getStatuses() { return StatusOfResidence.values(); }
    public Education[] getEducations() { return Education.values(); }
    public ResultCategory[] getResultCategories() { return ResultCategory.values(); }
    public int getMaxPositions() { return PositionAnswers.MAX_POSITIONS; }
}
