package app.banso.ejb.support;

import app.banso.domain.account.EmailAddress;
import app.banso.domain.account.Role;
import app.banso.domain.account.UserAccount;
import app.banso.domain.programme.Programme;
import app.banso.domain.screening.ServiceOffering;
import app.banso.domain.shared.JapanTime;
import app.banso.domain.shared.NotFoundException;
import app.banso.domain.shared.RuleId;
import app.banso.domain.shared.RuleViolationException;
import app.banso.domain.support.Activity;
import app.banso.domain.support.ActivityType;
import app.banso.domain.support.ChecklistItem;
import app.banso.domain.support.MenuRequest;
import app.banso.domain.support.OutOfScope;
import app.banso.domain.support.Party;
import app.banso.domain.support.Referral;
import app.banso.domain.support.StageStatus;
import app.banso.domain.support.SupportCase;
import app.banso.domain.support.SupportMenu;
import app.banso.domain.support.SupportReview;
import app.banso.domain.support.TermReason;
import app.banso.ejb.audit.AuditLog;
import app.banso.ejb.calendar.MeetingCalendar;
import app.banso.ejb.intake.ApplicantMail;
import app.banso.ejb.notification.MailTemplates;
import app.banso.ejb.notification.StaffMail;
import app.banso.ejb.platform.Roles;
import app.banso.persistence.account.UserAccountRepository;
import app.banso.persistence.intake.ApplicationRepository;
import app.banso.persistence.platform.PageRequest;
import app.banso.persistence.programme.ProgrammeRepository;
import app.banso.persistence.screening.ScreeningRepository;
import app.banso.persistence.support.SupportRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The coordinators' and ADMIN's boundary for support cases. A coordinator reaches only the cases
 * assigned to them (checked here on every call, never only in a screen); ADMIN reaches all and
 * alone assigns coordinators, agrees for JETRO and terminates.
 */
@Stateless
@DeclareRoles({Roles.APPLICANT, Roles.SCREENER, Roles.COORDINATOR, Roles.ADMIN})
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class SupportService {

    @Inject private SupportRepository repository;
    @Inject private MeetingCalendar meetingCalendar;
    @Inject private UserAccountRepository accounts;
    @Inject private SupportDesk desk;
    @Inject private ScreeningRepository screeningCatalogue;
    @Inject private ProgrammeRepository programmes;
    @Inject private ApplicationRepository applications;
    @Inject private ApplicantMail applicantMail;
    @Inject private StaffMail staffMail;
    @Inject private AuditLog audit;
    @Inject private Clock clock;
    @Resource private SessionContext context;

    /** How many cases the caller sees: a coordinator their own, ADMIN all. */
    public long caseCount() {
        return repository.countCases(isAdmin() ? null : caller());
    }

    /**
     * One page of the caller's cases (a coordinator their own, ADMIN all) for the cases list: one
     * query for the page, nothing read per case (the list grows with the programme).
     */
    public List<CaseRow> casePage(int first, int size) {
        return repository.casePage(isAdmin() ? null : caller(), new PageRequest(first, size)).stream()
                .map(c -> new CaseRow(c.getId(), c.getCompanyName(), c.getStatus().name(), c.getCoordinator().orElse(null),
                        c.currentStage(), c.getPeriodStart().orElse(null), c.getPeriodEnd().orElse(null)))
                .toList();
    }

    public CaseView detail(long caseId) {
        SupportCase c = reachable(caseId);
        audit.record("CASE_VIEWED", "case:" + c.getId(), null);
        return desk.view(c, true);
    }

    /** SUPPORT-8: the coordinators ADMIN can assign (accounts that can sign in), by address. */
    @RolesAllowed(Roles.ADMIN)
    public List<CoordinatorChoice> coordinators() {
        return accounts.activeWithRoles(List.of(Role.COORDINATOR)).stream()
                .map(u -> new CoordinatorChoice(u.getEmail(), u.getDisplayName())).toList();
    }

    /** SUPPORT-8: ADMIN assigns or replaces the coordinator; the history keeps who, from-to and why. */
    @RolesAllowed(Roles.ADMIN)
    public void assignCoordinator(long caseId, @NotNull String coordinator, String reason) {
        SupportCase c = reachable(caseId);
        String to = coordinatorWhoCanSignIn(coordinator);
        boolean already = c.getCoordinator().filter(to::equals).isPresent();
        desk.assign(c, to, reason);
        audit.record("COORDINATOR_ASSIGNED", "case:" + c.getId(), to + (reason == null ? "" : " (" + reason + ")"));
        staffMail.workAssigned(to, caller(), StaffMail.CASES_ASSIGNED, already ? 0 : 1);
    }

    /**
     * SUPPORT-8: ADMIN gives every open case of one coordinator (who leaves, changes role or is
     * away) to another who can sign in; each case's history keeps who, from-to and why.
     * @return how many cases were handed over
     */
    @RolesAllowed(Roles.ADMIN)
    public int handOverCases(@NotNull String fromCoordinator, @NotNull String toCoordinator, String reason) {
        String to = coordinatorWhoCanSignIn(toCoordinator);
        String from = EmailAddress.handedOverFrom(fromCoordinator, to);
        List<SupportCase> open = repository.openCasesOf(from);
        for (SupportCase c : open) {
            desk.assign(c, to, reason);
            audit.record("COORDINATOR_ASSIGNED", "case:" + c.getId(),
                    to + " (handed over from " + from + (reason == null ? "" : ": " + reason) + ")");
        }
        staffMail.workAssigned(to, caller(), StaffMail.CASES_ASSIGNED, open.size());
        return open.size();
    }

    /** A case given to an address no coordinator signs in with would be seen by nobody but ADMIN (SUPPORT-8). */
    private String coordinatorWhoCanSignIn(String coordinator) {
        return accounts.findByEmail(EmailAddress.normalise(coordinator))
                .filter(u -> u.getRole() == Role.COORDINATOR && u.canSignIn())
                .map(UserAccount::getEmail)
                .orElseThrow(() -> new RuleViolationException(RuleId.SUPPORT_8, "case.coordinator.notCoordinator", coordinator));
    }

    /** SUPPORT-1, PERIOD-1: the kickoff meeting and the plan; the period never ends after the programme's support end. */
    public void recordKickoff(long caseId, long expectedVersion, @NotNull Instant at, String attendees, String minutes,
                              @NotNull List<String> goals, LocalDate start, LocalDate end) {
        SupportCase c = edited(caseId, expectedVersion);
        Programme p = programmes.find(c.getProgrammeId()).orElseThrow();
        c.recordKickoff(at, attendees, minutes, goals.toArray(String[]::new), start, end, p.getSupportEnds());
        desk.snapshotPlan(c, "KICKOFF", caller());
        audit.record("KICKOFF_RECORDED", "case:" + c.getId(), start + ".." + end);
    }

    /**
     * SUPPORT-4: ADMIN records a periodic review; with new goals or a new period end it revises the
     * plan (PERIOD-1 still applies) and keeps the new version beside the earlier ones.
     */
    @RolesAllowed(Roles.ADMIN)
    public void recordReview(long caseId, long expectedVersion, String findings, boolean revise, List<String> goals,
                             LocalDate newEnd) {
        SupportCase c = edited(caseId, expectedVersion);
        c.requireOpen();
        Integer version = null;
        if (revise) {
            Programme p = programmes.find(c.getProgrammeId()).orElseThrow();
            c.revisePlan(goals.toArray(String[]::new), newEnd, p.getSupportEnds());
            version = desk.snapshotPlan(c, "REVIEW", caller());
        }
        repository.add(new SupportReview(c.getId(), findings, version, caller(), clock.instant()));
        audit.record("CASE_REVIEWED", "case:" + c.getId(), revise ? "plan v" + version : null);
    }

    /** PERIOD-1: the coordinator agrees for themself; ADMIN agrees for JETRO. */
    public void agree(long caseId, long expectedVersion) {
        SupportCase c = edited(caseId, expectedVersion);
        Party party = isAdmin() ? Party.JETRO : Party.COORDINATOR;
        c.agree(party, clock.instant());
        audit.record("PLAN_AGREED", "case:" + c.getId(), party.name());
    }

    /** SUPPORT-5. */
    public void setStage(long caseId, long expectedVersion, int stage, @NotNull StageStatus status) {
        SupportCase c = edited(caseId, expectedVersion);
        c.setStage(stage, status);
        audit.record("STAGE_CHANGED", "case:" + c.getId(), stage + "=" + status);
    }

    /** SUPPORT-5: adds an item to a stage's checklist. */
    public void addChecklistItem(long caseId, int stage, String text) {
        SupportCase c = reachable(caseId);
        c.requireOpen();
        repository.add(new ChecklistItem(c.getId(), stage, text));
    }

    /** SUPPORT-5: ticks (or unticks) a checklist item. */
    public void toggleChecklistItem(long itemId) {
        var item = repository.checklistItem(itemId).orElseThrow(() -> new NotFoundException("checklist", itemId));
        reachable(item.getCaseId()).requireOpen();
        item.toggle(clock.instant());
    }

    /** SUPPORT-2: an entry of the work log. */
    public void logActivity(long caseId, @NotNull ActivityType type, LocalDate date, Integer minutes, String participants,
                            String notes, String nextActions, int stage) {
        SupportCase c = reachable(caseId);
        c.requireOpen();
        repository.add(new Activity(c.getId(), type, date, minutes, participants, notes, nextActions, stage, caller(),
                clock.instant()));
        audit.record("ACTIVITY_LOGGED", "case:" + c.getId(), type.name());
    }

    public void confirmVisit(long activityId) {
        Activity a = activityOfReachableCase(activityId);
        a.confirmVisit();
        audit.record("VISIT_CONFIRMED", "case:" + a.getCaseId(), null);
    }

    public void completeVisit(long activityId) {
        Activity a = activityOfReachableCase(activityId);
        a.completeVisit();
        audit.record("VISIT_DONE", "case:" + a.getCaseId(), null);
    }

    /** TERM-1 ... TERM-5: only ADMIN; the company is told; the case becomes read-only. */
    @RolesAllowed(Roles.ADMIN)
    public void terminate(long caseId, long expectedVersion, @NotNull TermReason reason, @NotNull LocalDate effective,
                          String note) {
        SupportCase c = edited(caseId, expectedVersion);
        c.terminate(reason, effective, note, caller(), clock.instant());
        repository.reviewTasks(c.getId()).forEach(t -> t.resolve("TERMINATED", caller(), clock.instant()));
        applications.find(c.getApplicationId()).ifPresent(a -> applicantMail.send(a, "terminated", "terminated:" + c.getId(),
                reason.rule().code(), MailTemplates.day(effective)));
        audit.record("CASE_TERMINATED", "case:" + c.getId(), reason.rule().code());
    }

    /** SUPPORT-3: refers the company to a JETRO or partner service of the catalogue. */
    public void refer(long caseId, long serviceId, String note) {
        SupportCase c = reachable(caseId);
        c.requireOpen();
        var service = ServiceOffering.offered(List.of(serviceId), screeningCatalogue.services(List.of(serviceId)), RuleId.SUPPORT_3).get(0);
        repository.add(new Referral(c.getId(), serviceId, service.getNameJa(), service.getNameEn(), service.isPaid(), note,
                caller(), clock.instant()));
        audit.record("REFERRED", "case:" + c.getId(), service.getNameJa());
    }

    public void referralOutcome(long referralId, @NotNull Referral.Outcome outcome) {
        var r = repository.referral(referralId).orElseThrow(() -> new NotFoundException("referral", referralId));
        reachable(r.getCaseId()).requireOpen();
        r.recordOutcome(outcome);
    }

    /** A request outside the programme, declined with an explanation and logged by category. */
    public void declineOutOfScope(long caseId, @NotNull OutOfScope category, String note) {
        SupportCase c = reachable(caseId);
        c.requireOpen();
        repository.add(Activity.declinedOutOfScope(c.getId(), category, LocalDate.now(clock), note, c.currentStage(), caller(),
                clock.instant()));
        audit.record("DECLINED_OUT_OF_SCOPE", "case:" + c.getId(), category.name());
    }

    /** The catalogue services a coordinator can refer to. */
    public List<ServiceOffering> services() {
        return screeningCatalogue.activeServices();
    }

    /** The programme's limited menus, to request a place from (SUPPORT-6). */
    public List<SupportMenu> menus() {
        return repository.menus(programmes.findCurrent(LocalDate.now(clock)).orElseThrow().getId());
    }

    /**
     * SUPPORT-6: the coordinator requests a place in a limited menu for the company; ADMIN decides
     * separately, weighing the company's cumulative years of support (computed here).
     */
    public void requestMenuPlace(long caseId, long menuId) {
        SupportCase c = reachable(caseId);
        c.requireOpen();
        var application = applications.find(c.getApplicationId()).orElseThrow();
        int years = repository.cumulativeYears(application.getCorporateNumber().orElse(null),
                application.getProgramme().getFiscalYear());
        repository.add(new MenuRequest(menuId, c.getId(), c.getCompanyName(), years, caller(),
                clock.instant()));
        audit.record("MENU_REQUESTED", "case:" + c.getId(), "menu:" + menuId);
    }

    /** ADMIN closes a TERM-2/TERM-4 review without ending support (termination closes it too). */
    @RolesAllowed(Roles.ADMIN)
    public void dismissReview(long taskId) {
        var task = repository.reviewTask(taskId).orElseThrow(() -> new NotFoundException("review", taskId));
        reachable(task.getCaseId());
        task.resolve("DISMISSED", caller(), clock.instant());
        audit.record("REVIEW_DISMISSED", "case:" + task.getCaseId(), task.getReason().rule().code());
    }

    private Activity activityOfReachableCase(long activityId) {
        Activity a = repository.activity(activityId).orElseThrow(() -> new NotFoundException("activity", activityId));
        reachable(a.getCaseId()).requireOpen();
        return a;
    }

    /** Object-level access: ADMIN any case, a coordinator only their own (others look like "not found"). */
    /**
     * A case that staff edit (plan, review, agreement, stages, termination): reachable by the
     * caller, and unchanged since their screen showed {@code expectedVersion}; otherwise a
     * conflict that names who saved it in between (issue 6), and nothing is changed.
     */
    private SupportCase edited(long caseId, long expectedVersion) {
        SupportCase c = reachable(caseId);
        c.editedBy(caller(), expectedVersion, clock.instant());
        return c;
    }

    /**
     * SUPPORT-2: an upcoming meeting, visit or accompanied trip of a case the caller reaches, as
     * a calendar file for the coordinator's calendar (a whole day), in {@code language}; audited
     * like a view of the case.
     * @throws NotFoundException when the caller does not reach the case, or the activity is not upcoming
     */
    public byte[] meetingCalendar(long activityId, String language) {
        Activity a = repository.activity(activityId).orElseThrow(() -> new NotFoundException("activity", activityId));
        SupportCase c = reachable(a.getCaseId());
        if (c.getStatus().isClosed() || !a.isUpcomingMeetingOn(LocalDate.now(clock.withZone(JapanTime.ZONE)))) {
            throw new NotFoundException("activity", activityId);
        }
        byte[] file = meetingCalendar.file(c, a, null, MeetingCalendar.Audience.STAFF, language);
        audit.record("MEETING_CALENDAR_DOWNLOADED", "case:" + c.getId(), "activity:" + a.getId());
        return file;
    }

    private SupportCase reachable(long caseId) {
        SupportCase c = repository.find(caseId).orElseThrow(() -> new NotFoundException("case", caseId));
        if (!isAdmin() && !c.getCoordinator().map(caller()::equalsIgnoreCase).orElse(false)) {
            // Kept although the refusal rolls the use case back.
            audit.recordAlone(caller(), "CASE_ACCESS_REFUSED", "case:" + caseId, null);
            throw new NotFoundException("case", caseId);
        }
        return c;
    }

    private boolean isAdmin() {
        return context.isCallerInRole(Roles.ADMIN);
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
