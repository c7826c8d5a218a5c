package app.banso.ejb.screening;

import app.banso.domain.intake.Application;
import app.banso.domain.intake.ApplicationStatus;
import app.banso.domain.intake.ChangeRequest;
import app.banso.domain.intake.ConsentDocument;
import app.banso.domain.programme.Programme;
import app.banso.domain.shared.NotFoundException;
import app.banso.domain.shared.RuleId;
import app.banso.domain.shared.RuleViolationException;
import app.banso.ejb.audit.AuditLog;
import app.banso.ejb.intake.ApplicationDraft;
import app.banso.ejb.intake.ApplicationService;
import app.banso.ejb.intake.ApplicationView;
import app.banso.ejb.platform.Roles;
import app.banso.persistence.intake.ApplicationRepository;
import app.banso.persistence.intake.ChangeRequestRepository;
import app.banso.persistence.intake.ConsentRepository;
import app.banso.persistence.platform.PageRequest;
import app.banso.persistence.programme.ProgrammeRepository;
import app.banso.persistence.screening.InboxFilter;
import app.banso.persistence.screening.InboxRepository;
import app.banso.persistence.screening.InboxRow;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
    @Inject private ApplicationRepository applications;
    @Inject private ConsentRepository consents;
    @Inject private ChangeRequestRepository changeRequests;
    @Inject private AuditLog audit;
    @Inject private Clock clock;
    @Resource private SessionContext context;

    public List<InboxRow> inbox(@NotNull InboxFilter filter, InboxRepository.Sort sort, boolean ascending, int first, int size) {
        return inbox.page(programme().getId(), filter, sort, ascending, new PageRequest(first, size));
    }

    public long inboxCount(@NotNull InboxFilter filter) {
        return inbox.count(programme().getId(), filter);
    }

    public Map<ApplicationStatus, Long> countsByStatus() {
        return inbox.countsByStatus(programme().getId());
    }

    /** One submitted application, every answer and the rule evaluation; the view is audited. */
    public ApplicationDetail detail(long applicationId) {
        Application a = submitted(applicationId);
        audit.record("APPLICATION_VIEWED", "application:" + a.getId(), null);
        ApplicationDetail.ConsentState consent = consents.findDocument(a.getId())
                .map(d -> new ApplicationDetail.ConsentState(d.getOriginalName(), d.getSizeBytes(), d.getSha256(), d.getPages(),
                        d.getUploadedAt(), d.getSealCheckedBy().orElse(null), d.getSealCheckedAt().orElse(null)))
                .orElse(null);
        return new ApplicationDetail(a.getId(), a.getStatus(),
                new ApplicationDraft(a.getCompanyAnswers(), a.getEligibility(), a.getPositions(), a.getMotivation(), a.getDeclarations()),
                a.evaluateEligibility(), a.getSubmittedAt().orElse(null), consent,
                a.getEvents().stream().map(e -> new ApplicationView.TimelineEntry(e.getType(), e.getOccurredAt())).toList(),
                changeRequests.byApplication(a.getId()).stream().map(ChangeRequest::getText).toList(), a.getVersion());
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
