package app.banso.domain.survey;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SurveyTableTest {

    private static final List<SurveyTable.Row> ROWS = List.of(new SurveyTable.Row("株式会社デモ伴走", Instant.parse("2027-04-10T01:30:00Z"),
            List.of(new SurveyAnswer(1, List.of(0), null, null), new SurveyAnswer(2, List.of(0, 2), null, null),
                    new SurveyAnswer(3, null, 4, null), new SurveyAnswer(4, null, null, "良い, \"とても\"\n次回も"))));

    @Test
    void theCsvHasABomAHeaderAndOneRowPerCompanyInTheChosenLanguage_COOP_3() {
        String csv = SurveyTable.csv(SurveyAnswersTest.QUESTIONS, ROWS, "en");
        assertTrue(csv.startsWith("\uFEFFCompany,Submitted (JST),Q1 Satisfaction,Q2 Helpful support,Q3 Rating,Q4 Comments\r\n"), csv);
        assertTrue(csv.contains("株式会社デモ伴走,2027-04-10 10:30,Yes,Strategy / Retention,4,\"良い, \"\"とても\"\"\n次回も\"\r\n"), csv);
    }

    @Test
    void japaneseHeadersAndOptionsWhenExportedInJapanese() {
        String csv = SurveyTable.csv(SurveyAnswersTest.QUESTIONS, ROWS, "ja");
        assertTrue(csv.startsWith("\uFEFF企業名,回答日時（日本時間）,Q1 満足度"), csv);
        assertTrue(csv.contains(",はい,戦略 / 定着,4,"), csv);
    }

    @Test
    void aFreeTextAnswerThatLooksLikeAFormulaIsDefused() {
        var row = new SurveyTable.Row("=cmd|' /C calc'!A0", null, List.of(new SurveyAnswer(4, null, null, "@SUM(A1)")));
        String csv = SurveyTable.csv(SurveyAnswersTest.QUESTIONS, List.of(row), "en");
        assertTrue(csv.contains("\r\n'=cmd|' /C calc'!A0,,,,,'@SUM(A1)\r\n"), csv);
    }
}
