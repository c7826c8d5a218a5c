package app.banso.domain.intake;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The five steps taken together (APPLY-2): the draft in the database and the form on the screen
 * decide with the same {@code equals} whether a save changes anything, and keep copies that share
 * no answer object with what the applicant goes on editing.
 */
class FormAnswersTest {

    private static FormAnswers complete() {
        return new FormAnswers(SampleAnswers.company("9010001000007", "株式会社デモ製作所"), SampleAnswers.eligibility(),
                new ArrayList<>(SampleAnswers.positions()), SampleAnswers.motivation(), SampleAnswers.allDeclared());
    }

    @Test
    void aCopyIsEqualAndSharesNoAnswerObject() {
        FormAnswers answers = complete();
        FormAnswers copy = answers.copy();
        assertAll(
                () -> assertEquals(answers, copy),
                () -> assertEquals(answers.hashCode(), copy.hashCode()),
                () -> assertNotSame(answers.company(), copy.company()),
                () -> assertNotSame(answers.eligibility(), copy.eligibility()),
                () -> assertNotSame(answers.positions().getFirst(), copy.positions().getFirst()),
                () -> assertNotSame(answers.motivation(), copy.motivation()),
                () -> assertNotSame(answers.declarations(), copy.declarations()));
    }

    @Test
    void anEditAfterTheCopyInAnyStepMakesThemDiffer() {
        List<java.util.function.Consumer<FormAnswers>> edits = List.of(
                a -> a.company().setAddress("港区赤坂1-12-32 アーク森ビル 7階"),
                a -> a.eligibility().setOwnWebsite(!Boolean.TRUE.equals(a.eligibility().getOwnWebsite())),
                a -> a.positions().getFirst().setHires(a.positions().getFirst().getHires() == null ? 1 : a.positions().getFirst().getHires() + 1),
                a -> a.positions().add(new PositionAnswers()),
                a -> a.motivation().setExpectedResults("海外市場の開拓"),
                a -> a.declarations().setLaw1(false));
        for (int step = 0; step < edits.size(); step++) {
            FormAnswers answers = complete();
            FormAnswers copy = answers.copy();
            edits.get(step).accept(answers);
            assertNotEquals(copy, answers, "edit " + step);
        }
    }

    @Test
    void everyStepMustBeThereEvenIfUnanswered() {
        assertThrows(NullPointerException.class, () -> new FormAnswers(new CompanyAnswers(), new EligibilityAnswers(), null,
                new MotivationAnswers(), new Declarations()));
    }
}
