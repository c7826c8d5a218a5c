package app.banso.ejb.calendar;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * A calendar file (iCalendar, RFC 5545) holding one event, for "add to calendar": attached to
 * the e-mail that proposes an online screening and downloaded from the pages that show it.
 * Times are written in UTC, so every calendar shows them in its own time zone; text values are
 * escaped and lines folded at 75 octets without splitting a character, lines end with CRLF.
 * A later file with the same {@code uid} and a higher {@code sequence} updates the event in a
 * calendar that imported the earlier one (a screening moved to another time).
 */
public final class CalendarFile {

    /** The MIME type of the file, as an e-mail attachment and as a download. */
    public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";
    /** The MIME type of a file that cancels an event ({@link #cancelling}). */
    public static final String CANCEL_CONTENT_TYPE = "text/calendar; charset=UTF-8; method=CANCEL";

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;

    /**
     * One event: at a time ({@code start} to {@code end}) or for a whole day ({@code day}, the
     * times null: a visit whose hour the work log does not hold).
     * @param uid stays the same for every version of the event
     * @param sequence higher for every later version
     * @param stamp when this version was made
     * @param location may be null
     * @param url may be null
     */
    public record Event(String uid, long sequence, Instant stamp, Instant start, Instant end, LocalDate day, String summary,
                        String description, String location, String url) {
        public Event {
            Objects.requireNonNull(uid, "uid");
            Objects.requireNonNull(stamp, "stamp");
            Objects.requireNonNull(summary, "summary");
            if (day == null) {
                Objects.requireNonNull(start, "start");
                Objects.requireNonNull(end, "end");
                if (!end.isAfter(start)) {
                    throw new IllegalArgumentException("an event ends after it starts");
                }
            } else if (start != null || end != null) {
                throw new IllegalArgumentException("a whole day's event has no times");
            }
            if (sequence < 0) {
                throw new IllegalArgumentException("sequence");
            }
        }

        /** An event at a time. */
        public Event(String uid, long sequence, Instant stamp, Instant start, Instant end, String summary, String description,
                     String location, String url) {
            this(uid, sequence, stamp, start, end, null, summary, description, location, url);
        }

        /** An event for the whole of {@code day}. */
        public static Event allDay(String uid, long sequence, Instant stamp, LocalDate day, String summary, String description,
                                   String location, String url) {
            return new Event(uid, sequence, stamp, null, null, Objects.requireNonNull(day, "day"), summary, description, location, url);
        }
    }

    private CalendarFile() {
    }

    /** The file's bytes (UTF-8). */
    public static byte[] of(Event event) {
        return write(event, false);
    }

    /**
     * A file that takes the event out of a calendar that imported it (METHOD:CANCEL, STATUS:
     * CANCELLED): {@code event} names it by its UID, with a SEQUENCE higher than the last one sent.
     */
    public static byte[] cancelling(Event event) {
        return write(event, true);
    }

    private static byte[] write(Event event, boolean cancel) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Banso//Accompanying support programme//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, cancel ? "METHOD:CANCEL" : "METHOD:PUBLISH");
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + text(event.uid()));
        line(out, "SEQUENCE:" + event.sequence());
        line(out, "DTSTAMP:" + UTC.format(event.stamp()));
        if (event.day() == null) {
            line(out, "DTSTART:" + UTC.format(event.start()));
            line(out, "DTEND:" + UTC.format(event.end()));
        } else {
            // RFC 5545 3.6.1: a whole day, from the day to the next (DTEND is not part of it).
            line(out, "DTSTART;VALUE=DATE:" + DateTimeFormatter.BASIC_ISO_DATE.format(event.day()));
            line(out, "DTEND;VALUE=DATE:" + DateTimeFormatter.BASIC_ISO_DATE.format(event.day().plusDays(1)));
        }
        line(out, "SUMMARY:" + text(event.summary()));
        if (event.description() != null && !event.description().isBlank()) {
            line(out, "DESCRIPTION:" + text(event.description()));
        }
        if (event.location() != null && !event.location().isBlank()) {
            line(out, "LOCATION:" + text(event.location()));
        }
        if (event.url() != null && !event.url().isBlank()) {
            line(out, "URL:" + event.url().strip());
        }
        line(out, cancel ? "STATUS:CANCELLED" : "STATUS:CONFIRMED");
        line(out, "TRANSP:OPAQUE");
        line(out, "END:VEVENT");
        line(out, "END:VCALENDAR");
        return out.toByteArray();
    }

    /** RFC 5545 3.3.11: backslash, semicolon and comma escaped, line breaks as \n. */
    static String text(String value) {
        StringBuilder b = new StringBuilder(value.length() + 8);
        String v = value.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case ';' -> b.append("\\;");
                case ',' -> b.append("\\,");
                case '\n' -> b.append("\\n");
                default -> {
                    if (c < 0x20 && c != '\t') {
                        continue; // control characters are not allowed in a text value
                    }
                    b.append(c);
                }
            }
        }
        return b.toString();
    }

    /**
     * RFC 5545 3.1: a line longer than 75 octets goes on in the next line, which starts with a
     * space; the fold never falls inside a character's UTF-8 bytes (or a surrogate pair).
     */
    private static void line(ByteArrayOutputStream out, String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + n > limit) {
                out.writeBytes(new byte[] {'\r', '\n', ' '});
                octets = 0;
                limit = MAX_OCTETS - 1; // the leading space counts
            }
            out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
            octets += n;
            i += Character.charCount(cp);
        }
        out.writeBytes(new byte[] {'\r', '\n'});
    }
}
