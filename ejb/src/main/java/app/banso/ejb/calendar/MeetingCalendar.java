package app.banso.ejb.calendar;

import app.banso.domain.support.Activity;
import app.banso.domain.support.ActivityType;
import app.banso.domain.support.SupportCase;
import app.banso.ejb.notification.PublicLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * SUPPORT-2: an upcoming meeting, visit or accompanied trip of a support case as a calendar
 * file, for the company (its support page) and for the coordinator (the case page). The work
 * log holds the day, not the hour, so the event lasts the whole day and says that the time is
 * agreed with the coordinator; a visit reminds the company of SUPPORT-7 (a confirmed visit
 * cancelled by the company may cost).
 */
@ApplicationScoped
public class MeetingCalendar {

    /** Who the file is for: the company's links to its support page, staff's to the case page. */
    public enum Audience { COMPANY, STAFF }

    @Inject private PublicLinks links;

    /** The file's name, in ASCII. */
    public static String fileName(long activityId) {
        return "meeting-" + activityId + ".ics";
    }

    /**
     * @param coordinatorName the coordinator as the company knows them (null when none is assigned)
     */
    public byte[] file(SupportCase supportCase, Activity activity, String coordinatorName, Audience audience, String language) {
        ResourceBundle texts = ResourceBundle.getBundle("app.banso.ejb.calendar.calendar",
                Locale.forLanguageTag("en".equals(language) ? "en" : "ja"));
        String type = texts.getString("meeting." + activity.getType().name());
        String link = audience == Audience.COMPANY ? links.url("/applicant/support.xhtml")
                : links.url("/staff/case.xhtml?id=" + supportCase.getId());
        String summary = audience == Audience.COMPANY
                ? format(texts, "meeting.summary.company", type, coordinatorName == null ? "" : coordinatorName)
                : format(texts, "meeting.summary.staff", type, supportCase.getCompanyName());
        List<String> lines = new ArrayList<>();
        if (audience == Audience.STAFF) {
            lines.add(format(texts, "meeting.company", supportCase.getCompanyName()));
        }
        activity.getParticipants().filter(p -> !p.isBlank()).ifPresent(p -> lines.add(format(texts, "meeting.participants", p)));
        activity.getDurationMinutes().ifPresent(m -> lines.add(format(texts, "meeting.duration", m)));
        lines.add(format(texts, "meeting.stage", activity.getStage()));
        lines.add(texts.getString("meeting.time"));
        if (audience == Audience.COMPANY && activity.getType() == ActivityType.VISIT) {
            lines.add(texts.getString("meeting.visitCosts"));
        }
        lines.add("");
        lines.add(link);
        String uid = "banso-meeting-" + activity.getId() + (audience == Audience.STAFF ? "-staff" : "") + "@" + links.host();
        return CalendarFile.of(CalendarFile.Event.allDay(uid, 0, activity.getRecordedAt(), activity.getDate(), summary,
                String.join("\n", lines), null, link));
    }

    private static String format(ResourceBundle texts, String key, Object... args) {
        return new MessageFormat(texts.getString(key), texts.getLocale()).format(args);
    }
}
