package app.banso.domain.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.banso.domain.shared.InvalidDataException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApplicationCheckTest {

    private static CompanyAnswers company(String corporateNumber, String website) {
        CompanyAnswers c = SampleAnswers.company(corporateNumber, "検査株式会社");
        c.setWebsiteUrl(website);
        return c;
    }

    @Test
    void aCorporateNumberWithAWrongCheckDigitIsAProblemOnItsField() {
        List<FieldProblem> problems = ApplicationCheck.fieldProblems(company("8000012050002", "https://example.jp/"));
        assertEquals(List.of(new FieldProblem("corporateNumber", "corporateNumber.checkDigit", List.of())), problems);
    }

    @Test
    void aCorporateNumberOfTheWrongLengthIsAProblemOnItsField() {
        assertEquals(List.of(new FieldProblem("corporateNumber", "corporateNumber.format", List.of())),
                ApplicationCheck.fieldProblems(company("123", "https://example.jp/")));
    }

    @Test
    void aWebsiteThatIsNotHttpIsAProblemOnItsField_EX_3() {
        assertEquals(List.of(new FieldProblem("websiteUrl", "websiteUrl.format", List.of())),
                ApplicationCheck.fieldProblems(company("7000012050002", "www.example.jp")));
        assertEquals(List.of(new FieldProblem("websiteUrl", "websiteUrl.format", List.of())),
                ApplicationCheck.fieldProblems(company("7000012050002", "ftp://example.jp/")));
    }

    @Test
    void bothProblemsAreReportedInFormOrder() {
        assertEquals(List.of("corporateNumber", "websiteUrl"),
                ApplicationCheck.fieldProblems(company("7000012050003", "example")).stream().map(FieldProblem::field).toList());
    }

    @Test
    void emptyOrValidAnswersAreNoProblems() {
        assertTrue(ApplicationCheck.fieldProblems(company(null, null)).isEmpty(), "empty answers are missing, not wrong");
        assertTrue(ApplicationCheck.fieldProblems(company("  ", "")).isEmpty());
        assertTrue(ApplicationCheck.fieldProblems(company("７０００-０１２０-５０００２", "https://www.example.jp/")).isEmpty());
    }

    @Test
    void aTooLongWebsiteKeepsItsLimitAsArgument() {
        FieldProblem p = ApplicationCheck.fieldProblems(company("7000012050002", "https://example.jp/" + "a".repeat(WebsiteUrl.MAX))).get(0);
        assertEquals("validation.tooLong", p.messageKey());
        assertEquals(List.of(WebsiteUrl.MAX), p.arguments());
    }

    @Test
    void submissionIsRefusedOnTheFieldOfAWrongCorporateNumberBeforeAnythingElse() {
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> ApplicationCheck.requireSubmittable(
                company("8000012050002", "https://example.jp/"), SampleAnswers.eligibility(), SampleAnswers.positions(),
                SampleAnswers.motivation(), SampleAnswers.allDeclared()));
        assertEquals("corporateNumber", e.field());
        assertEquals("corporateNumber.checkDigit", e.messageKey());
    }

    @Test
    void submissionIsRefusedOnTheFieldOfABadWebsiteAddress_EX_3() {
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> ApplicationCheck.requireSubmittable(
                company("7000012050002", "htp:/example"), SampleAnswers.eligibility(), SampleAnswers.positions(),
                SampleAnswers.motivation(), SampleAnswers.allDeclared()));
        assertEquals("websiteUrl", e.field());
        assertEquals("websiteUrl.format", e.messageKey());
    }
}
