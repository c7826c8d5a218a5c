package app.banso.ejb.support;

import app.banso.domain.account.Role;
import app.banso.domain.intake.Application;
import app.banso.domain.shared.NotFoundException;
import app.banso.domain.support.Activity;
import app.banso.domain.support.Party;
import app.banso.domain.support.SupportCase;
import app.banso.ejb.audit.AuditLog;
import app.banso.ejb.notification.MailOutbox;
import app.banso.ejb.platform.Roles;
import app.banso.persistence.account.UserAccountRepository;
import app.banso.persistence.intake.ApplicationRepository;
import app.banso.persistence.platform.PageRequest;
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
    @Inject private app.banso.ejb.notification.TemplateService templates;
    @Inject private AuditLog audit;
    @Inject private Clock clock;
    @Resource private SessionContext context;

    public Optional<CaseView> myCase() {
        return own().map(c -> desk.view(c, false));
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
            accounts.page(new PageRequest(0, PageRequest.MAX_SIZE)).stream().filter(u -> u.getRole() == Role.ADMIN && u.canSignIn())
                    .forEach(admin -> outbox.enqueue("visit-cancelled:" + a.getId() + ":" + admin.getEmail(), admin.getEmail(),
                            templates.render("visitCancelled", admin.getLanguage(), c.getCompanyName(), a.getDate().toString(),
                                    c.getCoordinator().orElse("-"))));
        }
        return costs;
    }

    private Optional<SupportCase> own() {
        long accountId = accounts.findByEmail(context.getCallerPrincipal().getName()).orElseThrow().getId();
        return programmes.findCurrent(LocalDate.now(clock))
                .flatMap(p -> applications.findByOwner(p.getId(), accountId))
                .map(Application::getId)
                .flatMap(repository::findByApplication);
    }
}
