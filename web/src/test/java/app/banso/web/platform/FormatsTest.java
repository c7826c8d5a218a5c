package app.banso.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A file's size reads in the user's language (the applicant sees the consent form they uploaded). */
class FormatsTest {

    @Test
    void aFileSizeReadsInBytesKilobytesOrMegabytesInTheUsersLanguage() {
        assertEquals("594 バイト", Formats.fileSize(594, true));
        assertEquals("594 bytes", Formats.fileSize(594, false));
        assertEquals("1 byte", Formats.fileSize(1, false));
        assertEquals("1.0 KB", Formats.fileSize(1024, true));
        assertEquals("9.8 KB", Formats.fileSize(10_000, false));
        assertEquals("200 KB", Formats.fileSize(204_800, false));
        assertEquals("1.0 MB", Formats.fileSize(1024 * 1024, true));
        assertEquals("10 MB", Formats.fileSize(10L * 1024 * 1024, false));
    }
}
