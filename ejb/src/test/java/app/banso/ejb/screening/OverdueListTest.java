package app.banso.ejb.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.banso.persistence.screening.OverdueRow;
import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** SCREEN-2: the daily reminder lists the oldest overdue applications and counts the rest. */
class OverdueListTest {

    private static List<OverdueRow> rows(int n) {
        return LongStream.rangeClosed(1, n).mapToObj(i -> new OverdueRow(1000 + i, "遅延" + i + "株式会社",
                Instant.parse("2026-10-01T00:00:00Z").plusSeconds(i), null)).toList();
    }

    @Test
    void aShortListNamesEveryApplicationWithItsLink_SCREEN_2() {
        String text = ScreeningJobs.listed(rows(3), "https://banso.example", "ja");
        assertEquals(3, text.lines().count(), text);
        assertTrue(text.startsWith("- 1001 遅延1株式会社 (2026-10-01T00:00:01Z) https://banso.example/staff/application.xhtml?id=1001"), text);
        assertFalse(text.contains("ほか"), text);
    }

    @Test
    void aLongListStopsAtTheOldestFiftyAndSaysHowManyMoreInTheRecipientsLanguage_SCREEN_2() {
        String ja = ScreeningJobs.listed(rows(36_969), "https://banso.example", "ja");
        List<String> lines = ja.lines().toList();
        assertEquals(ScreeningJobs.OVERDUE_LISTED + 1, lines.size());
        assertTrue(lines.get(49).startsWith("- 1050 "), lines.get(49));
        assertEquals("…ほか 36,919 件（すべて申込一覧でご覧いただけます）", lines.get(50));
        String en = ScreeningJobs.listed(rows(51), "https://banso.example", "en");
        assertTrue(en.endsWith("\n… and 1 more (all of them in the inbox)"), en);
    }
}
