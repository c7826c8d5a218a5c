package app.banso.domain.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** Step 4: free texts that the screener scores against CRIT-1 ... CRIT-5. */
@Embeddable
public class MotivationAnswers implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int TEXT_MAX = 2000;

    /** CRIT-1: understanding of the TALENT definition; intention to hire, develop and retain. */
    @Size(max = TEXT_MAX) @Column(name = "m_talent_understanding", length = TEXT_MAX)
    private String talentUnderstanding;
    /** CRIT-2: management philosophy and strategy. */
    @Size(max = TEXT_MAX) @Column(name = "m_philosophy_strategy", length = TEXT_MAX)
    private String philosophyStrategy;
    /** CRIT-2: motive and purpose of using highly-skilled foreign talent. */
    @Size(max = TEXT_MAX) @Column(name = "m_motive_purpose", length = TEXT_MAX)
    private String motivePurpose;
    /** CRIT-3: involvement of the top executive and the business lead. */
    @Size(max = TEXT_MAX) @Column(name = "m_executive_involvement", length = TEXT_MAX)
    private String executiveInvolvement;
    /** CRIT-4: internal structure for hiring, developing and retaining them (or the will to build one). */
    @Size(max = TEXT_MAX) @Column(name = "m_internal_structure", length = TEXT_MAX)
    private String internalStructure;
    /** CRIT-5: expected results within the period. */
    @Size(max = TEXT_MAX) @Column(name = "m_expected_results", length = TEXT_MAX)
    private String expectedResults;
    @Enumerated(EnumType.STRING) @Column(name = "m_result_category", length = 30)
    private ResultCategory resultCategory;

    /** Equal when every answer is equal (an autosave that changes nothing writes nothing). */
    @Override
    public boolean equals(Object o) {
        return o instanceof MotivationAnswers other && answers().equals(other.answers());
    }

    @Override
    public int hashCode() {
        return answers().hashCode();
    }

    private List<Object> answers() {
        return Arrays.asList(talentUnderstanding, philosophyStrategy, motivePurpose, executiveInvolvement,
                internalStructure, expectedResults, resultCategory);
    }

    public MotivationAnswers copy() {
        MotivationAnswers m = new MotivationAnswers();
        m.talentUnderstanding = talentUnderstanding; m.philosophyStrategy = philosophyStrategy; m.motivePurpose = motivePurpose;
        m.executiveInvolvement = executiveInvolvement; m.internalStructure = internalStructure;
        m.expectedResults = expectedResults; m.resultCategory = resultCategory;
        return m;
    }

    public String getTalentUnderstanding() { return talentUnderstanding; }
    public void setTalentUnderstanding(String v) { talentUnderstanding = Text.clean(v); }
    public String getPhilosophyStrategy() { return philosophyStrategy; }
    public void setPhilosophyStrategy(String v) { philosophyStrategy = Text.clean(v); }
    public String getMotivePurpose() { return motivePurpose; }
    public void setMotivePurpose(String v) { motivePurpose = Text.clean(v); }
    public String getExecutiveInvolvement() { return executiveInvolvement; }
    public void setExecutiveInvolvement(String v) { executiveInvolvement = Text.clean(v); }
    public String getInternalStructure() { return internalStructure; }
    public void setInternalStructure(String v) { internalStructure = Text.clean(v); }
    public String getExpectedResults() { return expectedResults; }
    public void setExpectedResults(String v) { expectedResults = Text.clean(v); }
    public ResultCategory getResultCategory() { return resultCategory; }
    public void setResultCategory(ResultCategory v) { resultCategory = v; }
}
