package app.banso.ejb.screening;

import app.banso.domain.account.EmailAddress;
import app.banso.domain.account.Role;
import app.banso.domain.account.UserAccount;
import app.banso.domain.intake.Application;
import app.banso.domain.intake.ApplicationStatus;
import app.banso.domain.intake.ChangeRequest;
import app.banso.domain.intake.ConsentDocument;
import app.banso.domain.intake.RuleResult;
import app.banso.domain.programme.Programme;
import app.banso.domain.screening.Attendee;
import app.banso.domain.screening.CorrectableAnswer;
import app.banso.domain.screening.Decision;
import app.banso.domain.screening.InterviewMedium;
import app.banso.domain.screening.InterviewOutcome;
import app.banso.domain.screening.RuleEvaluation;
import app.banso.domain.screening.ScreeningDeadlines;
import app.banso.domain.screening.ScreeningRecord;
import app.banso.domain.screening.ServiceOffering;
import app.banso.domain.screening.VerifiedFact;
import app.banso.domain.shared.ConflictException;
import app.banso.domain.shared.JapanTime;
import app.banso.domain.shared.NotFoundException;
import app.banso.domain.shared.RuleId;
import app.banso.domain.shared.RuleViolationException;
import app.banso.ejb.audit.AuditLog;
import app.banso.ejb.calendar.CalendarFile;
import app.banso.ejb.calendar.InterviewCalendar;
import app.banso.ejb.intake.ApplicantMail;
import app.banso.ejb.intake.ApplicationDraft;
import app.banso.ejb.intake.ApplicationService;
import app.banso.ejb.intake.ApplicationView;
import app.banso.ejb.notification.MailOutbox;
import app.banso.ejb.notification.MailTemplates;
import app.banso.ejb.notification.StaffMail;
import app.banso.ejb.platform.Roles;
import app.banso.ejb.programme.CurrentProgramme;
import app.banso.ejb.support.SupportDesk;
import app.banso.persistence.account.UserAccountRepository;
import app.banso.persistence.intake.ApplicationRepository;
import app.banso.persistence.intake.ChangeRequestRepository;
import app.banso.persistence.intake.ConsentRepository;
import app.banso.persistence.platform.PageRequest;
import app.banso.persistence.programme.ProgrammeRepository;
import app.banso.persistence.screening.InboxFilter;
import app.banso.persistence.screening.InboxRepository;
import app.banso.persistence.screening.InboxRow;
import app.banso.persistence.screening.ScreeningRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The screening staff's boundary (SCREENER, ADMIN): the inbox of submitted applications and an
 * application's detail. Every view of an application's data is audited (PRIV-1).
 */
@Stateless
@DeclareRoles({Roles.APPLICANT, Roles.SCREENER, Roles.COORDINATOR, Roles.ADMIN})
@RolesAllowed({Roles.SCREENER, Roles.ADMIN})
public class ScreeningService {

    @Inject private InboxRepository inbox;
    @Inject private ProgrammeRepository programmes;
    @Inject private CurrentProgramme currentProgramme;
    @Inject private ApplicationRepository applications;
    @Inject private ConsentRepository consents;
    @Inject private ChangeRequestRepository changeRequests;
    @Inject private AuditLog audit;
    @Inject private ScreeningRepository screeningRecords;
    @Inject private ApplicantMail mail;
    @Inject private InterviewCalendar interviewCalendar;
    @Inject private MailOutbox outbox;
    @Inject private StaffMail staffMail;
    @Inject private SupportDesk support;
    @Inject private UserAccountRepository accounts;
    @Inject private Clock clock;
    @Resource private SessionContext context;

    /** One page of the inbox: one SQL statement (the current programme's id is remembered). */
    public List<InboxRow> inbox(@NotNull InboxFilter filter, InboxRepository.Sort sort, boolean ascending, int first, int size) {
        return inbox.page(currentProgrammeId(), filter, sort, ascending, new PageRequest(first, size));
    }

    /**
     * "Previous / next" on the application page: where the application stands in the inbox it
     * was opened from (the same filters, the deadline filter's days from the programme, and
     * sort), found from the place it had there. Two statements: the places around it, read from
     * the sort's covering index like a page, and the inbox's count.
     * @param place the application's place in that inbox (from 0) when it was shown
     */
    public InboxPosition inboxPosition(@NotNull InboxFilter filter, ScreeningDeadlines.State deadline, InboxRepository.Sort sort,
                                       boolean ascending, long applicationId, int place) {
        var heading = currentProgramme.heading().orElseThrow(() -> new NotFoundException("programme", "current"));
        InboxFilter f = deadline == null ? filter : filter.waitingCompletedOn(ScreeningDeadlines.completionDays(deadline,
                LocalDate.now(clock.withZone(JapanTime.ZONE)), heading.noticeTargetDays(), heading.noticeMaxDays()));
        int remembered = Math.max(0, place);
        int first = InboxPosition.firstRead(remembered);
        List<Long> window = inbox.idsAt(heading.id(), f, sort, ascending, new PageRequest(first, InboxPosition.readSize(remembered)));
        return InboxPosition.locate(window, first, applicationId, remembered, inbox.count(heading.id(), f));
    }

    /** How many applications the filter finds: one SQL statement. */
    public long inboxCount(@NotNull InboxFilter filter) {
        return inbox.count(currentProgrammeId(), filter);
    }

    /**
     * What the inbox shows above its table, read once per view: the submitted applications per
     * status and the programme's notice deadlines (SCREEN-2). One SQL statement (the programme's
     * heading is remembered).
     */
    public InboxHeader inboxHeader() {
        var p = currentProgramme.heading().orElseThrow(() -> new NotFoundException("programme", "current"));
        return new InboxHeader(inbox.countsByStatus(p.id()), p.noticeTargetDays(), p.noticeMaxDays());
    }

    private long currentProgrammeId() {
        return currentProgramme.id().orElseThrow(() -> new NotFoundException("programme", "current"));
    }

    /** One submitted application, every answer and the rule evaluation; the view is audited. */
    public ApplicationDetail detail(long applicationId) {
        Application a = submitted(applicationId);
        audit.record("APPLICATION_VIEWED", "application:" + a.getId(), null);
        ApplicationDetail.ConsentState consent = consents.findDocument(a.getId())
                .map(d -> new ApplicationDetail.ConsentState(d.getOriginalName(), d.getSizeBytes(), d.getSha256(), d.getPages(),
                        d.getUploadedAt(), d.getSealCheckedBy().orElse(null), d.getSealCheckedAt().orElse(null)))
                .orElse(null);
        return new ApplicationDetail(a.getId(), a.getStatus(), a.getAssignedScreener().orElse(null),
                new ApplicationDraft(a.getAnswers()),
                a.evaluateEligibility(screeningRecords.facts(a.getId())), a.getSubmittedAt().orElse(null), consent,
                a.getEvents().stream().map(e -> new ApplicationView.TimelineEntry(e.getType(), e.getOccurredAt())).toList(),
                changeRequests.byApplication(a.getId()).stream().map(ChangeRequest::getText).toList(), a.getVersion(),
                screeningRecords.findByApplication(a.getId()).map(ScreeningService::state).orElse(null),
                screeningRecords.facts(a.getId()).stream().map(f -> new ApplicationDetail.FactView(f.getAnswer().name(), f.getValue(),
                        f.getNote(), f.getRecordedBy(), f.getRecordedAt())).toList(),
                screeningRecords.evaluation(a.getId()).stream().map(RuleEvaluation::getEvaluatedAt)
                        .findFirst().orElse(null),
                outbox.aboutApplication(a.getId()), noticeDeadline(a));
    }

    /** SCREEN-2: the notice deadlines of an application (null while it has no completion date). */
    private ApplicationDetail.NoticeDeadline noticeDeadline(Application a) {
        return deadlines(a).map(d -> new ApplicationDetail.NoticeDeadline(d.noticeTarget(), d.noticeLatest(),
                d.on(LocalDate.now(clock.withZone(JapanTime.ZONE))).name(),
                screeningRecords.findByApplication(a.getId()).flatMap(ScreeningRecord::getNoticeSentAt).isEmpty()
                        && a.getStatus().isWaitingForNotice()))
                .orElse(null);
    }

    private Optional<ScreeningDeadlines> deadlines(Application a) {
        Programme p = a.getProgramme();
        return a.getCompletedAt().map(c -> ScreeningDeadlines.from(c.atZone(JapanTime.ZONE).toLocalDate(),
                p.getNoticeTargetDays(), p.getNoticeMaxDays()));
    }

    /** Re-runs the automatic rule evaluation (EX, TALENT, MAYBE) with verified facts and stores it. */
    public void evaluate(long applicationId) {
        Application a = submitted(applicationId);
        storeEvaluation(a);
        audit.record("RULES_EVALUATED", "application:" + a.getId(), null);
    }

    /**
     * Staff record a verified fact that corrects an answer (with a note); the evaluation re-runs.
     * The applicant's answer itself stays as given.
     */
    public void recordFact(long applicationId, @NotNull CorrectableAnswer answer, String value,
                           String note) {
        Application a = submitted(applicationId);
        if (a.getStatus().isFinal()) {
            throw new RuleViolationException(RuleId.SCREEN_3, "screening.alreadyDecided");
        }
        screeningRecords.addFact(new VerifiedFact(a.getId(), answer, value, note, caller(),
                clock.instant()));
        storeEvaluation(a);
        audit.record("FACT_VERIFIED", "application:" + a.getId(), answer + "=" + value);
    }

    private void storeEvaluation(Application a) {
        var now = clock.instant();
        screeningRecords.replaceEvaluation(a.getId(), a.evaluateEligibility(screeningRecords.facts(a.getId())).stream()
                .map(r -> new RuleEvaluation(a.getId(), r, now)).toList());
    }

    private static ApplicationDetail.ScreeningState state(ScreeningRecord r) {
        List<Integer> scores = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        for (int c = 1; c <= ScreeningRecord.CRITERIA; c++) {
            scores.add(r.score(c));
            comments.add(r.comment(c));
        }
        return new ApplicationDetail.ScreeningState(scores, comments,
                r.getMaybeResolution().orElse(null), r.getDocumentDecision().map(Enum::name).orElse(null),
                r.getInterviewAt().orElse(null), r.getInterviewMedium().map(Enum::name).orElse(null), r.getTeamsUrl().orElse(null),
                r.getPhoneReason().orElse(null), r.getAttendee().map(Enum::name).orElse(null), r.getConfirmedAt().orElse(null),
                r.isNoShow(), r.getInterviewNotes().orElse(null), r.getFinalDecision().map(Enum::name).orElse(null),
                r.getDecidedBy().orElse(null), r.getDecidedAt().orElse(null), r.getInternalReason().orElse(null),
                r.getInternalNotes().orElse(null), r.getVersion(), r.getChangedBy().orElse(null), r.getChangedAt().orElse(null),
                r.getInterviewAttendedBy().orElse(null), r.getInterviewOutcome().map(Enum::name).orElse(null),
                r.getNoticeDelayReason().orElse(null));
    }

    /** The signed consent form, for viewing or download by staff; audited. */
    public ApplicationService.ConsentFile consentFile(long applicationId) {
        Application a = submitted(applicationId);
        ConsentDocument d = consents.findDocument(a.getId()).orElseThrow(() -> new NotFoundException("consent", applicationId));
        audit.record("CONSENT_VIEWED", "application:" + a.getId(), null);
        return new ApplicationService.ConsentFile(d.getOriginalName(), consents.findContent(a.getId()).orElseThrow().getContent());
    }

    /** APPLY-1: staff confirm (or withdraw the confirmation) that the registered seal is on the form. */
    public void markSealChecked(long applicationId, boolean checked) {
        Application a = submitted(applicationId);
        ConsentDocument d = consents.findDocument(a.getId())
                .orElseThrow(() -> new RuleViolationException(RuleId.APPLY_1, "seal.noConsent"));
        if (checked) {
            d.markSealChecked(context.getCallerPrincipal().getName(), clock.instant());
        } else {
            d.clearSealCheck();
        }
        audit.record(checked ? "SEAL_CHECKED" : "SEAL_CHECK_CLEARED", "application:" + a.getId(), null);
    }

    /** SCREEN-1: document screening starts on a complete application; the caller is assigned. */
    public void startDocumentScreening(long applicationId) {
        Application a = submitted(applicationId);
        if (a.getStatus() != ApplicationStatus.COMPLETE) {
            throw new RuleViolationException(RuleId.SCREEN_1, "screening.notComplete");
        }
        a.startDocumentScreening(clock.instant());
        a.assignScreener(caller());
        audit.record("DOCUMENT_SCREENING_STARTED", "application:" + a.getId(), null);
    }

    /**
     * ADMIN assigns the application to a member of screening staff (SCREENER or ADMIN) who can sign
     * in (SCREEN-1): an application assigned to anyone else would wait for nobody.
     */
    @RolesAllowed(Roles.ADMIN)
    public void assign(long applicationId, String screenerEmail) {
        Application a = submitted(applicationId);
        String screener = screeningStaff(screenerEmail);
        boolean changed = a.assignScreener(screener);
        audit.record("SCREENER_ASSIGNED", "application:" + a.getId(), screener);
        staffMail.workAssigned(screener, caller(), StaffMail.APPLICATIONS_ASSIGNED, changed ? 1 : 0);
    }

    /**
     * ADMIN hands every application awaiting a decision that is assigned to one screener (who left,
     * changed role or is away) to another member of screening staff who can sign in (SCREEN-1);
     * each application's audit trail records it. Decided and withdrawn applications keep theirs.
     * @return how many applications were handed over
     */
    @RolesAllowed(Roles.ADMIN)
    public int handOver(@NotNull String fromScreener, @NotNull String toScreener) {
        String to = screeningStaff(toScreener);
        String from = EmailAddress.handedOverFrom(fromScreener, to);
        List<Application> applications = screeningRecords.awaitingDecisionAssignedTo(from);
        for (Application a : applications) {
            a.assignScreener(to);
            audit.record("SCREENER_ASSIGNED", "application:" + a.getId(), to + " (handed over from " + from + ")");
        }
        staffMail.workAssigned(to, caller(), StaffMail.APPLICATIONS_ASSIGNED, applications.size());
        return applications.size();
    }

    /** The most applications ADMIN shares out to one screener in one step. */
    public static final int SHARE_OUT_MAX = 200;

    /**
     * ADMIN shares out work: the oldest applications of the current programme awaiting a decision
     * that nobody is assigned to (in submission order) go to one member of screening staff who can
     * sign in (SCREEN-1); audited per application, one e-mail to the screener.
     * @param count how many, 1 to {@link #SHARE_OUT_MAX}
     * @return how many were assigned (fewer when fewer are waiting)
     */
    @RolesAllowed(Roles.ADMIN)
    public int assignOldestUnassigned(@NotNull String screenerEmail, @Min(1) @Max(SHARE_OUT_MAX) int count) {
        String screener = screeningStaff(screenerEmail);
        List<Application> next = inbox.oldest(currentProgrammeId(), InboxFilter.unassigned(), count);
        for (Application a : next) {
            a.assignScreener(screener);
            audit.record("SCREENER_ASSIGNED", "application:" + a.getId(), screener + " (shared out)");
        }
        staffMail.workAssigned(screener, caller(), StaffMail.APPLICATIONS_ASSIGNED, next.size());
        return next.size();
    }

    /** SCREEN-1: the address of an account that screens (SCREENER or ADMIN) and can sign in, as the account spells it. */
    private String screeningStaff(String email) {
        return Optional.ofNullable(email).filter(e -> !e.isBlank()).flatMap(e -> accounts.findByEmail(EmailAddress.normalise(e)))
                .filter(u -> u.getRole().screens() && u.canSignIn())
                .map(UserAccount::getEmail)
                .orElseThrow(() -> new RuleViolationException(RuleId.SCREEN_1, "screening.notAScreener", email == null ? "" : email));
    }

    /**
     * CRIT-1..5 scores (1-5, a comment for 1 or 2) and the resolution of MAYBE flags.
     * @param expectedVersion the record's version the screen showed ({@link #NO_RECORD} if none)
     * @throws ConflictException naming who saved in between; nothing is changed
     */
    public void score(long applicationId, long expectedVersion, @NotNull List<Integer> scores, @NotNull List<String> comments,
                      String maybeResolution) {
        Application a = inStatus(applicationId, ApplicationStatus.DOCUMENT_SCREENING, ApplicationStatus.INTERVIEW_SCHEDULED);
        ScreeningRecord r = unchanged(a, expectedVersion);
        for (int c = 1; c <= ScreeningRecord.CRITERIA; c++) {
            Integer score = c <= scores.size() ? scores.get(c - 1) : null;
            if (score != null) {
                r.score(c, score, c <= comments.size() ? comments.get(c - 1) : null);
            }
        }
        r.resolveMaybeFlags(maybeResolution);
        r.changedBy(caller(), clock.instant());
        audit.record("SCORED", "application:" + a.getId(), scores.toString());
    }

    /** SCREEN-1 passed: all criteria scored; the online screening can be proposed. */
    public void passDocuments(long applicationId) {
        Application a = inStatus(applicationId, ApplicationStatus.DOCUMENT_SCREENING);
        requireEligible(a, RuleId.SCREEN_1);
        record(a).decideDocuments(Decision.PASS, clock.instant());
        audit.record("DOCUMENTS_PASSED", "application:" + a.getId(), null);
    }

    /**
     * SCREEN-2: proposes the online screening (Teams address, or phone with a reason) and tells
     * the applicant by e-mail; the applicant confirms in the portal. A first notice after the
     * latest date (programme data) is allowed only with the reason for the delay, kept with it.
     */
    public void proposeInterview(long applicationId, @NotNull Instant at, @NotNull InterviewMedium medium,
                                 String teamsUrl, String phoneReason, @NotNull Attendee attendee, String delayReason) {
        Application a = inStatus(applicationId, ApplicationStatus.DOCUMENT_SCREENING, ApplicationStatus.INTERVIEW_SCHEDULED);
        ScreeningRecord r = record(a);
        boolean pastLatest = deadlines(a).map(d -> d.on(LocalDate.now(clock.withZone(JapanTime.ZONE)))
                == ScreeningDeadlines.State.PAST_LATEST).orElse(false);
        boolean late = pastLatest && r.getNoticeSentAt().isEmpty();
        r.proposeInterview(at, medium, teamsUrl, phoneReason, attendee, pastLatest, delayReason, clock.instant());
        if (a.getStatus() == ApplicationStatus.DOCUMENT_SCREENING) {
            a.scheduleInterview(clock.instant());
        }
        String language = mail.languageOf(a);
        String when = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm").format(at.atZone(JapanTime.ZONE))
                + " (JST)";
        String how = medium == InterviewMedium.TEAMS ? "Microsoft Teams " + r.getTeamsUrl().orElse("")
                : ("en".equals(language) ? "Phone" : "電話");
        String who = attendee == Attendee.REPRESENTATIVE ? ("en".equals(language) ? "Representative" : "代表者")
                : ("en".equals(language) ? "Business lead" : "事業責任者");
        // The proposal carries the screening as a calendar file the applicant adds to a calendar.
        mail.sendWithAttachment(a, "interview", "interview:" + a.getId() + ":" + at.toEpochMilli(),
                InterviewCalendar.fileName(a.getId()), CalendarFile.CONTENT_TYPE,
                interviewCalendar.file(a, r, InterviewCalendar.Audience.APPLICANT, language), when, how, who);
        audit.record("INTERVIEW_PROPOSED", "application:" + a.getId(), late ? when + " (late notice, SCREEN-2)" : when);
    }

    /**
     * SCREEN-2: the proposed online screening as a calendar file for the screener's calendar,
     * in {@code language} ("ja" or "en"), linking to the application's page. Audited like a view
     * of the application (PRIV-1).
     * @throws RuleViolationException SCREEN-2 when the application has no online screening waiting
     */
    public byte[] interviewCalendar(long applicationId, String language) {
        Application a = submitted(applicationId);
        if (a.getStatus() != ApplicationStatus.INTERVIEW_SCHEDULED) {
            throw new RuleViolationException(RuleId.SCREEN_2, "screening.noInterview");
        }
        ScreeningRecord r = screeningRecords.findByApplication(a.getId())
                .orElseThrow(() -> new RuleViolationException(RuleId.SCREEN_2, "screening.noInterview"));
        byte[] file = interviewCalendar.file(a, r, InterviewCalendar.Audience.STAFF, language);
        audit.record("INTERVIEW_CALENDAR_DOWNLOADED", "application:" + a.getId(), null);
        return file;
    }

    /**
     * Staff's internal notes on an application (never shown to the applicant).
     * @throws ConflictException naming who saved the record since the screen showed {@code expectedVersion}
     */
    public void writeInternalNotes(long applicationId, long expectedVersion, String notes) {
        Application a = submitted(applicationId);
        ScreeningRecord r = unchanged(a, expectedVersion);
        r.writeInternalNotes(notes);
        r.changedBy(caller(), clock.instant());
        audit.record("NOTES_WRITTEN", "application:" + a.getId(), null);
    }

    /** The staff accounts that can screen (for assignment). */
    @RolesAllowed(Roles.ADMIN)
    public List<String> screeners() {
        return accounts.activeWithRoles(Role.SCREENING).stream().map(UserAccount::getEmail).toList();
    }

    /**
     * The interview record (SCREEN-2): notes, who actually attended, the outcome of a held
     * interview, or a no-show (APPLY-5 then applies; a no-show has no outcome).
     */
    public void recordInterview(long applicationId, String notes, String attendedBy, InterviewOutcome outcome, boolean noShow) {
        Application a = inStatus(applicationId, ApplicationStatus.INTERVIEW_SCHEDULED);
        ScreeningRecord r = record(a);
        r.recordInterview(notes, attendedBy, outcome, noShow, clock.instant());
        r.changedBy(caller(), clock.instant());
        audit.record("INTERVIEW_RECORDED", "application:" + a.getId(), noShow ? "no-show" : outcome == null ? null : outcome.name());
    }

    /**
     * SCREEN-3: adoption, refused while any EX or TALENT rule fails; the adoption notice PDF goes
     * to the applicant by e-mail.
     */
    public void adopt(long applicationId) {
        Application a = inStatus(applicationId, ApplicationStatus.INTERVIEW_SCHEDULED);
        requireEligible(a, RuleId.SCREEN_3);
        ScreeningRecord r = record(a);
        r.decide(Decision.PASS, null, null, caller(), clock.instant());
        a.adopt(clock.instant());
        Programme p = a.getProgramme();
        var c = a.getCompanyAnswers();
        byte[] pdf = new AdoptionNoticePdf().render(new AdoptionNoticePdf.Data(p.getNameJa(), p.getFiscalYear(),
                c.getLegalNameJa(), a.getCorporateNumber().orElse(""),
                String.join(" ", Stream.of(c.getRepresentativeTitle(), c.getRepresentativeName())
                        .filter(Objects::nonNull).toList()),
                a.getId(), LocalDate.now(clock), p.getSupportEnds(), p.getContact().nameJa()));
        mail.sendWithAttachment(a, "adopted", "adopted:" + a.getId(), "saitaku-tsuchisho-" + a.getId() + ".pdf", "application/pdf", pdf);
        support.openCase(a.getId(), p.getId(), c.getLegalNameJa()); // hand-over to support
        audit.record("ADOPTED", "application:" + a.getId(), null);
    }

    /**
     * SCREEN-4: rejection with a mandatory internal reason that never reaches the applicant; the
     * e-mail points to the chosen catalogue services, or says that none fits. Like a pass, it needs
     * all five criteria scored (SCREEN-1).
     */
    public void reject(long applicationId, String internalReason, @NotNull List<Long> serviceIds) {
        Application a = inStatus(applicationId, ApplicationStatus.DOCUMENT_SCREENING, ApplicationStatus.INTERVIEW_SCHEDULED);
        List<ServiceOffering> services = ServiceOffering.offered(serviceIds, screeningRecords.services(serviceIds), RuleId.SCREEN_4);
        ScreeningRecord r = record(a);
        r.decide(Decision.REJECT, internalReason, serviceIds.stream().map(String::valueOf).collect(Collectors.joining(",")),
                caller(), clock.instant());
        a.reject(clock.instant());
        String language = mail.languageOf(a);
        String pointers = services.isEmpty() ? MailTemplates.line("rejected.none", language)
                : MailTemplates.line("rejected.services", language, services.stream()
                        .map(s -> "- " + ("en".equals(language) ? s.getNameEn() : s.getNameJa()) + " (" + s.getProvider() + ")"
                                + (s.getUrl() == null ? "" : " " + s.getUrl()))
                        .collect(Collectors.joining("\n")));
        mail.send(a, "rejected", "rejected:" + a.getId(), pointers);
        audit.record("REJECTED", "application:" + a.getId(), "services=" + serviceIds);
    }

    /** The catalogue of JETRO and partner services that a rejection can point to. */
    public List<ServiceOffering> serviceCatalogue() {
        return screeningRecords.activeServices();
    }

    /** Deadlines of the current programme (SCREEN-2): target days, latest days. */
    /** SCREEN-3 refused (and SCREEN-1 not passed) while any EX or TALENT rule fails; names the rule. */
    private void requireEligible(Application a, RuleId step) {
        a.evaluateEligibility(screeningRecords.facts(a.getId())).stream().filter(RuleResult::isFailure).findFirst().ifPresent(f -> {
            throw new RuleViolationException(f.rule(), "screening.ineligible", f.rule().code());
        });
    }

    /** The version a screen passes when it showed no screening record yet. */
    public static final long NO_RECORD = -1;

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(JapanTime.ZONE);

    /**
     * Optimistic concurrency for two staff editing one application: the record as the screen
     * showed it, or a conflict that names who saved it in between and when (Japan time).
     */
    private ScreeningRecord unchanged(Application a, long expectedVersion) {
        var existing = screeningRecords.findByApplication(a.getId());
        if (existing.isPresent() ? existing.get().getVersion() != expectedVersion : expectedVersion != NO_RECORD) {
            ScreeningRecord r = existing.orElse(null);
            throw new ConflictException(null, "screening.changedBy",
                    r == null ? "?" : r.getChangedBy().orElse("?"),
                    r == null ? "?" : r.getChangedAt().map(WHEN::format).orElse("?"));
        }
        return existing.orElseGet(() -> screeningRecords.add(new ScreeningRecord(a.getId())));
    }

    private ScreeningRecord record(Application a) {
        return screeningRecords.findByApplication(a.getId()).orElseGet(() -> screeningRecords.add(new ScreeningRecord(a.getId())));
    }

    private Application inStatus(long applicationId, ApplicationStatus... allowed) {
        Application a = submitted(applicationId);
        if (a.getStatus() == ApplicationStatus.WITHDRAWN || a.getStatus() == ApplicationStatus.DEEMED_WITHDRAWN) {
            throw new RuleViolationException(RuleId.APPLY_3, "screening.withdrawn");
        }
        if (!Arrays.asList(allowed).contains(a.getStatus())) {
            throw new RuleViolationException(a.getStatus().isDecided() ? RuleId.SCREEN_3 : RuleId.SCREEN_1, "screening.wrongStep");
        }
        return a;
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    /** Drafts are the applicant's own: staff see applications only once submitted. */
    private Application submitted(long applicationId) {
        return applications.find(applicationId)
                .filter(a -> a.getStatus() != ApplicationStatus.DRAFT)
                .filter(a -> a.getProgramme().getId().equals(programme().getId()))
                .orElseThrow(() -> new NotFoundException("application", applicationId));
    }

    private Programme programme() {
        return programmes.findCurrent(LocalDate.now(clock)).orElseThrow(() -> new NotFoundException("programme", "current"));
    }
}
