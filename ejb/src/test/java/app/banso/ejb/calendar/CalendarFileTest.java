package app.banso.ejb.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarFileTest {

    private static final Instant START = Instant.parse("2026-12-10T01:00:00Z"); // 10:00 in Japan

    private static CalendarFile.Event event(String summary, String description) {
        return new CalendarFile.Event("interview-42@example.jp", 3, Instant.parse("2026-12-01T08:30:00Z"), START,
                START.plusSeconds(3600), summary, description, "https://teams.microsoft.com/l/meetup-join/abc", null);
    }

    private static String file(CalendarFile.Event e) {
        return new String(CalendarFile.of(e), StandardCharsets.UTF_8);
    }

    /** The logical lines: folded lines joined again as RFC 5545 says. */
    private static List<String> unfolded(String file) {
        return Arrays.asList(file.replace("\r\n ", "").split("\r\n"));
    }

    @Test
    void writesOneEventWithItsTimesInUtcAndItsIdentityAndVersion() {
        List<String> lines = unfolded(file(event("Online screening", "By Microsoft Teams")));
        assertEquals("BEGIN:VCALENDAR", lines.getFirst());
        assertEquals("END:VCALENDAR", lines.getLast());
        assertTrue(lines.contains("VERSION:2.0"));
        assertTrue(lines.contains("METHOD:PUBLISH"));
        assertTrue(lines.contains("UID:interview-42@example.jp"));
        assertTrue(lines.contains("SEQUENCE:3"));
        assertTrue(lines.contains("DTSTAMP:20261201T083000Z"));
        assertTrue(lines.contains("DTSTART:20261210T010000Z"));
        assertTrue(lines.contains("DTEND:20261210T020000Z"));
        assertTrue(lines.contains("LOCATION:https://teams.microsoft.com/l/meetup-join/abc"));
        assertEquals(1, lines.stream().filter("BEGIN:VEVENT"::equals).count());
    }

    @Test
    void aCancellingFileNamesTheSameEventAndSaysItIsCancelled() {
        List<String> lines = unfolded(new String(CalendarFile.cancelling(event("Online screening", null)), StandardCharsets.UTF_8));
        assertTrue(lines.contains("METHOD:CANCEL"));
        assertTrue(lines.contains("STATUS:CANCELLED"));
        assertTrue(lines.contains("UID:interview-42@example.jp"));
        assertTrue(!lines.contains("METHOD:PUBLISH") && !lines.contains("STATUS:CONFIRMED"));
    }

    @Test
    void aWholeDaysEventRunsFromItsDayToTheNextAsDates() {
        List<String> lines = unfolded(new String(CalendarFile.of(CalendarFile.Event.allDay("visit-7@example.jp", 0,
                Instant.parse("2026-12-01T08:30:00Z"), java.time.LocalDate.of(2026, 12, 31), "Visit", null, null, null)),
                StandardCharsets.UTF_8));
        assertTrue(lines.contains("DTSTART;VALUE=DATE:20261231"));
        assertTrue(lines.contains("DTEND;VALUE=DATE:20270101"), "the end is the day after, not part of the event");
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("DTSTART:")));
    }

    @Test
    void endsEveryLineWithCrLfAndNeverWritesALineLongerThan75Octets() {
        String long_ = "オンライン審査（二次審査）".repeat(20) + " and some English, too; with a backslash \\ ".repeat(5);
        byte[] bytes = CalendarFile.of(event(long_, long_));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\r\n"));
        assertEquals(-1, text.replace("\r\n", "").indexOf('\n'), "no bare line feed");
        for (String line : text.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, () -> "too long: " + line);
        }
    }

    @Test
    void foldsJapaneseTextBetweenCharactersSoThatUnfoldingGivesItBackWhole() {
        String summary = "【伴走型支援】オンライン審査（二次審査）株式会社デモ伴走 様 𠮷野家 ".repeat(4);
        String unfoldedSummary = unfolded(file(event(summary, null))).stream().filter(l -> l.startsWith("SUMMARY:"))
                .findFirst().orElseThrow();
        assertEquals("SUMMARY:" + summary, unfoldedSummary);
        // each physical line is valid UTF-8 on its own: no character was cut in two
        for (String line : file(event(summary, null)).split("\r\n")) {
            byte[] b = line.getBytes(StandardCharsets.UTF_8);
            assertEquals(line, new String(b, StandardCharsets.UTF_8));
            assertTrue(!line.contains("\uFFFD"));
        }
    }

    @Test
    void escapesCommasSemicolonsBackslashesAndLineBreaksInText() {
        assertEquals("a\\, b\\; c\\\\ d\\ne\\nf", CalendarFile.text("a, b; c\\ d\r\ne\nf"));
        List<String> lines = unfolded(file(event("Screening, second stage", "Line one\nLine two; end")));
        assertTrue(lines.contains("SUMMARY:Screening\\, second stage"));
        assertTrue(lines.contains("DESCRIPTION:Line one\\nLine two\\; end"));
    }

    @Test
    void leavesOutControlCharactersThatATextValueMayNotHold() {
        assertEquals("ab", CalendarFile.text("a\u0007b"));
    }

    @Test
    void refusesAnEventThatEndsBeforeItStarts() {
        assertThrows(IllegalArgumentException.class, () -> new CalendarFile.Event("u", 0, START, START, START.minusSeconds(1),
                "s", null, null, null));
    }
}
