package app.banso.domain.support;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** SUPPORT-8: who coordinated a case, from when to when, and why they were replaced. */
@Entity
@Table(name = "coordinator_assignment")
public class CoordinatorAssignment {

    @Id
    @SequenceGenerator(name = "coordinator_assignment_seq", sequenceName = "coordinator_assignment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "coordinator_assignment_seq")
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "coordinator", nullable = false, length = 254)
    private String coordinator;

    @Column(name = "assigned_from", nullable = false)
    private Instant from;

    @Column(name = "assigned_to")
    private Instant to;

    @Column(name = "reason", length = 500)
    private String reason;

    protected CoordinatorAssignment() {
        // for JPA
    }

    public CoordinatorAssignment(long caseId, String coordinator, String reason, Instant from) {
        this.caseId = caseId;
        this.coordinator = coordinator;
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
        this.from = from;
    }

    public void end(Instant at) {
        this.to = at;
    }

    public String getCoordinator() { return coordinator; }
    public Instant getFrom() { return from; }
    public Optional<Instant> getTo() { return Optional.ofNullable(to); }
    public Optional<String> getReason() { return Optional.ofNullable(reason); }
}
