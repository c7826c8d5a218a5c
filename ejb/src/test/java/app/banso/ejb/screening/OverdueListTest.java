package app.banso.ejb.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.banso.persistence.screening.OverdueRow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** SCREEN-2: the daily reminder lists the oldest overdue applications, counts the rest and links to them in the inbox. */
class OverdueListTest {

    private static List<OverdueRow> rows(int n) {
        return LongStream.rangeClosed(1, n).mapToObj(i -> new OverdueRow(1000 + i, "遅延" + i + "株式会社",
                Instant.parse("2026-10-01T00:00:00Z").plusSeconds(i), null)).toList();
    }

    private static final LocalDate SIX_DAYS_LATE = LocalDate.of(2026, 10, 21); // completed 10/01, target 10/15 (14 days)

    private static String listed(List<OverdueRow> rows, String language, LocalDate today) {
        return ScreeningJobs.listed(rows, "https://banso.example", language, today, 14, 31);
    }

    @Test
    void aShortListNamesEveryApplicationWithItsJapanDatesHowLateItIsAndItsLink_SCREEN_2() {
        String text = listed(rows(3), "ja", SIX_DAYS_LATE);
        assertEquals(3, text.lines().count(), text);
        assertTrue(text.startsWith("- 1001 遅延1株式会社（申込完了 2026/10/01、通知目標日 2026/10/15 から 6 日超過）"
                + "https://banso.example/staff/application.xhtml?id=1001\n"), text);
        assertFalse(text.contains("ほか"), text);
        String en = listed(rows(1), "en", LocalDate.of(2026, 10, 16));
        assertEquals("- 1001 遅延1株式会社 (completed 2026/10/01, 1 day past the notice date 2026/10/15)"
                + " https://banso.example/staff/application.xhtml?id=1001", en);
    }

    @Test
    void anApplicationPastTheLatestDateSaysSoWithThatDate_SCREEN_2() {
        // A completion late on 1 October in UTC is 2 October in Japan: the dates are Japan dates.
        List<OverdueRow> late = List.of(new OverdueRow(7, "最長超過株式会社", Instant.parse("2026-10-01T16:00:00Z"), null));
        assertEquals("- 7 最長超過株式会社（申込完了 2026/10/02、最長期限 2026/11/02 を過ぎています）"
                + "https://banso.example/staff/application.xhtml?id=7", listed(late, "ja", LocalDate.of(2026, 11, 3)));
        assertEquals("- 7 最長超過株式会社 (completed 2026/10/02, past the latest notice date 2026/11/02)"
                + " https://banso.example/staff/application.xhtml?id=7", listed(late, "en", LocalDate.of(2026, 11, 3)));
    }

    @Test
    void theInboxLinksOpenEachDeadlineStateTheListHoldsWithItsCountAndOnlyMineForAScreener_SCREEN_2() {
        List<OverdueRow> rows = new ArrayList<>(rows(3)); // completed 2026/10/01: overdue on 10/21
        rows.add(new OverdueRow(9, "最長超過株式会社", Instant.parse("2026-09-01T00:00:00Z"), null)); // past 10/02
        String screener = ScreeningJobs.inboxLinks(rows, "https://banso.example", "ja", SIX_DAYS_LATE, 14, 31, true);
        assertEquals("""
                最長期限超過（1 件）の申込一覧: https://banso.example/staff/inbox.xhtml?deadline=PAST_LATEST&mine=true
                期限超過（3 件）の申込一覧: https://banso.example/staff/inbox.xhtml?deadline=OVERDUE&mine=true""", screener);
        String admin = ScreeningJobs.inboxLinks(rows(3), "https://banso.example", "en", SIX_DAYS_LATE, 14, 31, false);
        assertEquals("Overdue (3), in the inbox: https://banso.example/staff/inbox.xhtml?deadline=OVERDUE", admin);
    }

    @Test
    void aLongListStopsAtTheOldestFiftyAndSaysHowManyMoreInTheRecipientsLanguage_SCREEN_2() {
        String ja = listed(rows(36_969), "ja", SIX_DAYS_LATE);
        List<String> lines = ja.lines().toList();
        assertEquals(ScreeningJobs.OVERDUE_LISTED + 1, lines.size());
        assertTrue(lines.get(49).startsWith("- 1050 "), lines.get(49));
        assertEquals("…ほか 36,919 件（すべて申込一覧でご覧いただけます）", lines.get(50));
        String en = listed(rows(51), "en", SIX_DAYS_LATE);
        assertTrue(en.endsWith("\n… and 1 more (all of them in the inbox)"), en);
    }
}
