package app.banso.ejb.support;

import app.banso.domain.account.UserAccount;
import app.banso.domain.support.Activity;
import app.banso.domain.support.CoordinatorAssignment;
import app.banso.domain.support.PlanVersion;
import app.banso.domain.support.SupportCase;
import app.banso.persistence.account.UserAccountRepository;
import app.banso.persistence.support.SupportRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Shared support-case operations without an access decision of their own: the boundaries
 * ({@link SupportService}, {@link CompanySupportService}) decide who may reach a case first.
 */
@Stateless
@PermitAll
public class SupportDesk {

    @Inject private SupportRepository repository;
    @Inject private UserAccountRepository accounts;
    @Inject private Clock clock;

    /** SCREEN-3 hands over to support: one case per adopted application. */
    public SupportCase openCase(long applicationId, long programmeId, String companyName) {
        return repository.findByApplication(applicationId)
                .orElseGet(() -> repository.add(new SupportCase(applicationId, programmeId, companyName, clock.instant())));
    }

    /** SUPPORT-8: (re)assigns the coordinator and keeps the history. */
    public void assign(SupportCase c, String coordinator, String reason) {
        var now = clock.instant();
        repository.assignments(c.getId()).stream().filter(a -> a.getTo().isEmpty()).forEach(a -> a.end(now));
        c.assignCoordinator(coordinator);
        repository.add(new CoordinatorAssignment(c.getId(), coordinator, reason, now));
    }

    /** SUPPORT-4: keeps the case's current plan as the next version. @return its number */
    public int snapshotPlan(SupportCase c, String origin, String by) {
        int next = repository.planVersions(c.getId()).size() + 1;
        repository.add(new PlanVersion(c, next, origin, by, clock.instant()));
        return next;
    }

    public CaseView view(SupportCase c, boolean internal) {
        List<Activity> activities = repository.activities(c.getId());
        String coordinator = c.getCoordinator().orElse(null);
        String coordinatorName = coordinator == null ? null
                : accounts.findByEmail(coordinator).map(UserAccount::getDisplayName).orElse(null);
        return new CaseView(c.getId(), c.getApplicationId(), c.getCompanyName(), c.getStatus().name(), coordinator, coordinatorName,
                c.getKickoffAt().orElse(null), c.getKickoffAttendees().orElse(null), c.getKickoffMinutes().orElse(null),
                IntStream.rangeClosed(1, SupportCase.STAGES).mapToObj(c::goal).toList(),
                c.getPeriodStart().orElse(null), c.getPeriodEnd().orElse(null), c.getCompanyAgreedAt().orElse(null),
                c.getJetroAgreedAt().orElse(null), c.getCoordinatorAgreedAt().orElse(null),
                IntStream.rangeClosed(1, SupportCase.STAGES).mapToObj(s -> c.stage(s).name()).toList(), c.currentStage(),
                activities.stream().map(a -> new CaseView.ActivityView(a.getId(), a.getType().name(), a.getDate(),
                        a.getDurationMinutes().orElse(null), a.getParticipants().orElse(null),
                        internal ? a.getNotes().orElse(null) : null, a.getNextActions().orElse(null), a.getStage(),
                        a.getVisitState().map(Enum::name).orElse(null), a.isCostsMayBeCharged(),
                        a.getOutOfScope().map(Enum::name).orElse(null))).toList(),
                internal ? repository.assignments(c.getId()).stream().map(a -> new CaseView.AssignmentView(a.getCoordinator(),
                        a.getFrom(), a.getTo().orElse(null), a.getReason().orElse(null))).toList() : List.of(),
                c.getTermReason().map(r -> r.rule().code()).orElse(null), c.getTermEffective().orElse(null),
                internal ? c.getTermNote().orElse(null) : null,
                repository.changes(c.getId()).stream().map(x -> new CaseView.ChangeView(x.getField().name(), x.getNewValue(),
                        x.getNote(), x.getReportedAt())).toList(),
                internal ? repository.reviewTasks(c.getId()).stream().map(t -> new CaseView.TaskView(t.getId(),
                        t.getReason().rule().code(), t.getCause(), t.getOpenedAt(), t.getResolution().orElse(null))).toList()
                        : List.of(),
                repository.referrals(c.getId()).stream().map(r -> new CaseView.ReferralView(r.getId(), r.getServiceName(), r.getServiceNameEn(), r.isPaid(),
                        internal ? r.getNote() : null, r.getOutcome().name(), r.getReferredAt())).toList(),
                c.getPublicationConsent().orElse(null),
                repository.planVersions(c.getId()).stream().map(v -> new CaseView.PlanVersionView(v.getVersionNo(), v.getOrigin(),
                        IntStream.rangeClosed(1, SupportCase.STAGES).mapToObj(v::goal).toList(), v.getPeriodStart(), v.getPeriodEnd(),
                        v.getCreatedBy(), v.getCreatedAt())).toList(),
                internal ? repository.reviews(c.getId()).stream().map(r -> new CaseView.ReviewView(r.getFindings(),
                        r.getPlanVersionNo(), r.getReviewer(), r.getReviewedAt())).toList() : List.of(),
                repository.checklist(c.getId()).stream().map(i -> new CaseView.ChecklistView(i.getId(), i.getStage(), i.getText(),
                        i.getDoneAt().isPresent())).toList(),
                c.getVersion());
    }
}
