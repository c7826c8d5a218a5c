package app.banso.ejb.intake;

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
    void aCopyHasTheSameAnswersAndAListOfPositionsOfItsOwn() {
        // That it shares no answer object is FormAnswers.copy's part (FormAnswersTest).
        ApplicationDraft draft = complete();
        ApplicationDraft copy = draft.copy();
        assertTrue(draft.sameAnswersAs(copy));
        assertTrue(copy.sameAnswersAs(draft));
        assertNotSame(draft.getPositions(), copy.getPositions());
        copy.getPositions().add(new PositionAnswers());
        assertFalse(draft.sameAnswersAs(copy), "a position added to the copy only");
    }

    @Test
    void anEditThroughTheScreensBindingsIsSeenByTheComparison() {
        // The screen edits the draft's own objects; answers() must be a view of them, not a copy
        // (FormAnswersTest covers an edit in every step).
        ApplicationDraft draft = complete();
        ApplicationDraft copy = draft.copy();
        draft.getCompany().setAddress("港区赤坂1-12-32 アーク森ビル 7階");
        assertFalse(draft.sameAnswersAs(copy), "an answer changed");

        draft = complete();
        copy = draft.copy();
        draft.getPositions().add(new PositionAnswers());
        assertFalse(draft.sameAnswersAs(copy), "a position added");
    }

    @Test
    void aDraftNeverHasTheSameAnswersAsNothing() {
        assertFalse(complete().sameAnswersAs(null));
    }
}
