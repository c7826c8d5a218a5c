package app.banso.domain.support;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** SUPPORT-3: a referral of the company to a JETRO or partner service (some are paid), with its outcome. */
@Entity
@Table(name = "referral")
public class Referral {

    public enum Outcome { PENDING, USED, NOT_USED }

    @Id
    @SequenceGenerator(name = "referral_seq", sequenceName = "referral_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "referral_seq")
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "service_id", nullable = false)
    private Long serviceId;

    /** The service's names when referred (the catalogue may change later): Japanese and English. */
    @Column(name = "service_name", nullable = false, length = 200)
    private String serviceName;

    @Column(name = "service_name_en", nullable = false, length = 200)
    private String serviceNameEn;

    @Column(name = "paid", nullable = false)
    private boolean paid;

    @Column(name = "note", length = 1000)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 20)
    private Outcome outcome;

    @Column(name = "referred_by", nullable = false, length = 254)
    private String referredBy;

    @Column(name = "referred_at", nullable = false)
    private Instant referredAt;

    protected Referral() {
        // for JPA
    }

    public Referral(long caseId, long serviceId, String serviceName, String serviceNameEn, boolean paid, String note,
            String referredBy, Instant now) {
        this.caseId = caseId;
        this.serviceId = serviceId;
        this.serviceName = serviceName;
        this.serviceNameEn = serviceNameEn;
        this.paid = paid;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.outcome = Outcome.PENDING;
        this.referredBy = referredBy;
        this.referredAt = now;
    }

    public void recordOutcome(Outcome result) {
        this.outcome = result;
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public String getServiceName() { return serviceName; }
    public String getServiceNameEn() { return serviceNameEn; }
    public boolean isPaid() { return paid; }
    public String getNote() { return note; }
    public Outcome getOutcome() { return outcome; }
    public Instant getReferredAt() { return referredAt; }
}
