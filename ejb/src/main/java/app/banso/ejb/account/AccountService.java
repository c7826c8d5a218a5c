package app.banso.ejb.account;

import app.banso.domain.account.AccountStatus;
import app.banso.domain.account.EmailAddress;
import app.banso.domain.account.PasswordHashing;
import app.banso.domain.account.RetiredEmail;
import app.banso.domain.account.Role;
import app.banso.domain.account.SignInFailure;
import app.banso.domain.account.SignInThrottle;
import app.banso.domain.account.UserAccount;
import app.banso.domain.shared.ConflictException;
import app.banso.domain.shared.InvalidDataException;
import app.banso.domain.shared.NotFoundException;
import app.banso.domain.shared.RuleId;
import app.banso.domain.shared.RuleViolationException;
import app.banso.ejb.audit.AuditLog;
import app.banso.ejb.audit.RequestOrigin;
import app.banso.ejb.notification.MailOutbox;
import app.banso.ejb.notification.MailTemplates;
import app.banso.ejb.notification.PublicLinks;
import app.banso.ejb.notification.TemplateService;
import app.banso.ejb.platform.Roles;
import app.banso.persistence.account.SignInFailureRepository;
import app.banso.persistence.account.UserAccountRepository;
import app.banso.persistence.platform.PageRequest;
import app.banso.persistence.screening.ScreeningRepository;
import app.banso.persistence.support.SupportRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Accounts: applicant self-registration with e-mail verification, credential checks for
 * Jakarta Security, and staff accounts created by ADMIN.
 */
@Stateless
@DeclareRoles({Roles.APPLICANT, Roles.SCREENER, Roles.COORDINATOR, Roles.ADMIN})
public class AccountService {

    @Inject
    private TemplateService templates;

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Verified against when the account does not exist, so both cases take the same time. */
    private static final String DUMMY_HASH = PasswordHashing.decoy();

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private MailOutbox outbox;

    @Inject
    private AuditLog audit;

    @Inject
    private SignInFailureRepository failures;

    @Inject
    private RequestOrigin origin;

    /** Failed sign-ins of one e-mail address within 15 minutes before it must wait. */
    @Inject
    @ConfigProperty(name = "banso.signin.account-limit", defaultValue = "5")
    int accountLimit;

    /** Failed sign-ins from one client address within 15 minutes before it must wait. */
    @Inject
    @ConfigProperty(name = "banso.signin.address-limit", defaultValue = "20")
    int addressLimit;

    @Inject
    private Clock clock;

    @Inject
    private SupportRepository cases;

    @Inject
    private ScreeningRepository screening;

    @Inject
    private Event<EndedSessions.SessionsEndedEvent> sessionsEnded;

    @Resource
    private SessionContext context;

    @Inject
    private PublicLinks links;

    private final PasswordHashing hashing = new PasswordHashing();

    /**
     * An applicant registers. The answer never tells whether the address was already known:
     * a new address gets a verification link, a known one a reminder to sign in, and one that
     * was registered but never confirmed (the 48-hour link expired or was lost) a link that
     * confirms it and sets the password.
     */
    @PermitAll
    public void register(@NotNull String email, @NotNull char[] password, @NotNull String displayName, String language) {
        String normalised = EmailAddress.normalise(email);
        PasswordHashing.checkPolicy(password);
        Optional<UserAccount> existing = accounts.findByEmail(normalised);
        if (existing.isPresent() && existing.get().getStatus() == AccountStatus.PENDING_VERIFICATION) {
            registerUnconfirmedAgain(existing.get());
            return;
        }
        if (existing.isPresent()) {
            UserAccount known = existing.get();
            outbox.enqueue("already-registered:" + known.getId() + ":" + clock.millis(), known.getEmail(),
                    templates.render("alreadyRegistered", known.getLanguage(), known.getDisplayName(), base() + "/signin.xhtml"));
            audit.recordAlone(normalised, "REGISTER_KNOWN_ADDRESS", "account:" + known.getId(), null);
            return;
        }
        Optional<RetiredEmail> retired = accounts.retired(normalised);
        if (retired.isPresent()) {
            outbox.enqueue("address-retired:" + normalised + ":" + clock.millis(), normalised,
                    templates.render("addressRetired", "en".equals(language) ? "en" : "ja", displayName.strip()));
            audit.recordAlone(normalised, "REGISTER_RETIRED_ADDRESS", "account:" + retired.get().getAccountId(), null);
            return;
        }
        String token = newToken();
        UserAccount account = accounts.add(UserAccount.registerApplicant(normalised, hashing.hash(password), displayName,
                language, token, clock.instant()));
        outbox.enqueue("verify:" + normalised + ":" + clock.millis(), normalised,
                templates.render("verify", account.getLanguage(), account.getDisplayName(), base() + "/verify.xhtml?token=" + token));
        audit.record("REGISTERED", "account:" + normalised, "role=APPLICANT");
    }

    /**
     * An address registered again before it was ever confirmed: the mailbox's owner gets the
     * password link ({@code /reset.xhtml}), which confirms the address and lets them choose the
     * password. The password typed in this registration is not taken and the first registration's
     * confirmation link stops working, so whoever registered the address, only the one who reads
     * its mail now chooses the password. The reset link's limits apply (60 minutes, once, at most
     * one every five minutes).
     */
    private void registerUnconfirmedAgain(UserAccount pending) {
        Instant now = clock.instant();
        if (!pending.mayRequestPasswordReset(now)) {
            audit.recordAlone(pending.getEmail(), "REGISTER_UNCONFIRMED_ADDRESS", "account:" + pending.getId(), "sent less than 5 minutes ago");
            return;
        }
        mailPasswordLink(pending, "registrationPending", pending.registerAgainBeforeConfirming(newToken(), now), now);
        audit.recordAlone(pending.getEmail(), "REGISTER_UNCONFIRMED_ADDRESS", "account:" + pending.getId(), "link sent");
    }

    /** E-mails the link to {@code /reset.xhtml} with the token just kept on the account, in the account's language. */
    private void mailPasswordLink(UserAccount account, String template, String token, Instant now) {
        outbox.enqueue(template + ":" + account.getId() + ":" + now.toEpochMilli(), account.getEmail(),
                templates.render(template, account.getLanguage(), account.getDisplayName(),
                        base() + "/reset.xhtml?token=" + token, UserAccount.PASSWORD_RESET_VALIDITY.toMinutes()));
    }

    /** Follows the link from the verification e-mail. @return true when the account is now active */
    @PermitAll
    public boolean verifyEmail(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return false;
        }
        Optional<UserAccount> account = accounts.findByVerificationTokenSha256(UserAccount.sha256(token));
        boolean ok = account.map(a -> a.verifyEmail(token, clock.instant())).orElse(false);
        account.filter(a -> ok).ifPresent(a -> audit.recordAs(a.getEmail(), "EMAIL_VERIFIED", "account:" + a.getId(), null));
        return ok;
    }

    /**
     * A forgotten password: e-mails a link that sets a new one, works once and for an hour. The
     * answer never tells whether the address has an account; a disabled account gets no link, and
     * an account gets at most one link every five minutes (each attempt is audited either way).
     */
    @PermitAll
    public void requestPasswordReset(@NotNull String email) {
        String normalised = EmailAddress.normalise(email);
        Optional<UserAccount> found = accounts.findByEmail(normalised);
        Instant now = clock.instant();
        if (found.isEmpty() || !found.get().mayRequestPasswordReset(now)) {
            audit.recordAlone(normalised, "PASSWORD_RESET_NOT_SENT", "account:" + found.map(a -> a.getId().toString()).orElse(normalised),
                    found.isEmpty() ? "unknown address" : found.get().getStatus() == AccountStatus.DISABLED ? "disabled" : "sent less than 5 minutes ago");
            return;
        }
        UserAccount account = found.get();
        mailPasswordLink(account, "passwordReset", account.requestPasswordReset(newToken(), now), now);
        audit.recordAlone(normalised, "PASSWORD_RESET_SENT", "account:" + account.getId(), null);
    }

    /** Whether a reset link still works (the page asks before it offers the new-password form). */
    @PermitAll
    public boolean passwordResetLinkWorks(String token) {
        return resettable(token).isPresent();
    }

    /**
     * Follows the reset link: the new password must meet the policy (checked first, so a refused
     * password leaves the link working); the link then works no more, the account's failed
     * sign-ins are forgotten, and an account waiting for its address to be verified is active.
     * @return false when the link is wrong, used or expired
     */
    @PermitAll
    public boolean resetPassword(String token, @NotNull char[] newPassword) {
        PasswordHashing.checkPolicy(newPassword);
        Optional<UserAccount> account = resettable(token);
        if (account.isEmpty()) {
            return false;
        }
        UserAccount a = account.get();
        a.resetPassword(token, hashing.hash(newPassword), clock.instant());
        sessionsEnded.fire(new EndedSessions.SessionsEndedEvent(a.getId(), a.getSessionGeneration()));
        failures.clearAccount(a.getEmail());
        audit.recordAlone(a.getEmail(), "PASSWORD_RESET", "account:" + a.getId(), null);
        return true;
    }

    private Optional<UserAccount> resettable(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return accounts.findByPasswordResetSha256(UserAccount.sha256(token)).filter(a -> a.acceptsPasswordReset(token, now));
    }

    /**
     * Checks a password for Jakarta Security. Unknown accounts and wrong passwords give the same
     * answer after the same work. While {@link SignInThrottle} makes the e-mail address or the
     * client address wait, no password is checked at all (the same work is still done); the
     * attempt is audited and does not count as a further failure.
     */
    @PermitAll
    public Optional<SignedInUser> authenticate(String email, char[] password) {
        return signIn(email, password).user();
    }

    /**
     * What came of a sign-in: the user, or nothing; {@code unconfirmed} when the password was right
     * but the address was never confirmed (only then may the sign-in page say so: whoever knows the
     * password registered the address), {@code disabled} when it was right but ADMIN disabled the
     * account (only its owner learns that it is disabled and whom to ask).
     */
    public record SignInOutcome(Optional<SignedInUser> user, boolean unconfirmed, boolean disabled) {
        static final SignInOutcome REFUSED = new SignInOutcome(Optional.empty(), false, false);
    }

    /** {@link #authenticate}, telling also whether the refusal was an address never confirmed. */
    @PermitAll
    public SignInOutcome signIn(String email, char[] password) {
        String normalised = throttleKey(email);
        String address = Optional.ofNullable(origin.clientAddress()).orElse("unknown");
        Instant now = clock.instant();
        Optional<Duration> wait = waitFor(normalised, address, now);
        if (wait.isPresent()) {
            hashing.verify(password, DUMMY_HASH);
            audit.recordAlone(normalised, "SIGN_IN_THROTTLED", null, "wait " + wait.get().toSeconds() + " s");
            return SignInOutcome.REFUSED;
        }
        Optional<UserAccount> account = normalised.isEmpty() || normalised.length() > 254 ? Optional.empty()
                : accounts.findByEmail(normalised);
        boolean matches = hashing.verify(password, account.map(UserAccount::getPasswordHash).orElse(DUMMY_HASH));
        if (account.isEmpty() || !matches || !account.get().canSignIn()) {
            failures.add(new SignInFailure(normalised, address, now));
            audit.recordAlone(normalised, "SIGN_IN_FAILED", null,
                    account.isEmpty() ? "unknown account" : !matches ? "wrong password" : "account " + account.get().getStatus());
            return new SignInOutcome(Optional.empty(),
                    matches && account.isPresent() && account.get().getStatus() == AccountStatus.PENDING_VERIFICATION,
                    matches && account.isPresent() && account.get().getStatus() == AccountStatus.DISABLED);
        }
        UserAccount a = account.get();
        failures.clearAccount(normalised);
        accounts.recordSignIn(a.getId(), now);
        audit.record("SIGNED_IN", "account:" + a.getId(), a.getRole().name());
        return new SignInOutcome(Optional.of(new SignedInUser(a.getId(), a.getEmail(), a.getDisplayName(), a.getRole(), a.getLanguage(), a.getSessionGeneration())), false, false);
    }

    /**
     * How long this e-mail address must wait from the current client address before signing in
     * again (for the sign-in page's message); empty when it may try now. It says the same for an
     * address that has no account.
     */
    @PermitAll
    public Optional<Duration> signInWait(String email) {
        return waitFor(throttleKey(email), Optional.ofNullable(origin.clientAddress()).orElse("unknown"), clock.instant());
    }

    /** The daily clean-up: failures older than the window no longer count. @return rows removed */
    @PermitAll
    public int forgetOldSignInFailures() {
        return failures.deleteBefore(clock.instant().minus(SignInThrottle.WINDOW));
    }

    /**
     * The key failures are counted under: the normalised address, or the typed text trimmed and
     * lower-cased when it is no address at all (so the throttle and its message agree).
     */
    private static String throttleKey(String email) {
        try {
            return EmailAddress.normalise(email);
        } catch (InvalidDataException e) {
            return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        }
    }

    private Optional<Duration> waitFor(String accountKey, String address, Instant now) {
        Instant since = now.minus(SignInThrottle.WINDOW);
        return new SignInThrottle(accountLimit, addressLimit)
                .waitFor(failures.ofAccount(accountKey, since), failures.ofAddress(address, since), now);
    }

    /** ADMIN creates a staff account that can sign in at once with the given initial password. */
    @RolesAllowed(Roles.ADMIN)
    public long createStaffAccount(@NotNull String email, @NotNull String displayName, @NotNull Role role,
                                   @NotNull char[] initialPassword, String language) {
        if (!role.isStaff()) {
            throw new InvalidDataException("role", "account.staffRoleRequired");
        }
        String normalised = EmailAddress.normalise(email);
        PasswordHashing.checkPolicy(initialPassword);
        if (accounts.addressTaken(normalised, null)) {
            throw new ConflictException(null, "account.emailTaken");
        }
        UserAccount account = accounts.add(UserAccount.createActive(normalised, hashing.hash(initialPassword), role,
                displayName, language, clock.instant()));
        outbox.enqueue("staff-welcome:" + normalised, normalised,
                templates.render("staffWelcome", account.getLanguage(), account.getDisplayName(), role.name(), base() + "/signin.xhtml"));
        audit.record("STAFF_ACCOUNT_CREATED", "account:" + normalised, "role=" + role);
        return account.getId();
    }

    /**
     * ADMIN's list of accounts: those whose address or name contains the search text (all for a
     * blank one), each with the work still assigned to it (applications awaiting a decision for
     * screening staff, open cases for a coordinator) so that ADMIN sees what to hand over, and the
     * addresses an applicant moved from (a search finds them too): four queries per page.
     */
    @RolesAllowed(Roles.ADMIN)
    public List<AccountSummary> accounts(String search, int first, int size) {
        List<UserAccount> page = accounts.page(search, new PageRequest(first, size));
        Map<String, Long> applications = screening.countAwaitingDecisionAssignedTo(page.stream()
                .filter(a -> a.getRole().screens()).map(UserAccount::getEmail).toList());
        Map<String, Long> openCases = cases.countOpenCases(page.stream()
                .filter(a -> a.getRole() == Role.COORDINATOR).map(UserAccount::getEmail).toList());
        Map<Long, List<String>> former = accounts.formerAddresses(page.stream()
                .filter(a -> a.getRole() == Role.APPLICANT).map(UserAccount::getId).toList());
        return page.stream()
                .map(a -> new AccountSummary(a.getId(), a.getEmail(), a.getDisplayName(), a.getRole(), a.getStatus(),
                        a.getCreatedAt(), a.getLastSignInAt().orElse(null),
                        a.getRole() == Role.COORDINATOR ? openCases.getOrDefault(a.getEmail(), 0L)
                                : applications.getOrDefault(a.getEmail(), 0L),
                        List.copyOf(former.getOrDefault(a.getId(), List.of()))))
                .toList();
    }

    @RolesAllowed(Roles.ADMIN)
    public long accountCount(String search) {
        return accounts.count(search);
    }

    /**
     * ADMIN disables an account (a member of staff who left, an abusive registration): it can no
     * longer sign in or get a password link, and its sessions end on every node. Its data stays.
     * Refused for the ADMIN's own account (someone must be left to enable it again) and for a
     * coordinator who still has open support cases: each adopted company keeps a coordinator
     * (SUPPORT-8), so those cases are given to another one first.
     * @return false when the account was already disabled
     */
    @RolesAllowed(Roles.ADMIN)
    public boolean disableAccount(long id) {
        UserAccount account = account(id);
        refuseOwn(account, "account.disableOwn");
        if (account.getRole() == Role.COORDINATOR) {
            requireNoOpenCases(account);
        }
        if (!account.disable(clock.instant())) {
            return false;
        }
        sessionsEnded.fire(new EndedSessions.SessionsEndedEvent(account.getId(), account.getSessionGeneration()));
        audit.record("ACCOUNT_DISABLED", "account:" + account.getId(), account.getRole().name());
        return true;
    }

    /**
     * ADMIN gives a member of staff another staff role; their sessions end on every node, so the
     * next sign-in carries the new role. Refused for the ADMIN's own account, for applicants'
     * accounts, and for a coordinator who still has open support cases (SUPPORT-8, as when
     * disabling).
     * @return false when the account already had that role
     */
    @RolesAllowed(Roles.ADMIN)
    public boolean changeRole(long id, @NotNull Role role) {
        UserAccount account = account(id);
        refuseOwn(account, "account.changeOwnRole");
        Role before = account.getRole();
        if (before == Role.COORDINATOR && role != Role.COORDINATOR) {
            requireNoOpenCases(account);
        }
        if (!account.changeRole(role, clock.instant())) {
            return false;
        }
        sessionsEnded.fire(new EndedSessions.SessionsEndedEvent(account.getId(), account.getSessionGeneration()));
        audit.record("ACCOUNT_ROLE_CHANGED", "account:" + account.getId(), before + " -> " + role);
        return true;
    }

    private UserAccount account(long id) {
        return accounts.find(id).orElseThrow(() -> new NotFoundException("account", id));
    }

    /** ADMIN does not lock themselves out: their own account is changed by another ADMIN. */
    private void refuseOwn(UserAccount account, String messageKey) {
        if (account.getEmail().equals(context.getCallerPrincipal().getName())) {
            throw new ConflictException(null, messageKey);
        }
    }

    /** A coordinator who leaves that role keeps no open case: each company keeps a coordinator (SUPPORT-8). */
    private void requireNoOpenCases(UserAccount coordinator) {
        long open = cases.countOpenCases(coordinator.getEmail());
        if (open > 0) {
            throw new RuleViolationException(RuleId.SUPPORT_8, "account.coordinatorHasCases", open);
        }
    }

    /**
     * ADMIN enables a disabled account again: it signs in with its password as before.
     * @return false when the account was not disabled
     */
    @RolesAllowed(Roles.ADMIN)
    public boolean enableAccount(long id) {
        UserAccount account = account(id);
        if (!account.enable()) {
            return false;
        }
        audit.record("ACCOUNT_ENABLED", "account:" + account.getId(), account.getRole().name());
        return true;
    }

    /** The signed-in caller's own account. */
    @RolesAllowed({Roles.APPLICANT, Roles.SCREENER, Roles.COORDINATOR, Roles.ADMIN})
    public Optional<SignedInUser> me() {
        return accounts.findByEmail(context.getCallerPrincipal().getName())
                .map(a -> new SignedInUser(a.getId(), a.getEmail(), a.getDisplayName(), a.getRole(), a.getLanguage(), a.getSessionGeneration()));
    }

    /** What came of a password change. */
    public enum PasswordChange {
        CHANGED,
        /** The current password was wrong; counted as a failed sign-in of the account. */
        WRONG_PASSWORD,
        /** Too many failed sign-ins: nothing was checked ({@link #signInWait} says how long). */
        MUST_WAIT
    }

    /**
     * A signed-in user changes their password. The new one must meet the policy and differ from
     * the current one, which is checked like a sign-in (a wrong one counts as a failed sign-in, so
     * a stolen session cannot guess it; while the account must wait, nothing is checked). The
     * account's address is told by e-mail, with the way to reset it if it was not them.
     */
    @RolesAllowed({Roles.APPLICANT, Roles.SCREENER, Roles.COORDINATOR, Roles.ADMIN})
    public PasswordChange changePassword(@NotNull char[] current, @NotNull char[] newPassword) {
        PasswordHashing.checkPolicy(newPassword);
        if (Arrays.equals(current, newPassword)) {
            throw new InvalidDataException("newPassword", "password.unchanged");
        }
        UserAccount account = accounts.findByEmail(context.getCallerPrincipal().getName()).orElseThrow();
        String address = Optional.ofNullable(origin.clientAddress()).orElse("unknown");
        Instant now = clock.instant();
        if (waitFor(account.getEmail(), address, now).isPresent()) {
            audit.recordAlone(account.getEmail(), "PASSWORD_CHANGE_THROTTLED", "account:" + account.getId(), null);
            return PasswordChange.MUST_WAIT;
        }
        if (!hashing.verify(current, account.getPasswordHash())) {
            failures.add(new SignInFailure(account.getEmail(), address, now));
            audit.recordAlone(account.getEmail(), "PASSWORD_CHANGE_FAILED", "account:" + account.getId(), "wrong current password");
            return PasswordChange.WRONG_PASSWORD;
        }
        account.choosePassword(hashing.hash(newPassword), now);
        sessionsEnded.fire(new EndedSessions.SessionsEndedEvent(account.getId(), account.getSessionGeneration()));
        outbox.enqueue("password-changed:" + account.getId() + ":" + now.toEpochMilli(), account.getEmail(),
                templates.render("passwordChanged", account.getLanguage(), account.getDisplayName(), base() + "/forgot.xhtml"));
        audit.record("PASSWORD_CHANGED", "account:" + account.getId(), null);
        return PasswordChange.CHANGED;
    }

    /** What came of a request to sign in with another address. */
    public enum EmailChange {
        /** A link was mailed to the new address (or, when another account has it, a notice to it). */
        SENT,
        /** The current password was wrong; counted as a failed sign-in of the account. */
        WRONG_PASSWORD,
        /** Too many failed sign-ins: nothing was checked ({@link #signInWait} says how long). */
        MUST_WAIT,
        /** A link was mailed less than five minutes ago: nothing was sent. */
        TOO_SOON
    }

    /**
     * An applicant asks to sign in with another address (a new person in charge, a new domain).
     * The current password is checked like a sign-in; the new address gets a link that works once
     * for 24 hours, and nothing changes until it is followed ({@link #confirmEmailChange}). The
     * answer never tells whether the address has an account: when another account has it (or had
     * it: {@code RetiredEmail}), that address is told instead and the link is never mailed. Only applicants: a member of staff is
     * named by address on applications and cases.
     */
    @RolesAllowed(Roles.APPLICANT)
    public EmailChange requestEmailChange(@NotNull char[] current, @NotNull String newEmail) {
        String normalised = EmailAddress.normalise(newEmail);
        UserAccount account = accounts.findByEmail(context.getCallerPrincipal().getName()).orElseThrow();
        if (normalised.equals(account.getEmail())) {
            throw new InvalidDataException("email", "emailChange.unchanged");
        }
        String address = Optional.ofNullable(origin.clientAddress()).orElse("unknown");
        Instant now = clock.instant();
        if (waitFor(account.getEmail(), address, now).isPresent()) {
            audit.recordAlone(account.getEmail(), "EMAIL_CHANGE_THROTTLED", "account:" + account.getId(), null);
            return EmailChange.MUST_WAIT;
        }
        if (!hashing.verify(current, account.getPasswordHash())) {
            failures.add(new SignInFailure(account.getEmail(), address, now));
            audit.recordAlone(account.getEmail(), "EMAIL_CHANGE_FAILED", "account:" + account.getId(), "wrong current password");
            return EmailChange.WRONG_PASSWORD;
        }
        if (!account.mayRequestEmailChange(now)) {
            return EmailChange.TOO_SOON;
        }
        String token = account.requestEmailChange(normalised, newToken(), now);
        Optional<UserAccount> holder = accounts.findByEmail(normalised);
        if (holder.isPresent()) {
            UserAccount other = holder.get();
            outbox.enqueue("email-taken:" + account.getId() + ":" + now.toEpochMilli(), other.getEmail(),
                    templates.render("emailTaken", other.getLanguage(), other.getDisplayName(), base() + "/signin.xhtml"));
            audit.record("EMAIL_CHANGE_ADDRESS_TAKEN", "account:" + account.getId(), "account:" + other.getId());
        } else if (accounts.retired(normalised).filter(r -> !r.mayBeTakenBy(account.getId())).isPresent()) {
            outbox.enqueue("address-retired:" + account.getId() + ":" + now.toEpochMilli(), normalised,
                    templates.render("addressRetired", account.getLanguage(), account.getDisplayName()));
            audit.record("EMAIL_CHANGE_ADDRESS_RETIRED", "account:" + account.getId(), null);
        } else {
            outbox.enqueue("email-change:" + account.getId() + ":" + now.toEpochMilli(), normalised,
                    templates.render("emailChange", account.getLanguage(), account.getDisplayName(),
                            base() + "/confirm-email.xhtml?token=" + token, UserAccount.EMAIL_CHANGE_VALIDITY.toHours(), normalised));
            audit.record("EMAIL_CHANGE_REQUESTED", "account:" + account.getId(), null);
        }
        return EmailChange.SENT;
    }

    /** The signed-in applicant's address change that waits for its link to be followed, if any. */
    @RolesAllowed(Roles.APPLICANT)
    public Optional<PendingEmailChange> pendingEmailChange() {
        UserAccount account = accounts.findByEmail(context.getCallerPrincipal().getName()).orElseThrow();
        return account.emailChangeUntil(clock.instant())
                .map(until -> new PendingEmailChange(account.getPendingEmail().orElseThrow(), until));
    }

    /** An address change asked for and not confirmed yet: the new address, and until when its link works. */
    public record PendingEmailChange(String address, Instant until) implements Serializable {
    }

    /** The address a link from {@link #requestEmailChange} would move the sign-in to, while it works. */
    @PermitAll
    public Optional<String> emailChangeTarget(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return accounts.findByEmailChangeSha256(UserAccount.sha256(token)).flatMap(a -> a.emailChangeOf(token, clock.instant()));
    }

    /** What came of following a link to a new address. */
    public enum EmailConfirmation {
        CHANGED,
        /** Wrong, used or expired. */
        LINK_INVALID,
        /** Another account took the address meanwhile: nothing changed. */
        ADDRESS_TAKEN
    }

    /**
     * The link mailed to the new address is followed (signed in or not: it proves the mailbox, the
     * request proved the password). The account signs in with the new address from now on, its
     * sessions end on every node, and the old address is told, with how to reach the office.
     */
    @PermitAll
    public EmailConfirmation confirmEmailChange(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return EmailConfirmation.LINK_INVALID;
        }
        Instant now = clock.instant();
        Optional<UserAccount> found = accounts.findByEmailChangeSha256(UserAccount.sha256(token));
        Optional<String> target = found.flatMap(a -> a.emailChangeOf(token, now));
        if (target.isEmpty()) {
            return EmailConfirmation.LINK_INVALID;
        }
        UserAccount account = found.get();
        if (accounts.addressTaken(target.get(), account.getId())) {
            return EmailConfirmation.ADDRESS_TAKEN;
        }
        String old = account.confirmEmailChange(token, now).orElseThrow();
        accounts.retire(old, account.getId(), now);
        sessionsEnded.fire(new EndedSessions.SessionsEndedEvent(account.getId(), account.getSessionGeneration()));
        outbox.enqueue("email-changed:" + account.getId() + ":" + now.toEpochMilli(), old,
                templates.render("emailChanged", account.getLanguage(), account.getDisplayName(), account.getEmail()));
        audit.recordAs(account.getEmail(), "EMAIL_CHANGED", "account:" + account.getId(), "from " + old);
        return EmailConfirmation.CHANGED;
    }

    /** The signed-in user's language choice is kept for e-mails and the next sign-in. */
    @RolesAllowed({Roles.APPLICANT, Roles.SCREENER, Roles.COORDINATOR, Roles.ADMIN})
    public void changeLanguage(String language) {
        accounts.findByEmail(context.getCallerPrincipal().getName()).ifPresent(a -> a.changeLanguage(language));
    }

    private String base() {
        return links.url("");
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
