package app.banso.domain.intake;

import java.time.LocalDate;
import java.util.List;

/**
 * A complete and eligible set of answers for an imaginary company: the demo data and the tests
 * start from it and change the one answer they are about.
 */
public final class SampleAnswers {

    private SampleAnswers() {
    }

    public static CompanyAnswers company(String corporateNumber, String legalNameJa) {
        CompanyAnswers c = new CompanyAnswers();
        c.setLegalNameJa(legalNameJa);
        c.setLegalNameEn("Sample Trading Co., Ltd.");
        c.setLegalForm(LegalForm.KK);
        c.setCorporateNumber(corporateNumber);
        c.setPostalCode("107-6006");
        c.setPrefecture(Prefecture.TOKYO);
        c.setAddress("港区赤坂1-12-32");
        c.setWebsiteUrl("https://www.example.co.jp/");
        c.setIndustry(Industry.E_MANUFACTURING);
        c.setEmployees(120);
        c.setCapitalYen(50_000_000L);
        c.setYearFounded(1988);
        c.setRepresentativeName("見本 一郎");
        c.setRepresentativeTitle("代表取締役社長");
        c.setContactName("見本 花子");
        c.setContactDepartment("人事部");
        c.setContactEmail("hr@example.co.jp");
        c.setContactPhone("03-1234-5678");
        return c;
    }

    public static EligibilityAnswers eligibility() {
        EligibilityAnswers e = new EligibilityAnswers();
        e.setPlacementBusiness(false);
        e.setOwnWebsite(true);
        e.setOverseasSubsidiaryOnly(false);
        e.setRegularFullTime(true);
        e.setEmployedGraduatesBefore(true);
        e.setEmployedByApplicant(true);
        e.setGlobalSouthInterest(true);
        e.setFinancialBaseSufficient(true);
        e.setSameCompanySupported(true);
        return e;
    }

    public static List<PositionAnswers> positions() {
        PositionAnswers p = new PositionAnswers();
        p.setRoleType(RoleType.RESEARCHER_ENGINEER);
        p.setStatusOfResidence(StatusOfResidence.ENGINEER_HUMANITIES_INTERNATIONAL);
        p.setEducation(Education.MASTER);
        p.setHires(2);
        p.setWorkPrefecture(Prefecture.TOKYO);
        p.setCountriesOfInterest("India, Viet Nam, Indonesia");
        p.setTargetStart(LocalDate.of(2027, 1, 1));
        return List.of(p);
    }

    public static MotivationAnswers motivation() {
        MotivationAnswers m = new MotivationAnswers();
        m.setTalentUnderstanding("We hire graduates as engineers under Engineer/Specialist in Humanities and plan long-term careers.");
        m.setPhilosophyStrategy("Grow exports to South and Southeast Asia with our precision parts.");
        m.setMotivePurpose("We need engineers who know the target markets and their languages.");
        m.setExecutiveInvolvement("The president leads the project; the head of engineering is the business lead.");
        m.setInternalStructure("HR and engineering run onboarding together; a mentor for each hire.");
        m.setExpectedResults("Two new export customers within the support period.");
        m.setResultCategory(ResultCategory.BUSINESS_GROWTH);
        return m;
    }

    public static Declarations allDeclared() {
        Declarations d = new Declarations();
        d.setLaw1(true); d.setLaw2(true); d.setLaw3(true);
        d.setCoop1(true); d.setCoop2(true); d.setCoop3(true); d.setCoop4(true); d.setCoop5(true); d.setCoop6(true);
        d.setPrivacy(true);
        return d;
    }
}
