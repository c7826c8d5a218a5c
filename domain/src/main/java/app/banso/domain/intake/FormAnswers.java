package app.banso.domain.intake;

import java.util.List;
import java.util.Objects;

/**
 * The five steps' answers of one application form, taken together (APPLY-2): what a draft
 * stores, what the applicant's screen holds, and what the two compare when deciding whether a
 * save changes anything. Equal when every step's answers are equal (the positions in order).
 */
public record FormAnswers(CompanyAnswers company, EligibilityAnswers eligibility, List<PositionAnswers> positions,
                          MotivationAnswers motivation, Declarations declarations) {

    public FormAnswers {
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(eligibility, "eligibility");
        Objects.requireNonNull(positions, "positions");
        Objects.requireNonNull(motivation, "motivation");
        Objects.requireNonNull(declarations, "declarations");
    }

    /** The same answers in objects of their own: nothing later done to this one's objects changes the copy. */
    public FormAnswers copy() {
        return new FormAnswers(company.copy(), eligibility.copy(), positions.stream().map(PositionAnswers::copy).toList(),
                motivation.copy(), declarations.copy());
    }
}
