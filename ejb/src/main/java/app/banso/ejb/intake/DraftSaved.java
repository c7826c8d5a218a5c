package app.banso.ejb.intake;

import app.banso.domain.intake.FieldProblem;
import app.banso.domain.intake.RuleResult;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The answer to an autosave: when it was saved, the eligibility of what was saved, what is still
 * missing and the answers saved as typed that cannot be accepted (shown under their fields).
 */
public record DraftSaved(Instant savedAt, List<RuleResult> eligibility, List<String> missingFields,
                         List<FieldProblem> fieldProblems) implements Serializable {
}
