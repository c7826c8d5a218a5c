package app.banso.ejb.notification;

import app.banso.domain.account.UserAccount;
import app.banso.persistence.account.UserAccountRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * E-mails to members of staff about work given to them, in their language, through the outbox in
 * the caller's transaction (sent only if the assignment commits). They name no company: the link
 * opens the list behind the sign-in.
 */
@Stateless
@PermitAll
public class StaffMail {

    /** Applications awaiting a screening decision given to a screener; the link opens the inbox. */
    public static final String APPLICATIONS_ASSIGNED = "applicationsAssigned";
    /** Support cases given to a coordinator; the link opens the cases list. */
    public static final String CASES_ASSIGNED = "casesAssigned";

    @Inject private TemplateService templates;
    @Inject private MailOutbox outbox;
    @Inject private UserAccountRepository accounts;
    @Inject private Clock clock;

    @Inject private PublicLinks links;

    /**
     * Tells the account that {@code count} items were given to it by someone else. Nothing is sent
     * for none (also: given again to whoever had them), to the caller themself, or to an account
     * that cannot sign in.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void workAssigned(String to, String caller, String template, int count) {
        if (count == 0 || to.equals(caller)) {
            return;
        }
        String path = APPLICATIONS_ASSIGNED.equals(template) ? "/staff/inbox.xhtml" : "/staff/cases.xhtml";
        accounts.findByEmail(to).filter(UserAccount::canSignIn).ifPresent(a -> outbox.enqueue(
                template + ":" + a.getId() + ":" + clock.instant().toEpochMilli() + ":" + count, a.getEmail(),
                templates.render(template, a.getLanguage(), a.getDisplayName(), count, links.url(path))));
    }
}
