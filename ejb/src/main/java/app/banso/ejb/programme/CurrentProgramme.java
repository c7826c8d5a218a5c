package app.banso.ejb.programme;

import app.banso.domain.programme.Programme;
import app.banso.persistence.programme.ProgrammeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Which programme is current today and its {@link ProgrammeHeading}, remembered for a minute:
 * every page shows the programme's name and contact, and the staff inbox needs its id on every
 * page, sort and filter, the applicant's boundary on every autosave (issue 8: SQL statements per
 * request). The answer changes only when ADMIN
 * edits the programme ({@link #forget} once the edit is committed, on this node; other nodes of a
 * cluster within the minute)
 * or when a new fiscal year's programme opens (keyed by the day, so seen at once). Rules never
 * read it: capacity, deadlines and dates are checked against the database row.
 */
@ApplicationScoped
public class CurrentProgramme {

    static final Duration KEEP = Duration.ofMinutes(1);

    private record Known(LocalDate day, ProgrammeHeading heading, Instant until) {
    }

    @Inject
    private ProgrammeRepository programmes;

    @Inject
    private Clock clock;

    private volatile Known known;

    /** The current programme's id, if there is any programme. */
    public Optional<Long> id() {
        return heading().map(ProgrammeHeading::id);
    }

    /** The current programme's name, contact and deadlines, if there is any programme. */
    public Optional<ProgrammeHeading> heading() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        Known k = known;
        if (k != null && k.day().equals(today) && now.isBefore(k.until())) {
            return Optional.of(k.heading());
        }
        Optional<ProgrammeHeading> heading = programmes.findCurrent(today).map(CurrentProgramme::heading);
        heading.ifPresent(h -> known = new Known(today, h, now.plus(KEEP)));
        return heading;
    }

    /**
     * ADMIN changed a programme (fired in the edit's transaction). Any change forgets the
     * remembered programme, not only a change of that one: new dates can make another programme
     * the current one. The id is for observers that care which.
     */
    public record Changed(long programmeId) {
    }

    /**
     * Once ADMIN's edit is committed, the next request reads the programme again. After the
     * commit, not before: a page read between the two would otherwise remember the old row.
     */
    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed event) {
        known = null;
    }

    private static ProgrammeHeading heading(Programme p) {
        var c = p.getContact();
        return new ProgrammeHeading(p.getId(), p.getNameJa(), p.getNameEn(), c.nameJa(), c.nameEn(), c.email(), c.phone(),
                p.getNoticeTargetDays(), p.getNoticeMaxDays());
    }
}
