package app.banso.ejb.intake;

import app.banso.domain.account.UserAccount;
import app.banso.domain.intake.Application;
import app.banso.domain.programme.Programme;
import app.banso.ejb.notification.MailOutbox;
import app.banso.ejb.notification.MailTemplates;
import app.banso.ejb.notification.PublicLinks;
import app.banso.ejb.notification.TemplateService;
import app.banso.persistence.account.UserAccountRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * E-mails to an application's applicant, in their language, through the outbox (in the
 * caller's transaction). Arguments {0} name, {1} company, {2} programme, {3} status page,
 * {4} application number, then the template's own.
 */
@Stateless
@PermitAll
public class ApplicantMail {

    @Inject
    private TemplateService templates;

    @Inject private MailOutbox outbox;
    @Inject private UserAccountRepository accounts;

    @Inject private PublicLinks links;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void send(Application application, String template, String dedupKey, Object... extra) {
        prepare(application, template, extra)
                .ifPresent(p -> outbox.enqueueAbout(application.getId(), dedupKey, p.to(), p.mail(), null, null, null));
    }

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void sendWithAttachment(Application application, String template, String dedupKey, String fileName, String contentType,
                                   byte[] content, Object... extra) {
        prepare(application, template, extra)
                .ifPresent(p -> outbox.enqueueAbout(application.getId(), dedupKey, p.to(), p.mail(), fileName, contentType, content));
    }

    /** An absolute link to a page of this application, from {@code banso.public.url}. */
    public String url(String path) {
        return links.url(path);
    }

    /** The applicant's language ("ja" or "en"). */
    public String languageOf(Application application) {
        return accounts.find(application.getOwnerAccountId()).map(UserAccount::getLanguage).orElse("ja");
    }

    private record Prepared(String to, MailTemplates.Mail mail) {
    }

    private Optional<Prepared> prepare(Application application, String template, Object... extra) {
        Optional<UserAccount> owner = accounts.find(application.getOwnerAccountId());
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        UserAccount o = owner.get();
        Programme p = application.getProgramme();
        Object[] args = new Object[5 + extra.length];
        args[0] = o.getDisplayName();
        args[1] = Optional.ofNullable(application.getCompanyAnswers().getLegalNameJa()).orElse("");
        args[2] = "en".equals(o.getLanguage()) ? p.getNameEn() : p.getNameJa();
        args[3] = url("/applicant/status.xhtml");
        args[4] = String.valueOf(application.getId());
        System.arraycopy(extra, 0, args, 5, extra.length);
        return Optional.of(new Prepared(o.getEmail(), templates.render(template, o.getLanguage(), args)));
    }
}
