package app.banso.domain.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.banso.domain.shared.InvalidDataException;
import app.banso.domain.shared.RuleId;
import app.banso.domain.shared.RuleViolationException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SurveyRecipientTest {

    private static final Instant NOW = Instant.parse("2027-04-01T00:00:00Z");
    private static final List<SurveyQuestion> Q = SurveyAnswersTest.QUESTIONS;

    @Test
    void aDraftIsKeptAndABadValueLeavesItUnchanged() {
        var r = new SurveyRecipient(1, 1, "Co");
        r.answer(Q, List.of(new SurveyAnswer(1, List.of(1), null, null)), false, NOW);
        assertTrue(r.isDraft());
        assertThrows(InvalidDataException.class, () -> r.answer(Q, List.of(new SurveyAnswer(3, null, 0, null)), false, NOW));
        assertEquals(List.of(new SurveyAnswer(1, List.of(1), null, null)), r.answers());
    }

    @Test
    void aSubmittedAnswerIsFinal_COOP_3() {
        var r = new SurveyRecipient(1, 1, "Co");
        r.answer(Q, List.of(new SurveyAnswer(1, List.of(0), null, null), new SurveyAnswer(3, null, 4, null),
                new SurveyAnswer(4, null, null, " ")), true, NOW);
        assertEquals(NOW, r.getSubmittedAt().orElseThrow());
        assertEquals(2, r.answers().size(), "an empty text is not kept as an answer");
        var e = assertThrows(RuleViolationException.class, () -> r.answer(Q, List.of(), false, NOW));
        assertEquals(RuleId.COOP_3, e.rule().orElseThrow());
        assertFalse(r.remind(), "no reminder after submission");
    }

    @Test
    void twoRemindersWithoutAnAnswerMakeANonResponder() {
        var r = new SurveyRecipient(1, 1, "Co");
        assertTrue(r.remind());
        assertFalse(r.isNonResponder());
        r.remind();
        assertTrue(r.isNonResponder());
    }

    @Test
    void aSurveyNeedsTitlesInBothLanguagesAndAtLeastOneQuestion() {
        assertEquals("survey.title", assertThrows(InvalidDataException.class,
                () -> new Survey(1, "題", " ", Q, "admin", NOW)).messageKey());
        assertEquals("survey.noQuestions", assertThrows(InvalidDataException.class,
                () -> new Survey(1, "題", "Title", List.of(), "admin", NOW)).messageKey());
        var s = new Survey(1, "題", "Title", Q, "admin", NOW);
        assertEquals(Q, s.questions(), "questions survive the stored form");
    }
}
