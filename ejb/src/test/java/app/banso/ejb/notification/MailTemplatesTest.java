package app.banso.ejb.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The e-mails write a day one way in both languages, as the screens and the interview mail do. */
class MailTemplatesTest {

    @Test
    void aDayIsWrittenYearMonthDayWithSlashesInEitherLanguage() {
        assertEquals("2026/03/05", MailTemplates.day(LocalDate.of(2026, 3, 5)));
        String day = MailTemplates.day(LocalDate.of(2026, 12, 31));
        MailTemplates.Mail ja = MailTemplates.render("terminated", "ja", "伴走 花子", "株式会社デモ伴走", "", "", "", "TERM-1", day);
        assertTrue(ja.body().contains("2026/12/31 をもって終了"), ja.body());
        MailTemplates.Mail en = MailTemplates.render("terminated", "en", "Hanako Banso", "Demo Banso KK", "", "", "", "TERM-1", day);
        assertTrue(en.body().contains("as of 2026/12/31 (TERM-1)"), en.body());
    }
}
