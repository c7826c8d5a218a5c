package app.banso.ejb.intake;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.banso.domain.intake.PositionAnswers;
import app.banso.domain.intake.SampleAnswers;
import org.junit.jupiter.api.Test;

/**
 * The form's record of what the database last confirmed (APPLY-2): a save of the same answers is
 * not sent, so the copy must compare equal to the draft and change with none of its edits.
 */
class ApplicationDraftTest {

    private static ApplicationDraft complete() {
        return new ApplicationDraft(SampleAnswers.company("9010001000007", "株式会社デモ製作所"), SampleAnswers.eligibility(),
                SampleAnswers.positions(), SampleAnswers.motivation(), SampleAnswers.allDeclared());
    }

    @Test
    void aCopyHasTheSameAnswersAndSharesNoAnswerObject() {
        ApplicationDraft draft = complete();
        ApplicationDraft copy = draft.copy();
        assertAll(
                () -> assertTrue(draft.sameAnswersAs(copy)),
                () -> assertTrue(copy.sameAnswersAs(draft)),
                () -> assertNotSame(draft.getCompany(), copy.getCompany()),
                () -> assertNotSame(draft.getEligibility(), copy.getEligibility()),
                () -> assertNotSame(draft.getPositions(), copy.getPositions()),
                () -> assertNotSame(draft.getPositions().getFirst(), copy.getPositions().getFirst()),
                () -> assertNotSame(draft.getMotivation(), copy.getMotivation()),
                () -> assertNotSame(draft.getDeclarations(), copy.getDeclarations()));
    }

    @Test
    void anAnswerChangedInAnyStepAfterTheCopyMakesTheAnswersDiffer() {
        ApplicationDraft draft = complete();
        ApplicationDraft copy = draft.copy();
        draft.getCompany().setAddress("港区赤坂1-12-32 アーク森ビル 7階");
        assertFalse(draft.sameAnswersAs(copy), "step 1");

        draft = complete();
        copy = draft.copy();
        draft.getEligibility().setOwnWebsite(!Boolean.TRUE.equals(draft.getEligibility().getOwnWebsite()));
        assertFalse(draft.sameAnswersAs(copy), "step 2");

        draft = complete();
        copy = draft.copy();
        draft.getPositions().getFirst().setHires(draft.getPositions().getFirst().getHires() == null ? 1 : draft.getPositions().getFirst().getHires() + 1);
        assertFalse(draft.sameAnswersAs(copy), "step 3, a position's answer");

        draft = complete();
        copy = draft.copy();
        draft.getPositions().add(new PositionAnswers());
        assertFalse(draft.sameAnswersAs(copy), "step 3, a position added");

        draft = complete();
        copy = draft.copy();
        draft.getMotivation().setExpectedResults("海外市場の開拓");
        assertFalse(draft.sameAnswersAs(copy), "step 4");

        draft = complete();
        copy = draft.copy();
        draft.getDeclarations().setLaw1(false);
        assertFalse(draft.sameAnswersAs(copy), "step 5");
    }

    @Test
    void aDraftNeverHasTheSameAnswersAsNothing() {
        assertFalse(complete().sameAnswersAs(null));
    }
}
