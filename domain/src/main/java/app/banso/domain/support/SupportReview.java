package app.banso.domain.support;

import app.banso.domain.shared.InvalidDataException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** SUPPORT-4: JETRO's periodic review of a support case; it may revise the plan. */
@Entity
@Table(name = "support_review")
public class SupportReview {

    @Id
    @SequenceGenerator(name = "support_review_seq", sequenceName = "support_review_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "support_review_seq")
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "findings", nullable = false, length = 2000)
    private String findings;

    @Column(name = "plan_version_no")
    private Integer planVersionNo;

    @Column(name = "reviewer", nullable = false, length = 254)
    private String reviewer;

    @Column(name = "reviewed_at", nullable = false)
    private Instant reviewedAt;

    protected SupportReview() {
        // for JPA
    }

    public SupportReview(long caseId, String findings, Integer planVersionNo, String reviewer, Instant now) {
        if (findings == null || findings.isBlank()) {
            throw new InvalidDataException("findings", "validation.required");
        }
        this.caseId = caseId;
        this.findings = findings.strip();
        this.planVersionNo = planVersionNo;
        this.reviewer = reviewer;
        this.reviewedAt = now;
    }

    public String getFindings() { return findings; }
    public Integer getPlanVersionNo() { return planVersionNo; }
    public String getReviewer() { return reviewer; }
    public Instant getReviewedAt() { return reviewedAt; }
}
