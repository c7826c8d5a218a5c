package app.banso.domain.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * Step 2: one yes/no question per exclusion rule (EX-2 ... EX-8) and per "may not be eligible"
 * flag (MAYBE-1, MAYBE-2). Each is asked positively where possible; null means not answered.
 */
@Embeddable
public class EligibilityAnswers implements Serializable {

    private static final long serialVersionUID = 1L;

    /** EX-2: main business is fee-charging placement, meaning to refer or dispatch the hires to others. */
    @Column(name = "q_placement_business")
    private Boolean placementBusiness;
    /** EX-3: the company has a website of its own. */
    @Column(name = "q_own_website")
    private Boolean ownWebsite;
    /** EX-4: hiring is limited from the start to an overseas subsidiary. */
    @Column(name = "q_overseas_subsidiary_only")
    private Boolean overseasSubsidiaryOnly;
    /** EX-5: the hires will be regular full-time employees (正社員). */
    @Column(name = "q_regular_full_time")
    private Boolean regularFullTime;
    /** EX-6: the company has employed university/graduate-level professionals before (Japanese included). */
    @Column(name = "q_employed_graduates")
    private Boolean employedGraduatesBefore;
    /** EX-7: the applicant itself will employ the hires (not another legal entity). */
    @Column(name = "q_employed_by_applicant")
    private Boolean employedByApplicant;
    /** EX-8: interested in hiring or retaining people from Global South countries. */
    @Column(name = "q_global_south_interest")
    private Boolean globalSouthInterest;
    /** MAYBE-1: the financial base and organisation can support the hiring. */
    @Column(name = "q_financial_base")
    private Boolean financialBaseSufficient;
    /** MAYBE-2: the applicant is also the company that would receive the support. */
    @Column(name = "q_same_company_supported")
    private Boolean sameCompanySupported;

    /** Equal when every answer is equal (an autosave that changes nothing writes nothing). */
    @Override
    public boolean equals(Object o) {
        return o instanceof EligibilityAnswers other && answers().equals(other.answers());
    }

    @Override
    public int hashCode() {
        return answers().hashCode();
    }

    private List<Object> answers() {
        return Arrays.asList(placementBusiness, ownWebsite, overseasSubsidiaryOnly, regularFullTime,
                employedGraduatesBefore, employedByApplicant, globalSouthInterest, financialBaseSufficient,
                sameCompanySupported);
    }

    public EligibilityAnswers copy() {
        EligibilityAnswers e = new EligibilityAnswers();
        e.placementBusiness = placementBusiness; e.ownWebsite = ownWebsite; e.overseasSubsidiaryOnly = overseasSubsidiaryOnly;
        e.regularFullTime = regularFullTime; e.employedGraduatesBefore = employedGraduatesBefore;
        e.employedByApplicant = employedByApplicant; e.globalSouthInterest = globalSouthInterest;
        e.financialBaseSufficient = financialBaseSufficient; e.sameCompanySupported = sameCompanySupported;
        return e;
    }

    public Boolean getPlacementBusiness() { return placementBusiness; }
    public void setPlacementBusiness(Boolean v) { placementBusiness = v; }
    public Boolean getOwnWebsite() { return ownWebsite; }
    public void setOwnWebsite(Boolean v) { ownWebsite = v; }
    public Boolean getOverseasSubsidiaryOnly() { return overseasSubsidiaryOnly; }
    public void setOverseasSubsidiaryOnly(Boolean v) { overseasSubsidiaryOnly = v; }
    public Boolean getRegularFullTime() { return regularFullTime; }
    public void setRegularFullTime(Boolean v) { regularFullTime = v; }
    public Boolean getEmployedGraduatesBefore() { return employedGraduatesBefore; }
    public void setEmployedGraduatesBefore(Boolean v) { employedGraduatesBefore = v; }
    public Boolean getEmployedByApplicant() { return employedByApplicant; }
    public void setEmployedByApplicant(Boolean v) { employedByApplicant = v; }
    public Boolean getGlobalSouthInterest() { return globalSouthInterest; }
    public void setGlobalSouthInterest(Boolean v) { globalSouthInterest = v; }
    public Boolean getFinancialBaseSufficient() { return financialBaseSufficient; }
    public void setFinancialBaseSufficient(Boolean v) { financialBaseSufficient = v; }
    public Boolean getSameCompanySupported() { return sameCompanySupported; }
    public void setSameCompanySupported(Boolean v) { sameCompanySupported = v; }
}
