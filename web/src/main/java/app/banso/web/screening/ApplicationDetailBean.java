package app.banso.web.screening;

import app.banso.domain.screening.Attendee;
import app.banso.domain.screening.CorrectableAnswer;
import app.banso.domain.screening.InterviewMedium;
import app.banso.domain.screening.InterviewOutcome;
import app.banso.domain.screening.ServiceOffering;
import app.banso.domain.shared.BusinessException;
import app.banso.domain.shared.ConflictException;
import app.banso.domain.shared.JapanTime;
import app.banso.ejb.intake.ApplicationView;
import app.banso.ejb.platform.Roles;
import app.banso.ejb.screening.ApplicationDetail;
import app.banso.ejb.screening.InboxPosition;
import app.banso.ejb.screening.ScreeningService;
import app.banso.persistence.screening.InboxRepository;
import app.banso.web.platform.CurrentUser;
import app.banso.web.platform.Messages;
import app.banso.web.platform.NotInSession;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** One application for screening staff, opened from the inbox ({@code ?id=}). */
@Named
@ViewScoped
public class ApplicationDetailBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ScreeningService screening;

    private Long id;
    /** The place the application had in the inbox it was opened from ({@code ?at=}), or null. */
    private Integer place;
    /** That inbox's sort ({@code ?sort=COMPANY.asc}). */
    private String sort;
    /** "Previous / next" through that inbox, or null when not opened from it. */
    private InboxPosition position;

    @Inject
    private InboxPreferences inboxPreferences;

    @Inject
    private CurrentUser currentUser;
    /** The application as shown, not copied into the session; the version the user saw is. */
    private final NotInSession<ApplicationDetail> detail = new NotInSession<>();
    /** The screening record's version as this screen shows it (optimistic concurrency): found after a failover too. */
    private long shownVersion = ScreeningService.NO_RECORD;
    private boolean sealChecked;
    private final Integer[] scores = new Integer[5];
    private final String[] comments = new String[5];
    private String maybeResolution;
    private LocalDateTime interviewAt;
    private InterviewMedium medium = InterviewMedium.TEAMS;
    private String teamsUrl;
    private String phoneReason;
    private String delayReason;
    private Attendee attendee = Attendee.REPRESENTATIVE;
    private String interviewNotes;
    private String attendedBy;
    private InterviewOutcome interviewOutcome;
    private boolean noShow;
    private String rejectReason;
    private List<Long> services = new ArrayList<>();

    /** Where a business exception about a field is shown (field name to the input's client id). */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("teamsUrl", "screeningForm:teamsUrl"), Map.entry("phoneReason", "screeningForm:phoneReason"),
            Map.entry("interviewAt", "screeningForm:interviewAt"), Map.entry("internalReason", "screeningForm:rejectReason"),
            Map.entry("interviewNotes", "screeningForm:notes"), Map.entry("attendedBy", "screeningForm:attendedBy"),
            Map.entry("interviewOutcome", "screeningForm:outcome"),
            Map.entry("noticeDelayReason", "screeningForm:delayReason"),
            Map.entry("factValue", "factForm:factValue"), Map.entry("factNote", "factForm:factNote"));

    /** The id comes from the URL: the boundary checks that it is a submitted application. */
    public void load() {
        if (id == null) {
            return;
        }
        try {
            ApplicationDetail d = show(screening.detail(id));
            sealChecked = d.consent() != null && d.consent().isSealChecked();
            assignee = d.assignedScreener();
            var st = d.screening();
            if (st != null) {
                for (int i = 0; i < 5; i++) {
                    scores[i] = st.scores().get(i);
                    comments[i] = st.comments().get(i);
                }
                maybeResolution = st.maybeResolution();
                internalNotes = st.internalNotes();
                interviewNotes = st.interviewNotes();
                attendedBy = st.interviewAttendedBy();
                interviewOutcome = st.interviewOutcome() == null ? null
                        : InterviewOutcome.valueOf(st.interviewOutcome());
                noShow = st.noShow();
            }
            position = place == null ? null : inboxPosition(d.id());
        } catch (BusinessException e) {
            show(null);
            Messages.error(e);
        }
    }

    /** Where the application stands in the inbox it was opened from: its filters as kept in the session, the sort from the link. */
    private InboxPosition inboxPosition(long applicationId) {
        InboxRepository.Sort key = InboxRepository.Sort.SUBMITTED_AT;
        boolean ascending = false;
        if (sort != null) {
            int dot = sort.lastIndexOf('.');
            String name = dot < 0 ? sort : sort.substring(0, dot);
            key = Arrays.stream(InboxRepository.Sort.values()).filter(k -> k.name().equals(name)).findFirst()
                    .orElse(InboxRepository.Sort.SUBMITTED_AT); // anything else is not a sort key
            ascending = sort.endsWith(".asc");
        }
        boolean admin = currentUser.hasRole(Roles.ADMIN);
        return screening.inboxPosition(inboxPreferences.filter(admin, currentUser.getCallerName()),
                inboxPreferences.getDeadline(), key, ascending, applicationId, place);
    }

    public InboxPosition getPosition() { return position; }
    public Integer getPlace() { return place; }
    public void setPlace(Integer v) { place = v == null || v < 0 ? null : v; }
    public String getSort() { return sort; }
    public void setSort(String v) { sort = v; }

    public void saveSeal() {
        try {
            screening.markSealChecked(detail().id(), sealChecked);
            show(screening.detail(detail().id()));
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
        } catch (ConflictException e) {
            // Someone saved in between: show their state, keep this user's entries to re-apply.
            Messages.error(e);
            conflict = Messages.text(e.messageKey(), e.arguments().toArray());
            show(screening.detail(detail().id()));
        } catch (BusinessException e) {
            Messages.error(e, FIELDS);
        }
    }

    private long shownVersion() {
        return shownVersion;
    }

    private ApplicationDetail show(ApplicationDetail d) {
        detail.set(d);
        shownVersion = d == null || d.screening() == null ? ScreeningService.NO_RECORD : d.screening().version();
        return d;
    }

    private ApplicationDetail detail() {
        return detail.get(() -> id == null ? null : screening.detail(id));
    }

    public void startDocumentScreening() {
        act(() -> screening.startDocumentScreening(detail().id()), "screening.started");
    }

    public void saveScores() {
        act(() -> screening.score(detail().id(), shownVersion(), Arrays.asList(scores), Arrays.asList(comments), maybeResolution),
                "screening.scoresSaved");
    }

    public void passDocuments() {
        act(() -> {
            screening.score(detail().id(), shownVersion(), Arrays.asList(scores), Arrays.asList(comments), maybeResolution);
            screening.passDocuments(detail().id());
        }, "screening.documentsPassed");
    }

    public void proposeInterview() {
        act(() -> screening.proposeInterview(detail().id(),
                interviewAt == null ? null : interviewAt.atZone(JapanTime.ZONE).toInstant(),
                medium, teamsUrl, phoneReason, attendee, delayReason), "screening.interviewProposed");
    }

    public void recordInterview() {
        act(() -> screening.recordInterview(detail().id(), interviewNotes, attendedBy, interviewOutcome, noShow), "screening.interviewRecorded");
    }

    private String internalNotes;
    private String assignee;

    public void writeNotes() {
        act(() -> screening.writeInternalNotes(detail().id(), shownVersion(), internalNotes), "screening.notesSaved");
    }

    /** ADMIN assigns the chosen screener (SCREEN-1: only screening staff who can sign in; the EJB checks). */
    public void assign() {
        if (assignee == null || assignee.isBlank()) {
            Messages.fieldError("notesForm:assignee", "validation.required");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        act(() -> screening.assign(detail().id(), assignee), "screening.assignedDone");
    }

    public List<String> getScreeners() {
        return screening.screeners();
    }

    public String getInternalNotes() { return internalNotes; }
    public void setInternalNotes(String v) { internalNotes = v; }
    public String getAssignee() { return assignee; }
    public void setAssignee(String v) { assignee = v; }

    private CorrectableAnswer factAnswer = CorrectableAnswer.LEGAL_FORM;
    private String factValue;
    private String factNote;

    public void recordFact() {
        act(() -> screening.recordFact(detail().id(), factAnswer, factValue, factNote), "fact.recorded");
        factNote = null;
    }

    public void evaluate() {
        act(() -> screening.evaluate(detail().id()), "rules.evaluated");
    }

    public CorrectableAnswer[] getCorrectableAnswers() {
        return CorrectableAnswer.values();
    }

    public CorrectableAnswer getFactAnswer() { return factAnswer; }
    public void setFactAnswer(CorrectableAnswer v) { factAnswer = v; }
    public String getFactValue() { return factValue; }
    public void setFactValue(String v) { factValue = v; }
    public String getFactNote() { return factNote; }
    public void setFactNote(String v) { factNote = v; }

    public void adopt() {
        act(() -> screening.adopt(detail().id()), "screening.adopted");
    }

    /** Saves the scores shown with the rejection first: a rejection, too, needs all five (SCREEN-1). */
    public void reject() {
        act(() -> {
            screening.score(detail().id(), shownVersion(), Arrays.asList(scores), Arrays.asList(comments), maybeResolution);
            screening.reject(detail().id(), rejectReason, services);
        }, "screening.rejected");
    }

    public List<ServiceOffering> getCatalogue() {
        return screening.serviceCatalogue();
    }

    public InterviewMedium[] getMedia() { return InterviewMedium.values(); }
    public Attendee[] getAttendees() { return Attendee.values(); }
    public Integer[] getScores() { return scores; }
    public String[] getComments() { return comments; }
    public String getMaybeResolution() { return maybeResolution; }
    public void setMaybeResolution(String v) { maybeResolution = v; }
    public LocalDateTime getInterviewAt() { return interviewAt; }
    public void setInterviewAt(LocalDateTime v) { interviewAt = v; }
    public InterviewMedium getMedium() { return medium; }
    public void setMedium(InterviewMedium v) { medium = v; }
    public String getTeamsUrl() { return teamsUrl; }
    public void setTeamsUrl(String v) { teamsUrl = v; }
    public String getDelayReason() { return delayReason; }
    public void setDelayReason(String v) { delayReason = v; }
    public String getPhoneReason() { return phoneReason; }
    public void setPhoneReason(String v) { phoneReason = v; }
    public Attendee getAttendee() { return attendee; }
    public void setAttendee(Attendee v) { attendee = v; }
    public String getInterviewNotes() { return interviewNotes; }
    public void setInterviewNotes(String v) { interviewNotes = v; }
    public String getAttendedBy() { return attendedBy; }
    public void setAttendedBy(String v) { attendedBy = v; }
    public InterviewOutcome getInterviewOutcome() { return interviewOutcome; }
    public void setInterviewOutcome(InterviewOutcome v) { interviewOutcome = v; }
    public InterviewOutcome[] getInterviewOutcomes() { return InterviewOutcome.values(); }
    public boolean isNoShow() { return noShow; }
    public void setNoShow(boolean v) { noShow = v; }
    public String getRejectReason() { return rejectReason; }
    public void setRejectReason(String v) { rejectReason = v; }
    public List<Long> getServices() { return services; }
    public void setServices(List<Long> v) { services = v; }

    public ReviewModel getReviewModel() {
        ApplicationDetail d = detail();
        if (d == null) {
            return null;
        }
        var c = d.consent();
        return new ReviewModel(d.answers(), c == null ? null
                : new ApplicationView.ConsentInfo(c.fileName(), c.sizeBytes(), c.sha256(), c.uploadedAt()));
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ApplicationDetail getDetail() { return detail(); }
    public boolean isSealChecked() { return sealChecked; }
    public void setSealChecked(boolean v) { sealChecked = v; }
}
