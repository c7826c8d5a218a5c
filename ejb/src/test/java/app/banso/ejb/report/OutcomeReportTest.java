package app.banso.ejb.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.banso.domain.support.CaseStatus;
import app.banso.persistence.support.OutcomeFigures.NamedCompany;
import app.banso.persistence.support.OutcomeFigures;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The content of the outcome report (COOP-4, COOP-5), with the real texts of the web bundles. */
class OutcomeReportTest {

    static final OutcomeReport.Programme PROGRAMME = new OutcomeReport.Programme(2026,
            "高度外国人材活躍推進コーディネーターによる伴走型支援", "Accompanying support by coordinators");
    static final LocalDate TODAY = LocalDate.of(2027, 3, 5);

    /** The web module's bundle as the web layer hands it over (same prefixes as {@link ReportLabels#from}). */
    static ReportLabels labels(String language) {
        Path file = Path.of("..", "web", "src", "main", "resources", "app", "banso", "web", "i18n", "messages_" + language + ".properties");
        Properties p = new Properties();
        try (Reader in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("the web bundle is read from " + file.toAbsolutePath(), e);
        }
        Map<String, String> texts = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            for (String prefix : ReportLabels.PREFIXES) {
                if (key.startsWith(prefix)) {
                    texts.put(key, p.getProperty(key));
                }
            }
        }
        return new ReportLabels(language, texts);
    }

    static Map<String, Long> map(Object... keyThenCount) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < keyThenCount.length; i += 2) {
            m.put((String) keyThenCount[i], ((Number) keyThenCount[i + 1]).longValue());
        }
        return m;
    }

    /** Three adopted companies: one agreed to be named, one declined, one has not answered. */
    static OutcomeFigures figures() {
        return new OutcomeFigures(
                map("SUBMITTED", 2, "COMPLETE", 4, "DOCUMENT_SCREENING", 0, "INTERVIEW_SCHEDULED", 1, "ADOPTED", 3, "REJECTED", 2,
                        "WITHDRAWN", 1, "DEEMED_WITHDRAWN", 0),
                map("KICKOFF", 0, "ACTIVE", 2, "ENDED", 0, "TERMINATED", 1),
                map("1", 0, "2", 2, "3", 0, "4", 0),
                map("TOKYO", 2, OutcomeFigures.UNKNOWN, 1),
                map("E_MANUFACTURING", 3),
                map("TERM_1", 0, "TERM_2", 1, "TERM_3", 0, "TERM_4", 0, "TERM_5", 0),
                1, 1, 1,
                List.of(new NamedCompany("株式会社公表同意", "Consenting KK", "TOKYO", "E_MANUFACTURING", CaseStatus.ACTIVE, 2, 1,
                        LocalDate.of(2026, 7, 1), LocalDate.of(2027, 3, 31))));
    }

    @Test
    void namesOnlyTheCompaniesThatAgreedAndCountsEveryAdoptedCompany_COOP_4() {
        OutcomeReport report = OutcomeReport.build(PROGRAMME, TODAY, figures(), labels("ja"));

        assertEquals(List.of(List.of("株式会社公表同意", "東京都", "E 製造業", "支援中", "第2段階 採用活動", "1／4", "2026-07-01 – 2027-03-31")),
                report.named().rows().stream().map(r -> r.stream().map(String::valueOf).toList()).toList());
        OutcomeReport.Table overview = report.tables().get(0);
        assertEquals(List.of(List.<Object>of("申込件数（提出済み）", 13L), List.<Object>of("採択企業数", 3L),
                List.<Object>of("公表に同意した企業（企業名を掲載）", 1L), List.<Object>of("公表に同意しなかった企業（集計のみ）", 1L),
                List.<Object>of("公表について未回答の企業（集計のみ）", 1L)), overview.rows());
        assertFalse(overview.total());
    }

    @Test
    void everyCountTableEndsWithItsTotalAndTheLabelsOfTheScreens() {
        OutcomeReport report = OutcomeReport.build(PROGRAMME, TODAY, figures(), labels("ja"));

        Map<String, List<List<Object>>> byTitle = new LinkedHashMap<>();
        report.tables().forEach(t -> byTitle.put(t.title(), t.rows()));
        assertEquals(List.of("概要", "申込の状況（状態別）", "採択企業の支援状況", "支援中の企業（現在の支援段階別）",
                "採択企業（本社所在地別）", "採択企業（業種別）", "支援の途中終了（理由別）"), List.copyOf(byTitle.keySet()));
        assertEquals(List.of(List.<Object>of("東京都", 2L), List.<Object>of("回答なし", 1L), List.<Object>of("合計", 3L)),
                byTitle.get("採択企業（本社所在地別）"));
        assertEquals(List.<Object>of("TERM-2 企業の状況が変わった（要件を満たさない等）", 1L), byTitle.get("支援の途中終了（理由別）").get(1));
        assertEquals(List.<Object>of("合計", 13L), byTitle.get("申込の状況（状態別）").getLast());
        assertEquals(List.<Object>of("第2段階 採用活動", 2L), byTitle.get("支援中の企業（現在の支援段階別）").get(1));
        for (OutcomeReport.Table t : report.tables().subList(1, report.tables().size())) {
            long sum = t.rows().subList(0, t.rows().size() - 1).stream().mapToLong(r -> (Long) r.get(1)).sum();
            assertEquals(sum, t.rows().getLast().get(1), t.title());
        }
    }

    @Test
    void theReportIsInTheReadersLanguageWithEveryTextTranslated() {
        for (String language : List.of("ja", "en")) {
            OutcomeReport report = OutcomeReport.build(PROGRAMME, TODAY, figures(), labels(language));
            for (String line : report.lines()) {
                for (String prefix : ReportLabels.PREFIXES) {
                    assertFalse(line.contains(prefix), language + ": a key without its text: " + line);
                }
            }
        }
        OutcomeReport en = OutcomeReport.build(PROGRAMME, TODAY, figures(), labels("en"));
        assertEquals("Outcome report (for publication)", en.title());
        assertEquals("FY2026 Accompanying support by coordinators", en.subtitle());
        assertEquals("Prepared on 5 March 2027 (Japan time)", en.issued());
        assertEquals("Consenting KK (株式会社公表同意)", en.named().rows().get(0).get(0));
        assertEquals("Stage 2: Recruiting", en.named().rows().get(0).get(4));
        assertEquals(List.of("Summary", "Named companies"), en.sheetNames());
        assertTrue(OutcomeReport.build(PROGRAMME, TODAY, figures(), labels("ja")).issued().contains("2027年3月5日"));
    }

    @Test
    void theFileNameCarriesTheProgrammeYearAndTheDayInJapan() {
        assertEquals("outcome-report-FY2026-2027-03-05", OutcomeReport.build(PROGRAMME, TODAY, figures(), labels("en")).baseName());
    }

    @Test
    void withoutAnyConsentTheListSaysSoAndNamesNobody_COOP_5() {
        OutcomeFigures f = figures();
        OutcomeFigures none = new OutcomeFigures(f.applicationsByStatus(), f.casesByStatus(), f.activeByStage(), f.adoptedByPrefecture(),
                f.adoptedByIndustry(), f.terminationsByReason(), 0, 2, 1, List.of());

        OutcomeReport report = OutcomeReport.build(PROGRAMME, TODAY, none, labels("ja"));

        assertTrue(report.named().rows().isEmpty());
        assertEquals("公表に同意した企業はまだありません。", report.namedEmpty());
        assertEquals(3L, report.tables().get(0).rows().get(1).get(1), "still counted as adopted");
    }
}
