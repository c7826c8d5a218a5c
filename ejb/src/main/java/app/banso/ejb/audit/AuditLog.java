package app.banso.ejb.audit;

import app.banso.domain.audit.AuditEntry;
import app.banso.ejb.platform.Roles;
import app.banso.persistence.audit.AuditRepository;
import app.banso.persistence.audit.AuditSearch;
import app.banso.persistence.platform.PageRequest;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * The append-only audit trail (PRIV-1, PRIV-2). Entries join the caller's transaction, so a
 * change and its audit line commit together; {@link #recordAlone} is for events that must be
 * kept even when the use case fails (a refused sign-in).
 */
@Stateless
public class AuditLog {

    @Inject
    private AuditRepository repository;

    @Inject
    private RequestOrigin origin;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void record(String action, String subject, String detail) {
        recordAs(caller(), action, subject, detail);
    }

    /**
     * An entry in the caller's transaction by a named actor rather than the caller: a use case open
     * to anyone (a link followed, signed in or not) done for the account that the link proves.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void recordAs(String actor, String action, String subject, String detail) {
        repository.append(new AuditEntry(clock.instant(), actor, action, subject, detail, address()));
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordAlone(String actor, String action, String subject, String detail) {
        repository.append(new AuditEntry(clock.instant(), actor, action, subject, detail, address()));
    }

    @RolesAllowed(Roles.ADMIN)
    public List<AuditView> newestFirst(int first, int size) {
        return search(AuditSearch.ALL, first, size);
    }

    /** ADMIN searches the log (PRIV): newest first, one page; the search itself is not audited. */
    @RolesAllowed(Roles.ADMIN)
    public List<AuditView> search(AuditSearch search, int first, int size) {
        return repository.newestFirst(search, new PageRequest(first, size)).stream()
                .map(e -> new AuditView(e.getId(), e.getOccurredAt(), e.getActor(), e.getAction(), e.getSubject(),
                        e.getDetail(), e.getClientAddress()))
                .toList();
    }

    @RolesAllowed(Roles.ADMIN)
    public long count() {
        return repository.count();
    }

    @RolesAllowed(Roles.ADMIN)
    public long count(AuditSearch search) {
        return repository.count(search);
    }

    private String caller() {
        String name = context.getCallerPrincipal() == null ? null : context.getCallerPrincipal().getName();
        return name == null || "ANONYMOUS".equals(name) ? "anonymous" : name;
    }

    private String address() {
        try {
            return origin.clientAddress();
        } catch (ContextNotActiveException e) {
            return null; // timers and other work outside a request
        }
    }
}
