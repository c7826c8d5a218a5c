package app.banso.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One failed sign-in, counted by {@link SignInThrottle}; the audit log keeps the lasting record. */
@Entity
@Table(name = "sign_in_failure")
public class SignInFailure {

    /** The longest client address kept (IPv6 with zone). */
    public static final int ADDRESS_MAX = 64;

    @Id
    @SequenceGenerator(name = "sign_in_failure_seq", sequenceName = "sign_in_failure_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sign_in_failure_seq")
    private Long id;

    @Column(name = "account_key", nullable = false, length = 254)
    private String accountKey;

    @Column(name = "client_address", nullable = false, length = ADDRESS_MAX)
    private String clientAddress;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    protected SignInFailure() {
    }

    /**
     * @param accountKey the e-mail address as typed, normalised where it could be, at most 254 characters
     * @param clientAddress the client's address, "unknown" when there is none
     */
    public SignInFailure(String accountKey, String clientAddress, Instant at) {
        String key = Objects.requireNonNull(accountKey, "accountKey");
        this.accountKey = key.length() > 254 ? key.substring(0, 254) : key;
        String address = clientAddress == null || clientAddress.isBlank() ? "unknown" : clientAddress;
        this.clientAddress = address.length() > ADDRESS_MAX ? address.substring(0, ADDRESS_MAX) : address;
        this.failedAt = Objects.requireNonNull(at, "at");
    }

    public Long getId() { return id; }
    public String getAccountKey() { return accountKey; }
    public String getClientAddress() { return clientAddress; }
    public Instant getFailedAt() { return failedAt; }
}
