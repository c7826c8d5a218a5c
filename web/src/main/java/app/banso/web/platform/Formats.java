package app.banso.web.platform;

import app.banso.domain.shared.JapanTime;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Dates and times in the user's language, in Japan time. */
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
}
