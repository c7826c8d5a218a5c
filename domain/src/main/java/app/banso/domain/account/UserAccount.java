package app.banso.domain.account;

import app.banso.domain.shared.InvalidDataException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * A person who signs in. Applicants register themselves and verify their e-mail address before
 * the first sign-in; staff accounts are created active by an ADMIN. The verification token is
 * stored only as its SHA-256, so a database reader cannot use it.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

    public static final int NAME_MAX = 100;
    public static final Duration VERIFICATION_VALIDITY = Duration.ofHours(48);
    /** How long a link to reset a forgotten password works. */
    public static final Duration PASSWORD_RESET_VALIDITY = Duration.ofHours(1);
    /** At most one reset e-mail per account in this time: a stranger cannot flood a mailbox. */
    public static final Duration PASSWORD_RESET_INTERVAL = Duration.ofMinutes(5);
    /** How long the link that confirms a new sign-in address works. */
    public static final Duration EMAIL_CHANGE_VALIDITY = Duration.ofHours(24);
    /** At most one confirmation e-mail for a new address per account in this time. */
    public static final Duration EMAIL_CHANGE_INTERVAL = Duration.ofMinutes(5);

    @Id
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    private Long id;

    @NotBlank @Size(max = EmailAddress.MAX)
    @Column(name = "email", nullable = false, unique = true, length = EmailAddress.MAX)
    private String email;

    @NotBlank
    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Role role;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private AccountStatus status;

    @NotBlank @Size(max = NAME_MAX)
    @Column(name = "display_name", nullable = false, length = NAME_MAX)
    private String displayName;

    @NotBlank @Size(max = 5)
    @Column(name = "language", nullable = false, length = 5)
    private String language;

    @Column(name = "verification_token_sha256", length = 64)
    private String verificationTokenSha256;

    @Column(name = "verification_expires_at")
    private Instant verificationExpiresAt;

    @Column(name = "password_reset_sha256", length = 64)
    private String passwordResetSha256;

    @Column(name = "password_reset_expires_at")
    private Instant passwordResetExpiresAt;

    @Column(name = "password_reset_requested_at")
    private Instant passwordResetRequestedAt;

    /** The address an applicant asked to sign in with, until its link is followed ({@link #confirmEmailChange}). */
    @Size(max = EmailAddress.MAX)
    @Column(name = "pending_email", length = EmailAddress.MAX)
    private String pendingEmail;

    @Column(name = "email_change_sha256", length = 64)
    private String emailChangeSha256;

    @Column(name = "email_change_expires_at")
    private Instant emailChangeExpiresAt;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    /**
     * Counts the times this account's sessions were ended (a password changed or reset, a staff role
     * changed, the account disabled): a session remembers the number at its sign-in and ends once the account's is
     * higher ({@link #endedSession}), on every node.
     */
    @Column(name = "session_generation", nullable = false)
    private int sessionGeneration;

    /** When the sessions were last ended: each node looks for accounts ended since it last looked. */
    @Column(name = "sessions_ended_at")
    private Instant sessionsEndedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected UserAccount() {
        // for JPA
    }

    private UserAccount(String email, String passwordHash, Role role, AccountStatus status, String displayName,
                        String language, Instant now) {
        this.email = EmailAddress.normalise(email);
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.role = Objects.requireNonNull(role, "role");
        this.status = status;
        this.displayName = requireName(displayName);
        this.language = "en".equals(language) ? "en" : "ja";
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    /** Self-registration of an applicant; the account waits for e-mail verification. */
    public static UserAccount registerApplicant(String email, String passwordHash, String displayName, String language,
                                                String verificationToken, Instant now) {
        UserAccount account = new UserAccount(email, passwordHash, Role.APPLICANT, AccountStatus.PENDING_VERIFICATION,
                displayName, language, now);
        account.verificationTokenSha256 = sha256(verificationToken);
        account.verificationExpiresAt = now.plus(VERIFICATION_VALIDITY);
        return account;
    }

    /** A staff account (or a demo account) created active by an administrator. */
    public static UserAccount createActive(String email, String passwordHash, Role role, String displayName,
                                           String language, Instant now) {
        return new UserAccount(email, passwordHash, role, AccountStatus.ACTIVE, displayName, language, now);
    }

    /**
     * Activates the account when the token matches and has not expired.
     * @return false when the token is wrong or expired (the caller says so, without detail)
     */
    public boolean verifyEmail(String token, Instant now) {
        if (status == AccountStatus.ACTIVE && verificationTokenSha256 == null) {
            return true;
        }
        if (status != AccountStatus.PENDING_VERIFICATION || !isTokenOf(verificationTokenSha256, token)
                || now.isAfter(verificationExpiresAt)) {
            return false;
        }
        activate();
        return true;
    }

    /**
     * Registered again before the address was confirmed: the earlier confirmation link stops
     * working, and the password link ({@link #requestPasswordReset}, same limits) confirms the
     * address instead, with a password chosen by whoever reads the address's mail now.
     * @return the password link's token, to be mailed
     */
    public String registerAgainBeforeConfirming(String passwordLinkToken, Instant now) {
        if (status != AccountStatus.PENDING_VERIFICATION) {
            throw new IllegalStateException("the address is already confirmed");
        }
        verificationTokenSha256 = null;
        verificationExpiresAt = null;
        return requestPasswordReset(passwordLinkToken, now);
    }

    /**
     * Whether a link to reset the password may be e-mailed now: never for a disabled account, and
     * at most once every {@link #PASSWORD_RESET_INTERVAL}.
     */
    public boolean mayRequestPasswordReset(Instant now) {
        return status != AccountStatus.DISABLED
                && (passwordResetRequestedAt == null || !now.isBefore(passwordResetRequestedAt.plus(PASSWORD_RESET_INTERVAL)));
    }

    /**
     * A forgotten password: the token of the e-mailed link replaces any earlier one; only its hash is kept.
     * @return the token, to be mailed
     */
    public String requestPasswordReset(String token, Instant now) {
        if (!mayRequestPasswordReset(now)) {
            throw new IllegalStateException("no reset for this account now");
        }
        passwordResetSha256 = sha256(Objects.requireNonNull(token));
        passwordResetExpiresAt = now.plus(PASSWORD_RESET_VALIDITY);
        passwordResetRequestedAt = now;
        return token;
    }

    /** Whether the reset link's token is this account's latest, unused and not expired. */
    public boolean acceptsPasswordReset(String token, Instant now) {
        return status != AccountStatus.DISABLED && isTokenOf(passwordResetSha256, token) && !now.isAfter(passwordResetExpiresAt);
    }

    /** Whether a link's token is the one whose hash is kept (compared in constant time); false when none is kept. */
    private static boolean isTokenOf(String keptSha256, String token) {
        return keptSha256 != null && token != null
                && MessageDigest.isEqual(keptSha256.getBytes(StandardCharsets.US_ASCII), sha256(token).getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * Sets the new password through the reset link; the link works once. The link was mailed to the
     * address, so an account still waiting for its address to be verified becomes active too.
     * @return false when the link is wrong, used or expired (nothing changes)
     */
    public boolean resetPassword(String token, String newHash, Instant now) {
        if (!acceptsPasswordReset(token, now)) {
            return false;
        }
        passwordHash = Objects.requireNonNull(newHash, "newHash");
        passwordResetSha256 = null;
        passwordResetExpiresAt = null;
        endSessions(now);
        if (status == AccountStatus.PENDING_VERIFICATION) {
            activate();
        }
        return true;
    }

    public boolean canSignIn() {
        return status == AccountStatus.ACTIVE;
    }

    /**
     * The signed-in user chose a new password: a reset link mailed earlier stops working and every
     * session signed in before ends (the one that changed it is signed in again by the caller).
     */
    public void choosePassword(String newHash, Instant now) {
        passwordHash = Objects.requireNonNull(newHash, "newHash");
        passwordResetSha256 = null;
        passwordResetExpiresAt = null;
        endSessions(now);
    }

    /** Written by {@code UserAccountRepository.recordSignIn}, outside optimistic locking. */
    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash, "newHash");
    }

    public void changeLanguage(String lang) {
        this.language = "en".equals(lang) ? "en" : "ja";
    }

    /**
     * No more sign-ins, password links or sessions: the account's sessions end on every node (a
     * member of staff who left, an abusive registration). Its data stays.
     * @return false when it was already disabled (nothing changes)
     */
    public boolean disable(Instant now) {
        if (status == AccountStatus.DISABLED) {
            return false;
        }
        status = AccountStatus.DISABLED;
        passwordResetSha256 = null;
        passwordResetExpiresAt = null;
        endSessions(now);
        return true;
    }

    /**
     * A disabled account may sign in again with its password (an address never confirmed before
     * it was disabled is taken as confirmed: the administrator vouches for it).
     * @return false when it was not disabled (nothing changes)
     */
    public boolean enable() {
        if (status != AccountStatus.DISABLED) {
            return false;
        }
        activate();
        return true;
    }

    /**
     * A member of staff takes another staff role (a screener becomes a coordinator, say): the
     * sessions signed in with the old role end, so the next sign-in carries the new one. An
     * applicant's account never becomes staff, nor the other way round.
     * @return false when the account already has that role (nothing changes)
     */
    public boolean changeRole(Role newRole, Instant now) {
        Objects.requireNonNull(newRole, "newRole");
        if (!role.isStaff() || !newRole.isStaff()) {
            throw new InvalidDataException("role", "account.staffRoleRequired");
        }
        if (role == newRole) {
            return false;
        }
        role = newRole;
        endSessions(now);
        return true;
    }

    /**
     * Whether a link to confirm a new address may be e-mailed now: only an applicant's active account
     * (a member of staff is named by address on applications and cases, so staff addresses stay),
     * and at most once every {@link #EMAIL_CHANGE_INTERVAL}.
     */
    public boolean mayRequestEmailChange(Instant now) {
        return role == Role.APPLICANT && status == AccountStatus.ACTIVE
                && (emailChangeExpiresAt == null
                    || !now.isBefore(emailChangeExpiresAt.minus(EMAIL_CHANGE_VALIDITY).plus(EMAIL_CHANGE_INTERVAL)));
    }

    /**
     * An applicant asks to sign in with another address. Nothing changes until the link mailed to
     * that address is followed; a later request replaces the earlier one and its link.
     * @return the token of the link, to be mailed to the new address
     * @throws InvalidDataException ({@code email}) for an address that is not one or is the current one
     */
    public String requestEmailChange(String newEmail, String token, Instant now) {
        String normalised = EmailAddress.normalise(newEmail);
        if (normalised.equals(email)) {
            throw new InvalidDataException("email", "emailChange.unchanged");
        }
        if (!mayRequestEmailChange(now)) {
            throw new IllegalStateException("no address change for this account now");
        }
        pendingEmail = normalised;
        emailChangeSha256 = sha256(Objects.requireNonNull(token, "token"));
        emailChangeExpiresAt = now.plus(EMAIL_CHANGE_VALIDITY);
        return token;
    }

    /**
     * Until when a link to the pending new address works; empty when no change waits (none asked,
     * confirmed, expired, or the account no longer active).
     */
    public Optional<Instant> emailChangeUntil(Instant now) {
        boolean waits = status == AccountStatus.ACTIVE && pendingEmail != null && emailChangeExpiresAt != null
                && !now.isAfter(emailChangeExpiresAt);
        return waits ? Optional.of(emailChangeExpiresAt) : Optional.empty();
    }

    /** The address the link's token would move the sign-in to, while the link works. */
    public Optional<String> emailChangeOf(String token, Instant now) {
        boolean works = status == AccountStatus.ACTIVE && isTokenOf(emailChangeSha256, token) && !now.isAfter(emailChangeExpiresAt);
        return works ? Optional.of(pendingEmail) : Optional.empty();
    }

    /**
     * The link mailed to the new address was followed: the account signs in with it from now on and
     * every session signed in before ends (they were signed in as the old address). The link works once.
     * @return the address it had before, to be told; empty when the link is wrong, used or expired (nothing changes)
     */
    public Optional<String> confirmEmailChange(String token, Instant now) {
        Optional<String> target = emailChangeOf(token, now);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        String old = email;
        email = target.get();
        pendingEmail = null;
        emailChangeSha256 = null;
        emailChangeExpiresAt = null;
        passwordResetSha256 = null;
        passwordResetExpiresAt = null;
        endSessions(now);
        return Optional.of(old);
    }

    /** Active, and no confirmation link pending: the address counts as confirmed. */
    private void activate() {
        status = AccountStatus.ACTIVE;
        verificationTokenSha256 = null;
        verificationExpiresAt = null;
    }

    /** Ends every session signed in until now, on every node. */
    private void endSessions(Instant now) {
        sessionGeneration++;
        sessionsEndedAt = Objects.requireNonNull(now, "now");
    }

    /**
     * Whether a session that signed in when the account's generation was {@code generationAtSignIn}
     * has been ended since.
     */
    public static boolean endedSession(int generationAtSignIn, int currentGeneration) {
        return currentGeneration > generationAtSignIn;
    }

    public static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidDataException("displayName", "validation.required");
        }
        if (name.strip().length() > NAME_MAX) {
            throw new InvalidDataException("displayName", "validation.tooLong", NAME_MAX);
        }
        return name.strip();
    }

    public Long getId() { return id; }
    public String getEmail() { return email; }
    public String getPasswordHash() { return passwordHash; }
    public Role getRole() { return role; }
    public AccountStatus getStatus() { return status; }
    public String getDisplayName() { return displayName; }
    public String getLanguage() { return language; }
    public Instant getCreatedAt() { return createdAt; }
    public Optional<Instant> getLastSignInAt() { return Optional.ofNullable(lastSignInAt); }
    public Optional<String> getPendingEmail() { return Optional.ofNullable(pendingEmail); }
    public long getVersion() { return version; }
    public int getSessionGeneration() { return sessionGeneration; }
    public Optional<Instant> getSessionsEndedAt() { return Optional.ofNullable(sessionsEndedAt); }
}
