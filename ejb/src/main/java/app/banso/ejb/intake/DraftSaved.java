package app.banso.ejb.intake;

import app.banso.domain.intake.RuleResult;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** The answer to an autosave: when it was saved and the eligibility of what was saved. */
public record DraftSaved(Instant savedAt, List<RuleResult> eligibility, List<String> missingFields) implements Serializable {
}
