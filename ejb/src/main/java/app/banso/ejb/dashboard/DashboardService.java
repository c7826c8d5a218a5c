package app.banso.ejb.dashboard;

import app.banso.domain.programme.Programme;
import app.banso.domain.screening.ScreeningDeadlines;
import app.banso.ejb.platform.Roles;
import app.banso.persistence.dashboard.DashboardRepository;
import app.banso.persistence.dashboard.DeadlineCounts;
import app.banso.persistence.intake.ApplicationRepository;
import app.banso.persistence.intake.WaitingListRepository;
import app.banso.persistence.programme.ProgrammeRepository;
import app.banso.persistence.screening.InboxFilter;
import app.banso.persistence.screening.InboxRepository;
import app.banso.domain.shared.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The staff dashboard (issue 7): one read-only use case, every figure an aggregate query. */
@Stateless
@DeclareRoles({Roles.APPLICANT, Roles.SCREENER, Roles.COORDINATOR, Roles.ADMIN})
@RolesAllowed({Roles.SCREENER, Roles.COORDINATOR, Roles.ADMIN})
public class DashboardService {

    @Inject private DashboardRepository figures;
    @Inject private InboxRepository inbox;
    @Inject private ApplicationRepository applications;
    @Inject private WaitingListRepository waitingList;
    @Inject private ProgrammeRepository programmes;
    @Inject private Clock clock;
    @Resource private SessionContext context;

    /**
     * The current programme's figures.
     *
     * @param filter the inbox's filters, applied to the funnel so that it matches the inbox
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Dashboard figures(InboxFilter filter) {
        LocalDate today = LocalDate.now(clock);
        Programme p = programmes.findCurrent(today).orElseThrow(() -> new NotFoundException("programme", today));
        long id = p.getId();
        boolean admin = context.isCallerInRole(Roles.ADMIN);
        boolean screening = admin || context.isCallerInRole(Roles.SCREENER);
        boolean support = admin || context.isCallerInRole(Roles.COORDINATOR);
        long counted = applications.countAgainstCapacity(id, p.getCapacityBasis());
        return new Dashboard(screening, support, p.getCapacity(), counted, p.remainingPlaces(counted), waitingList.countWaiting(id),
                screening ? figures.drafts(id) : 0,
                screening ? inbox.countsByStatus(id, filter == null ? InboxFilter.none() : filter) : Map.of(),
                screening ? deadlines(p, today) : new DeadlineCounts(0, 0, 0, 0),
                screening ? figures.medianDaysToNotice(id) : null,
                screening ? figures.byPrefecture(id) : Map.of(), screening ? figures.byIndustry(id) : Map.of(),
                support ? figures.casesByStatus(id) : Map.of(), support ? figures.activeCasesByStage(id) : Map.of(),
                support ? figures.activitiesPerMonth(id) : Map.of(), support ? figures.terminationsByReason(id) : Map.of(),
                support ? figures.surveyRates(id) : List.of());
    }

    /**
     * SCREEN-2: the waiting applications by where they stand, banded by the completion days of
     * each state ({@link ScreeningDeadlines#completionDays}, which the inbox's deadline filter
     * uses too: a figure and the list it opens agree): the day after each band's last completion
     * day, as the instant it starts (calendar days, Japan time).
     */
    private DeadlineCounts deadlines(Programme p, LocalDate today) {
        ZoneId zone = clock.getZone();
        Function<ScreeningDeadlines.State, Instant> after = state -> ScreeningDeadlines.completionDays(state, today,
                p.getNoticeTargetDays(), p.getNoticeMaxDays()).to().plusDays(1).atStartOfDay(zone).toInstant();
        return figures.deadlines(p.getId(), after.apply(ScreeningDeadlines.State.DUE_SOON), after.apply(ScreeningDeadlines.State.OVERDUE),
                after.apply(ScreeningDeadlines.State.PAST_LATEST));
    }
}
