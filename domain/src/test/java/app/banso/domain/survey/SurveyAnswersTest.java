package app.banso.domain.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.banso.domain.shared.InvalidDataException;
import app.banso.domain.shared.RuleId;
import app.banso.domain.shared.RuleViolationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SurveyAnswersTest {

    static final List<SurveyQuestion> QUESTIONS = List.of(
            new SurveyQuestion(1, QuestionType.SINGLE_CHOICE, "満足度", "Satisfaction", List.of("はい", "いいえ"), List.of("Yes", "No"), true),
            new SurveyQuestion(2, QuestionType.MULTIPLE_CHOICE, "役立った支援", "Helpful support",
                    List.of("戦略", "募集", "定着"), List.of("Strategy", "Recruiting", "Retention"), false),
            new SurveyQuestion(3, QuestionType.RATING, "評価", "Rating", null, null, true),
            new SurveyQuestion(4, QuestionType.FREE_TEXT, "ご意見", "Comments", null, null, false));

    private static SurveyAnswer choice(int q, Integer... c) {
        return new SurveyAnswer(q, List.of(c), null, null);
    }

    @Test
    void aCompleteSubmissionIsAccepted() {
        SurveyAnswers.check(QUESTIONS, List.of(choice(1, 0), choice(2, 0, 2), new SurveyAnswer(3, null, 5, null),
                new SurveyAnswer(4, null, null, "とても良かった")), true);
    }

    @Test
    void aDraftMayLeaveRequiredQuestionsOpen() {
        SurveyAnswers.check(QUESTIONS, List.of(choice(1, 1)), false);
    }

    @Test
    void submittingWithoutARequiredAnswerIsRefusedUnderCoop3() {
        var e = assertThrows(RuleViolationException.class,
                () -> SurveyAnswers.check(QUESTIONS, List.of(choice(1, 1)), true));
        assertEquals(RuleId.COOP_3, e.rule().orElseThrow());
        assertEquals("survey.required", e.messageKey());
        assertEquals(List.of(3), e.arguments());
    }

    @Test
    void aRatingOutsideOneToFiveIsRefusedEvenInADraft() {
        var e = assertThrows(InvalidDataException.class,
                () -> SurveyAnswers.check(QUESTIONS, List.of(new SurveyAnswer(3, null, 6, null)), false));
        assertEquals("q3", e.field());
        assertEquals("survey.rating", e.messageKey());
    }

    @Test
    void aSingleChoiceQuestionTakesOneExistingOption() {
        assertThrows(InvalidDataException.class, () -> SurveyAnswers.check(QUESTIONS, List.of(choice(1, 0, 1)), false));
        assertThrows(InvalidDataException.class, () -> SurveyAnswers.check(QUESTIONS, List.of(choice(1, 2)), false));
        assertThrows(InvalidDataException.class, () -> SurveyAnswers.check(QUESTIONS, List.of(choice(2, 1, 1)), false));
    }

    @Test
    void anAnswerOfTheWrongKindOrToAnUnknownQuestionIsRefused() {
        assertThrows(InvalidDataException.class,
                () -> SurveyAnswers.check(QUESTIONS, List.of(new SurveyAnswer(3, null, null, "five")), false));
        assertThrows(InvalidDataException.class, () -> SurveyAnswers.check(QUESTIONS, List.of(choice(9, 0)), false));
        assertThrows(InvalidDataException.class,
                () -> SurveyAnswers.check(QUESTIONS, List.of(choice(1, 0), choice(1, 1)), false));
    }

    @Test
    void aTooLongTextIsRefused() {
        var e = assertThrows(InvalidDataException.class, () -> SurveyAnswers.check(QUESTIONS,
                List.of(new SurveyAnswer(4, null, null, "あ".repeat(SurveyQuestion.MAX_TEXT + 1))), false));
        assertEquals("survey.textLength", e.messageKey());
    }

    @Test
    void aChoiceQuestionNeedsTheSameOptionsInBothLanguages() {
        var e = assertThrows(InvalidDataException.class, () -> new SurveyQuestion(1, QuestionType.SINGLE_CHOICE, "問", "Q",
                List.of("a", "b"), List.of("a"), true));
        assertEquals("survey.options", e.messageKey());
        assertThrows(InvalidDataException.class, () -> new SurveyQuestion(1, QuestionType.RATING, "問", " ", null, null, true));
        assertThrows(InvalidDataException.class,
                () -> new SurveyQuestion(1, QuestionType.FREE_TEXT, "問", "Q", List.of("a", "b"), List.of("a", "b"), true));
    }
}
