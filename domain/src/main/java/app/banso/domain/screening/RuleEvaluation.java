package app.banso.domain.screening;

import app.banso.domain.intake.RuleOutcome;
import app.banso.domain.intake.RuleResult;
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

/**
 * One stored result of the automatic rule evaluation (EX, TALENT, MAYBE) of an application, as
 * evaluated on submission or on demand, with verified facts applied.
 */
@Entity
@Table(name = "rule_evaluation")
public class RuleEvaluation {

    @Id
    @SequenceGenerator(name = "rule_evaluation_seq", sequenceName = "rule_evaluation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rule_evaluation_seq")
    private Long id;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Column(name = "rule_code", nullable = false, length = 20)
    private String ruleCode;

    @Column(name = "position_no", nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 20)
    private RuleOutcome outcome;

    @Column(name = "message_key", nullable = false, length = 100)
    private String messageKey;

    @Column(name = "evaluated_at", nullable = false)
    private Instant evaluatedAt;

    protected RuleEvaluation() {
        // for JPA
    }

    public RuleEvaluation(long applicationId, RuleResult result, Instant now) {
        this.applicationId = applicationId;
        this.ruleCode = result.rule().code();
        this.position = result.position();
        this.outcome = result.outcome();
        this.messageKey = result.messageKey();
        this.evaluatedAt = now;
    }

    public Long getApplicationId() { return applicationId; }
    public String getRuleCode() { return ruleCode; }
    public int getPosition() { return position; }
    public RuleOutcome getOutcome() { return outcome; }
    public String getMessageKey() { return messageKey; }
    public Instant getEvaluatedAt() { return evaluatedAt; }
}
