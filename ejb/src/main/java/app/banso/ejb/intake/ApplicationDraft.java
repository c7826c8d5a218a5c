package app.banso.ejb.intake;

import app.banso.domain.intake.CompanyAnswers;
import app.banso.domain.intake.Declarations;
import app.banso.domain.intake.EligibilityAnswers;
import app.banso.domain.intake.FormAnswers;
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

    public ApplicationDraft(FormAnswers answers) {
        this(answers.company(), answers.eligibility(), answers.positions(), answers.motivation(), answers.declarations());
    }

    /** This draft's answers as the domain compares and stores them (the draft's own objects, not copies). */
    public FormAnswers answers() {
        return new FormAnswers(company, eligibility, positions, motivation, declarations);
    }

    /** A copy that shares no answer object with this draft: what a screen last had confirmed as saved. */
    public ApplicationDraft copy() {
        return new ApplicationDraft(answers().copy());
    }

    /** The same answers in every step, compared as {@code Application.saveDraft} compares them. */
    public boolean sameAnswersAs(ApplicationDraft other) {
        return other != null && answers().equals(other.answers());
    }

    public CompanyAnswers getCompany() { return company; }
    public EligibilityAnswers getEligibility() { return eligibility; }
    public List<PositionAnswers> getPositions() { return positions; }
    public MotivationAnswers getMotivation() { return motivation; }
    public Declarations getDeclarations() { return declarations; }
}
