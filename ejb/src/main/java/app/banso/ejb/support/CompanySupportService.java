package app.banso.ejb.support;

import app.banso.domain.account.Role;
import app.banso.domain.account.UserAccount;
import app.banso.domain.intake.Application;
import app.banso.domain.intake.RuleResult;
import app.banso.domain.screening.CorrectableAnswer;
import app.banso.domain.screening.VerifiedFact;
import app.banso.domain.shared.JapanTime;
import app.banso.domain.shared.NotFoundException;
import app.banso.domain.support.Activity;
import app.banso.domain.support.ChangeField;
import app.banso.domain.support.Party;
import app.banso.domain.support.RegistrationChange;
import app.banso.domain.support.ReviewTask;
import app.banso.domain.support.SupportCase;
import app.banso.domain.support.TermReason;
import app.banso.domain.survey.SurveyAnswer;
import app.banso.ejb.audit.AuditLog;
import app.banso.ejb.calendar.MeetingCalendar;
import app.banso.ejb.notification.MailOutbox;
import app.banso.ejb.notification.MailTemplates;
import app.banso.ejb.notification.TemplateService;
import app.banso.ejb.platform.Roles;
import app.banso.ejb.survey.SurveyDesk;
import app.banso.persistence.account.UserAccountRepository;
import app.banso.persistence.intake.ApplicationRepository;
import app.banso.persistence.programme.ProgrammeRepository;
import app.banso.persistence.support.SupportRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The adopted company's boundary for its own support case (found from the signed-in caller). */
@Stateless
@DeclareRoles({Roles.APPLICANT, Roles.SCREENER, Roles.COORDINATOR, Roles.ADMIN})
@RolesAllowed(Roles.APPLICANT)
public class CompanySupportService {

    @Inject private SupportRepository repository;
    @Inject private SupportDesk desk;
    @Inject private ApplicationRepository applications;
    @Inject private ProgrammeRepository programmes;
    @Inject private UserAccountRepository accounts;
    @Inject private MailOutbox outbox;
    @Inject private TemplateService templates;
    @Inject private AuditLog audit;
    @Inject private Clock clock;
    @Inject private MeetingCalendar meetingCalendar;
    @Resource private SessionContext context;

    @Inject private SurveyDesk surveys;

    /** COOP-3: the surveys sent to the company, newest first. */
    public List<SurveyDesk.RecipientView> mySurveys() {
        return own().map(c -> surveys.forCase(c.getId())).orElse(List.of());
    }

    /** COOP-3: the company keeps its answers as a draft or submits them (final). */
    public SurveyDesk.RecipientView answerSurvey(long recipientId,
            List<SurveyAnswer> answers, boolean submit) {
        SupportCase c = own().orElseThrow(() -> new NotFoundException("case", "own"));
        var view = surveys.answer(c.getId(), recipientId, answers, submit);
        audit.record(submit ? "SURVEY_SUBMITTED" : "SURVEY_DRAFT_SAVED", "survey:" + view.surveyId(), c.getCompanyName());
        return view;
    }

    public Optional<CaseView> myCase() {
        return own().map(c -> desk.view(c, false));
    }

    /** COOP-4/5: whether the company may be named in published reports. */
    public CaseView recordPublicationConsent(boolean consent) {
        SupportCase c = own().orElseThrow(() -> new NotFoundException("case", "own"));
        c.recordPublicationConsent(consent, clock.instant());
        audit.record("PUBLICATION_CONSENT", "case:" + c.getId(), String.valueOf(consent));
        return desk.view(c, false);
    }

    /** PERIOD-1: the company agrees the plan and period. */
    public CaseView agreePlan() {
        SupportCase c = own().orElseThrow(() -> new NotFoundException("case", "own"));
        c.agree(Party.COMPANY, clock.instant());
        audit.record("PLAN_AGREED", "case:" + c.getId(), Party.COMPANY.name());
        return desk.view(c, false);
    }

    /**
     * SUPPORT-7: the company cancels a visit; after confirmation costs may be charged, and ADMIN is
     * told by e-mail.
     * @return whether costs may be charged
     */
    public boolean cancelVisit(long activityId) {
        SupportCase c = own().orElseThrow(() -> new NotFoundException("case", "own"));
        c.requireOpen();
        Activity a = repository.activity(activityId).filter(x -> x.getCaseId().equals(c.getId()))
                .orElseThrow(() -> new NotFoundException("activity", activityId));
        boolean costs = a.cancelByCompany();
        audit.record("VISIT_CANCELLED_BY_COMPANY", "case:" + c.getId(), costs ? "costs may be charged" : null);
        if (costs) {
            accounts.activeWithRoles(List.of(Role.ADMIN))
                    .forEach(admin -> outbox.enqueue("visit-cancelled:" + a.getId() + ":" + admin.getEmail(), admin.getEmail(),
                            templates.render("visitCancelled", admin.getLanguage(), c.getCompanyName(), MailTemplates.day(a.getDate()),
                                    c.getCoordinator().orElse("-"))));
        }
        return costs;
    }

    /**
     * SUPPORT-2: one of the company's upcoming meetings, visits or accompanied trips as a
     * calendar file (a whole day: the work log holds no hour), in {@code language}.
     * @throws NotFoundException when it is not the company's, or not upcoming any more
     */
    public byte[] meetingCalendar(long activityId, String language) {
        SupportCase c = own().orElseThrow(() -> new NotFoundException("case", "own"));
        Activity a = repository.activity(activityId).filter(x -> x.getCaseId().equals(c.getId()))
                .filter(x -> !c.getStatus().isClosed() && x.isUpcomingMeetingOn(LocalDate.now(clock.withZone(JapanTime.ZONE))))
                .orElseThrow(() -> new NotFoundException("activity", activityId));
        String coordinator = c.getCoordinator().flatMap(accounts::findByEmail).map(UserAccount::getDisplayName).orElse(null);
        return meetingCalendar.file(c, a, coordinator, MeetingCalendar.Audience.COMPANY, language);
    }

    /**
     * COOP-6: the company reports a change of its registered information. It is kept in the
     * change log for the coordinator and ADMIN, and the eligibility rules re-run on the changed
     * data: a change that fails an EX rule opens a TERM-2 review for ADMIN, a dissolution a TERM-4
     * review.
     */
    public CaseView reportChange(ChangeField field, String newValue, String note) {
        SupportCase c = own().orElseThrow(() -> new NotFoundException("case", "own"));
        c.requireOpen();
        String me = context.getCallerPrincipal().getName();
        repository.add(new RegistrationChange(c.getId(), field, newValue, note, me, clock.instant()));
        Application a = applications.find(c.getApplicationId()).orElseThrow();
        List<VerifiedFact> changed = new ArrayList<>();
        for (var x : repository.changes(c.getId())) {
            if (x.getField() == ChangeField.LEGAL_FORM && x.getNewValue() != null
                    && CorrectableAnswer.LEGAL_FORM.accepts(x.getNewValue())) {
                changed.add(new VerifiedFact(a.getId(), CorrectableAnswer.LEGAL_FORM,
                        x.getNewValue(), "registration change", x.getReportedBy(), x.getReportedAt()));
            }
        }
        String cause = null;
        TermReason review = null;
        if (field == ChangeField.DISSOLUTION) {
            review = TermReason.TERM_4;
            cause = "DISSOLUTION";
        } else {
            var failure = a.evaluateEligibility(changed).stream().filter(RuleResult::isFailure).findFirst();
            if (failure.isPresent()) {
                review = TermReason.TERM_2;
                cause = failure.get().rule().code();
            }
        }
        if (review != null) {
            final var reason = review;
            boolean alreadyOpen = repository.reviewTasks(c.getId()).stream().anyMatch(t -> t.isOpen() && t.getReason() == reason);
            if (!alreadyOpen) {
                repository.add(new ReviewTask(c.getId(), review, cause, clock.instant()));
                final String why = cause;
                accounts.activeWithRoles(List.of(Role.ADMIN))
                        .forEach(admin -> outbox.enqueue("review:" + c.getId() + ":" + reason + ":" + clock.millis() + ":" + admin.getEmail(),
                                admin.getEmail(), templates.render("reviewOpened", admin.getLanguage(), c.getCompanyName(),
                                        reason.rule().code(), why)));
            }
        }
        audit.record("REGISTRATION_CHANGED", "case:" + c.getId(), field.name());
        return desk.view(c, false);
    }

    private Optional<SupportCase> own() {
        long accountId = accounts.findByEmail(context.getCallerPrincipal().getName()).orElseThrow().getId();
        return programmes.findCurrent(LocalDate.now(clock))
                .flatMap(p -> applications.findByOwner(p.getId(), accountId))
                .map(Application::getId)
                .flatMap(repository::findByApplication);
    }
}
