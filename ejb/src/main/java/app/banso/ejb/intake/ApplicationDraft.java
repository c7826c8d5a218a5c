package app.banso.ejb.intake;

import app.banso.domain.intake.CompanyAnswers;
import app.banso.domain.intake.Declarations;
import app.banso.domain.intake.EligibilityAnswers;
import app.banso.domain.intake.MotivationAnswers;
import app.banso.domain.intake.PositionAnswers;
import jakarta.validation.Valid;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The form as the applicant's screen holds it: every step's answers, complete or not. */
public class ApplicationDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @Valid private CompanyAnswers company = new CompanyAnswers();
    @Valid private EligibilityAnswers eligibility = new EligibilityAnswers();
    @Valid private List<PositionAnswers> positions = new ArrayList<>();
    @Valid private MotivationAnswers motivation = new MotivationAnswers();
    private Declarations declarations = new Declarations();

    public ApplicationDraft() {
    }

    public ApplicationDraft(CompanyAnswers company, EligibilityAnswers eligibility, List<PositionAnswers> positions,
                            MotivationAnswers motivation, Declarations declarations) {
        this.company = company;
        this.eligibility = eligibility;
        this.positions = new ArrayList<>(positions);
        this.motivation = motivation;
        this.declarations = declarations;
    }

    public CompanyAnswers getCompany() { return company; }
    public EligibilityAnswers getEligibility() { return eligibility; }
    public List<PositionAnswers> getPositions() { return positions; }
    public MotivationAnswers getMotivation() { return motivation; }
    public Declarations getDeclarations() { return declarations; }
}
