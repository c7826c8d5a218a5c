package app.banso.ejb.calendar;

import app.banso.domain.intake.Application;
import app.banso.domain.screening.Attendee;
import app.banso.domain.screening.InterviewMedium;
import app.banso.domain.screening.ScreeningRecord;
import app.banso.domain.shared.RuleId;
import app.banso.domain.shared.RuleViolationException;
import app.banso.ejb.notification.PublicLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * SCREEN-2: the proposed online screening as a calendar file ("add to calendar"), for the
 * applicant (attached to the proposal e-mail, and on the status page) and for staff (on the
 * application page). One event per application: its UID stays, its SEQUENCE is the proposal's
 * time (seconds since {@link #SEQUENCE_EPOCH}), so a screening proposed again at another time
 * replaces the earlier event in a calendar that imported it, and a withdrawal's cancelling file
 * (a later version still) takes it out. The guidelines give no length; the event lasts
 * {@link #LENGTH}.
 */
@ApplicationScoped
public class InterviewCalendar {

    /** The online screening's length in the calendar (the guidelines give none). */
    public static final Duration LENGTH = Duration.ofMinutes(60);

    /** SEQUENCE counts seconds from here (a signed 32-bit integer lasts until 2088). */
    static final Instant SEQUENCE_EPOCH = Instant.parse("2020-01-01T00:00:00Z");

    /** Who the file is for: the applicant's file links to the status page, staff's to the application page. */
    public enum Audience { APPLICANT, STAFF }

    @Inject private PublicLinks links;

    /** The file's name, in ASCII so that every mail program and browser keeps it. */
    public static String fileName(long applicationId) {
        return "online-screening-" + applicationId + ".ics";
    }

    /** The name of the file that takes the screening out of the applicant's calendar. */
    public static String cancellationFileName(long applicationId) {
        return "online-screening-" + applicationId + "-cancelled.ics";
    }

    /**
     * @throws RuleViolationException SCREEN-2 when no online screening is proposed
     */
    public byte[] file(Application application, ScreeningRecord record, Audience audience, String language) {
        return CalendarFile.of(event(application, record, audience, language, null));
    }

    /**
     * The applicant's screening taken out of their calendar (the application was withdrawn or
     * deemed withdrawn, APPLY-3, APPLY-5): the same event in a later version, cancelled. Empty
     * when no screening was proposed or its time has passed (nothing left to take out).
     */
    public Optional<byte[]> cancellation(Application application, Optional<ScreeningRecord> record, String language, Instant now) {
        return record.filter(r -> r.getNoticeSentAt().isPresent() && r.getInterviewMedium().isPresent())
                .filter(r -> r.getInterviewAt().map(now::isBefore).orElse(false))
                .map(r -> CalendarFile.cancelling(event(application, r, Audience.APPLICANT, language, now)));
    }

    /** @param cancelledAt null for the proposed event, else when it was called off (its version) */
    private CalendarFile.Event event(Application application, ScreeningRecord record, Audience audience, String language,
                                     Instant cancelledAt) {
        Instant at = record.getInterviewAt().orElse(null);
        Instant proposedAt = record.getNoticeSentAt().orElse(null);
        InterviewMedium medium = record.getInterviewMedium().orElse(null);
        if (at == null || proposedAt == null || medium == null) {
            throw new RuleViolationException(RuleId.SCREEN_2, "screening.noInterview");
        }
        Instant version = cancelledAt == null ? proposedAt : cancelledAt;
        ResourceBundle texts = ResourceBundle.getBundle("app.banso.ejb.calendar.calendar",
                Locale.forLanguageTag("en".equals(language) ? "en" : "ja"));
        boolean english = "en".equals(language);
        String programme = english ? application.getProgramme().getNameEn() : application.getProgramme().getNameJa();
        String company = Optional.ofNullable(english ? application.getCompanyAnswers().getLegalNameEn() : null)
                .filter(s -> !s.isBlank())
                .or(() -> Optional.ofNullable(application.getCompanyAnswers().getLegalNameJa()))
                .orElse("");
        String how = medium == InterviewMedium.TEAMS ? "Microsoft Teams " + record.getTeamsUrl().orElse("")
                : texts.getString("medium.PHONE");
        String who = texts.getString("attendee." + record.getAttendee().orElse(Attendee.REPRESENTATIVE).name());
        String link = audience == Audience.APPLICANT ? links.url("/applicant/status.xhtml")
                : links.url("/staff/application.xhtml?id=" + application.getId());
        String summary = format(texts, audience == Audience.APPLICANT ? "summary.applicant" : "summary.staff", programme,
                company, String.valueOf(application.getId()));
        String description = format(texts, audience == Audience.APPLICANT ? "description.applicant" : "description.staff",
                how, who, String.valueOf(application.getId()), link, company);
        String uid = "banso-interview-" + application.getId() + (audience == Audience.STAFF ? "-staff" : "") + "@" + links.host();
        return new CalendarFile.Event(uid, Duration.between(SEQUENCE_EPOCH, version).toSeconds(), version, at, at.plus(LENGTH),
                summary, description, record.getTeamsUrl().orElse(how), link);
    }

    private static String format(ResourceBundle texts, String key, Object... args) {
        return new MessageFormat(texts.getString(key), texts.getLocale()).format(args);
    }
}
