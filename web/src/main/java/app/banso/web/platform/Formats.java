package app.banso.web.platform;

import app.banso.domain.shared.JapanTime;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Dates and times in the user's language, in Japan time; file sizes in the user's language. */
@Named
@RequestScoped
public class Formats {

    @Inject
    private LocaleBean locale;

    public String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        return locale.isJapanese() ? DateTimeFormatter.ofPattern("yyyy年M月d日").format(date)
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale.getLocale()).format(date);
    }

    public String time(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("HH:mm").format(instant.atZone(JapanTime.ZONE));
    }

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        return (locale.isJapanese() ? DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm")
                : DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", locale.getLocale())).format(instant.atZone(JapanTime.ZONE));
    }

    public String fileSize(long bytes) {
        return fileSize(bytes, locale.isJapanese());
    }

    /** "594 バイト" / "594 bytes" below a kilobyte, else KB or MB with one decimal below ten (1,024 bytes to the KB). */
    static String fileSize(long bytes, boolean japanese) {
        if (bytes < 1024) {
            return bytes + (japanese ? " バイト" : bytes == 1 ? " byte" : " bytes");
        }
        double kb = bytes / 1024.0;
        if (kb < 1024) {
            return scaled(kb) + " KB";
        }
        return scaled(kb / 1024) + " MB";
    }

    private static String scaled(double value) {
        return value < 10 ? String.format(java.util.Locale.ROOT, "%.1f", value) : String.valueOf(Math.round(value));
    }
}
