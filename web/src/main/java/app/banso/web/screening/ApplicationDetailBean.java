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
    private final Integer[] scores = new Integer[5];
    private final String[] comments = new String[5];
    private String maybeResolution;
    private java.time.LocalDateTime interviewAt;
    private app.banso.domain.screening.InterviewMedium medium = app.banso.domain.screening.InterviewMedium.TEAMS;
    private String teamsUrl;
    private String phoneReason;
    private String delayReason;
    private app.banso.domain.screening.Attendee attendee = app.banso.domain.screening.Attendee.REPRESENTATIVE;
    private String interviewNotes;
    private String attendedBy;
    private app.banso.domain.screening.InterviewOutcome interviewOutcome;
    private boolean noShow;
    private String rejectReason;
    private java.util.List<Long> services = new java.util.ArrayList<>();

    /** Where a business exception about a field is shown (field name to the input's client id). */
    private static final java.util.Map<String, String> FIELDS = java.util.Map.ofEntries(
            java.util.Map.entry("teamsUrl", "screeningForm:teamsUrl"), java.util.Map.entry("phoneReason", "screeningForm:phoneReason"),
            java.util.Map.entry("interviewAt", "screeningForm:interviewAt"), java.util.Map.entry("internalReason", "screeningForm:rejectReason"),
            java.util.Map.entry("interviewNotes", "screeningForm:notes"), java.util.Map.entry("attendedBy", "screeningForm:attendedBy"),
            java.util.Map.entry("interviewOutcome", "screeningForm:outcome"),
            java.util.Map.entry("noticeDelayReason", "screeningForm:delayReason"),
            java.util.Map.entry("factValue", "factForm:factValue"), java.util.Map.entry("factNote", "factForm:factNote"));

    /** The id comes from the URL: the boundary checks that it is a submitted application. */
    public void load() {
        if (id == null) {
            return;
        }
        try {
            detail = screening.detail(id);
            sealChecked = detail.consent() != null && detail.consent().isSealChecked();
            var st = detail.screening();
            if (st != null) {
                for (int i = 0; i < 5; i++) {
                    scores[i] = st.scores().get(i);
                    comments[i] = st.comments().get(i);
                }
                maybeResolution = st.maybeResolution();
                internalNotes = st.internalNotes();
                assignee = st.assignedScreener();
                interviewNotes = st.interviewNotes();
                attendedBy = st.interviewAttendedBy();
                interviewOutcome = st.interviewOutcome() == null ? null
                        : app.banso.domain.screening.InterviewOutcome.valueOf(st.interviewOutcome());
                noShow = st.noShow();
            }
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

    /** Runs one screening use case, then shows the application as it now is. */
    /** The conflict just met (shown next to the entries kept), or null. */
    private String conflict;

    public String getConflict() { return conflict; }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            conflict = null;
            Messages.info(doneKey);
            load();
        } catch (app.banso.domain.shared.ConflictException e) {
            // Someone saved in between: show their state, keep this user's entries to re-apply.
            Messages.error(e);
            conflict = Messages.text(e.messageKey(), e.arguments().toArray());
            detail = screening.detail(detail.id());
        } catch (BusinessException e) {
            Messages.error(e, FIELDS);
        }
    }

    /** The screening record's version as this screen shows it (optimistic concurrency). */
    private long shownVersion() {
        return detail.screening() == null ? ScreeningService.NO_RECORD : detail.screening().version();
    }

    public void startDocumentScreening() {
        act(() -> screening.startDocumentScreening(detail.id()), "screening.started");
    }

    public void saveScores() {
        act(() -> screening.score(detail.id(), shownVersion(), java.util.Arrays.asList(scores), java.util.Arrays.asList(comments), maybeResolution),
                "screening.scoresSaved");
    }

    public void passDocuments() {
        act(() -> {
            screening.score(detail.id(), shownVersion(), java.util.Arrays.asList(scores), java.util.Arrays.asList(comments), maybeResolution);
            screening.passDocuments(detail.id());
        }, "screening.documentsPassed");
    }

    public void proposeInterview() {
        act(() -> screening.proposeInterview(detail.id(),
                interviewAt == null ? null : interviewAt.atZone(java.time.ZoneId.of("Asia/Tokyo")).toInstant(),
                medium, teamsUrl, phoneReason, attendee, delayReason), "screening.interviewProposed");
    }

    public void recordInterview() {
        act(() -> screening.recordInterview(detail.id(), interviewNotes, attendedBy, interviewOutcome, noShow), "screening.interviewRecorded");
    }

    private String internalNotes;
    private String assignee;

    public void writeNotes() {
        act(() -> screening.writeInternalNotes(detail.id(), shownVersion(), internalNotes), "screening.notesSaved");
    }

    public void assign() {
        act(() -> screening.assign(detail.id(), assignee), "screening.assignedDone");
    }

    public java.util.List<String> getScreeners() {
        return screening.screeners();
    }

    public String getInternalNotes() { return internalNotes; }
    public void setInternalNotes(String v) { internalNotes = v; }
    public String getAssignee() { return assignee; }
    public void setAssignee(String v) { assignee = v; }

    private app.banso.domain.screening.CorrectableAnswer factAnswer = app.banso.domain.screening.CorrectableAnswer.LEGAL_FORM;
    private String factValue;
    private String factNote;

    public void recordFact() {
        act(() -> screening.recordFact(detail.id(), factAnswer, factValue, factNote), "fact.recorded");
        factNote = null;
    }

    public void evaluate() {
        act(() -> screening.evaluate(detail.id()), "rules.evaluated");
    }

    public app.banso.domain.screening.CorrectableAnswer[] getCorrectableAnswers() {
        return app.banso.domain.screening.CorrectableAnswer.values();
    }

    public app.banso.domain.screening.CorrectableAnswer getFactAnswer() { return factAnswer; }
    public void setFactAnswer(app.banso.domain.screening.CorrectableAnswer v) { factAnswer = v; }
    public String getFactValue() { return factValue; }
    public void setFactValue(String v) { factValue = v; }
    public String getFactNote() { return factNote; }
    public void setFactNote(String v) { factNote = v; }

    public void adopt() {
        act(() -> screening.adopt(detail.id()), "screening.adopted");
    }

    /** Saves the scores shown with the rejection first: a rejection, too, needs all five (SCREEN-1). */
    public void reject() {
        act(() -> {
            screening.score(detail.id(), shownVersion(), java.util.Arrays.asList(scores), java.util.Arrays.asList(comments), maybeResolution);
            screening.reject(detail.id(), rejectReason, services);
        }, "screening.rejected");
    }

    public java.util.List<app.banso.domain.screening.ServiceOffering> getCatalogue() {
        return screening.serviceCatalogue();
    }

    public app.banso.domain.screening.InterviewMedium[] getMedia() { return app.banso.domain.screening.InterviewMedium.values(); }
    public app.banso.domain.screening.Attendee[] getAttendees() { return app.banso.domain.screening.Attendee.values(); }
    public Integer[] getScores() { return scores; }
    public String[] getComments() { return comments; }
    public String getMaybeResolution() { return maybeResolution; }
    public void setMaybeResolution(String v) { maybeResolution = v; }
    public java.time.LocalDateTime getInterviewAt() { return interviewAt; }
    public void setInterviewAt(java.time.LocalDateTime v) { interviewAt = v; }
    public app.banso.domain.screening.InterviewMedium getMedium() { return medium; }
    public void setMedium(app.banso.domain.screening.InterviewMedium v) { medium = v; }
    public String getTeamsUrl() { return teamsUrl; }
    public void setTeamsUrl(String v) { teamsUrl = v; }
    public String getDelayReason() { return delayReason; }
    public void setDelayReason(String v) { delayReason = v; }
    public String getPhoneReason() { return phoneReason; }
    public void setPhoneReason(String v) { phoneReason = v; }
    public app.banso.domain.screening.Attendee getAttendee() { return attendee; }
    public void setAttendee(app.banso.domain.screening.Attendee v) { attendee = v; }
    public String getInterviewNotes() { return interviewNotes; }
    public void setInterviewNotes(String v) { interviewNotes = v; }
    public String getAttendedBy() { return attendedBy; }
    public void setAttendedBy(String v) { attendedBy = v; }
    public app.banso.domain.screening.InterviewOutcome getInterviewOutcome() { return interviewOutcome; }
    public void setInterviewOutcome(app.banso.domain.screening.InterviewOutcome v) { interviewOutcome = v; }
    public app.banso.domain.screening.InterviewOutcome[] getInterviewOutcomes() { return app.banso.domain.screening.InterviewOutcome.values(); }
    public boolean isNoShow() { return noShow; }
    public void setNoShow(boolean v) { noShow = v; }
    public String getRejectReason() { return rejectReason; }
    public void setRejectReason(String v) { rejectReason = v; }
    public java.util.List<Long> getServices() { return services; }
    public void setServices(java.util.List<Long> v) { services = v; }

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
