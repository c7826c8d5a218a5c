package app.banso.domain.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FormulaGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+81 3 1234", "-1+1", "@SUM(A1)", "\t=1", "\r=1"})
    void aCellThatASpreadsheetWouldRunAsAFormulaGetsALeadingApostrophe(String text) {
        assertEquals("'" + text, FormulaGuard.neutralise(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"株式会社デモ", "plain", "1=1", "a-b", " =1", "'quoted"})
    void otherTextStaysAsItIs(String text) {
        assertEquals(text, FormulaGuard.neutralise(text));
    }

    @Test
    void nothingBecomesAnEmptyCell() {
        assertEquals("", FormulaGuard.neutralise(null));
        assertEquals("", FormulaGuard.neutralise(""));
    }
}
