package app.banso.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * An address an applicant's account signed in with before it moved to another one. It stays that
 * account's for good: no other account (a new registration, a staff account, another applicant's
 * change) may take it, so an address names one account forever and what was read by an address
 * (an account id remembered per node, an audit line, a sent e-mail) never points at a stranger.
 * The same account may move back to it.
 */
@Entity
@Table(name = "retired_email")
public class RetiredEmail {

    @Id
    @Column(name = "email", nullable = false, length = EmailAddress.MAX)
    private String email;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "retired_at", nullable = false)
    private Instant retiredAt;

    protected RetiredEmail() {
        // for JPA
    }

    public RetiredEmail(String email, long accountId, Instant retiredAt) {
        this.email = EmailAddress.normalise(email);
        this.accountId = accountId;
        this.retiredAt = Objects.requireNonNull(retiredAt, "retiredAt");
    }

    /** Whether the account may sign in with this address (only the one that used it). */
    public boolean mayBeTakenBy(long account) {
        return accountId == account;
    }

    public String getEmail() { return email; }
    public long getAccountId() { return accountId; }
    public Instant getRetiredAt() { return retiredAt; }
}
