package app.banso.ejb.notification;

import app.banso.domain.notification.MailMessage;
import app.banso.ejb.platform.Roles;
import app.banso.persistence.notification.MailMessageRepository;
import app.banso.persistence.platform.PageRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * The transactional outbox: {@link #enqueue} joins the caller's transaction, so an e-mail exists
 * exactly when the change it reports has committed. The relay sends it afterwards.
 */
@Stateless
public class MailOutbox {

    @Inject
    private MailMessageRepository repository;

    @Inject
    private Event<MailQueued> queued;

    @Inject
    private Clock clock;

    /**
     * Queues a message once per de-duplication key; a second call with the same key does nothing.
     * @return true when the message was queued now
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean enqueue(String dedupKey, String recipient, MailTemplates.Mail mail) {
        if (repository.existsByDedupKey(dedupKey)) {
            return false;
        }
        MailMessage message = repository.add(new MailMessage(dedupKey, recipient, mail.subject(), mail.body(), clock.instant()));
        queued.fire(new MailQueued(message.getId() == null ? -1 : message.getId()));
        return true;
    }

    /** As {@link #enqueue}, linked to the application it is about (its timeline shows it). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean enqueueAbout(long applicationId, String dedupKey, String recipient, MailTemplates.Mail mail, String fileName,
                                String contentType, byte[] content) {
        if (repository.existsByDedupKey(dedupKey)) {
            return false;
        }
        MailMessage message = new MailMessage(dedupKey, recipient, mail.subject(), mail.body(), clock.instant()).about(applicationId);
        if (content != null) {
            message.attach(fileName, contentType, content);
        }
        repository.add(message);
        queued.fire(new MailQueued(message.getId() == null ? -1 : message.getId()));
        return true;
    }

    /** The e-mails about an application, oldest first (for staff). */
    @RolesAllowed({Roles.SCREENER, Roles.ADMIN})
    public List<MailView> aboutApplication(long applicationId) {
        return repository.aboutApplication(applicationId).stream().map(MailView::of).toList();
    }

    /** As {@link #enqueue}, with one attached file (e.g. the adoption notice PDF). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean enqueue(String dedupKey, String recipient, MailTemplates.Mail mail, String fileName, String contentType,
                           byte[] content) {
        if (repository.existsByDedupKey(dedupKey)) {
            return false;
        }
        MailMessage message = repository.add(new MailMessage(dedupKey, recipient, mail.subject(), mail.body(), clock.instant())
                .attach(fileName, contentType, content));
        queued.fire(new MailQueued(message.getId() == null ? -1 : message.getId()));
        return true;
    }

    @RolesAllowed(Roles.ADMIN)
    public List<MailView> newestFirst(int first, int size) {
        return repository.newestFirst(new PageRequest(first, size)).stream().map(MailView::of).toList();
    }

    @RolesAllowed(Roles.ADMIN)
    public long count() {
        return repository.count();
    }

    /** ADMIN gives a failed message another round of attempts. */
    @RolesAllowed(Roles.ADMIN)
    public void retry(long id) {
        repository.find(id).ifPresent(m -> m.retry(clock.instant()));
    }
}
