package app.banso.domain.support;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** SUPPORT-4: each version of a support plan is kept (kickoff, then every revision at a review). */
@Entity
@Table(name = "plan_version")
public class PlanVersion {

    @Id
    @SequenceGenerator(name = "plan_version_seq", sequenceName = "plan_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_version_seq")
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(name = "origin", nullable = false, length = 20)
    private String origin;

    @Column(name = "goal1", length = 2000) private String goal1;
    @Column(name = "goal2", length = 2000) private String goal2;
    @Column(name = "goal3", length = 2000) private String goal3;
    @Column(name = "goal4", length = 2000) private String goal4;

    @Column(name = "period_start")
    private LocalDate periodStart;

    @Column(name = "period_end")
    private LocalDate periodEnd;

    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PlanVersion() {
        // for JPA
    }

    /** A snapshot of the case's current plan. */
    public PlanVersion(SupportCase c, int versionNo, String origin, String createdBy, Instant now) {
        this.caseId = c.getId();
        this.versionNo = versionNo;
        this.origin = origin;
        this.goal1 = c.goal(1);
        this.goal2 = c.goal(2);
        this.goal3 = c.goal(3);
        this.goal4 = c.goal(4);
        this.periodStart = c.getPeriodStart().orElse(null);
        this.periodEnd = c.getPeriodEnd().orElse(null);
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public String goal(int stage) {
        return switch (stage) { case 1 -> goal1; case 2 -> goal2; case 3 -> goal3; default -> goal4; };
    }

    public int getVersionNo() { return versionNo; }
    public String getOrigin() { return origin; }
    public LocalDate getPeriodStart() { return periodStart; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
}
