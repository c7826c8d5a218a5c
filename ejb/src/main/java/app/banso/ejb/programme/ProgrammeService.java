package app.banso.ejb.programme;

import app.banso.domain.programme.Programme;
import app.banso.domain.programme.ProgrammeContact;
import app.banso.domain.programme.ProgrammeSchedule;
import app.banso.domain.shared.ConflictException;
import app.banso.domain.shared.NotFoundException;
import app.banso.ejb.audit.AuditLog;
import app.banso.ejb.intake.IntakeDesk;
import app.banso.ejb.platform.Roles;
import app.banso.persistence.intake.ApplicationRepository;
import app.banso.persistence.programme.ProgrammeRepository;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** Use cases of the programme year: what the public sees, and what ADMIN changes. */
@Stateless
@DeclareRoles({Roles.APPLICANT, Roles.SCREENER, Roles.COORDINATOR, Roles.ADMIN})
public class ProgrammeService {

    @Inject
    private ProgrammeRepository programmes;

    @Inject
    private ApplicationRepository applications;

    @Inject
    private AuditLog audit;

    @Inject
    private IntakeDesk desk;

    @Inject
    private Clock clock;

    @Inject
    private CurrentProgramme currentProgramme;

    @Inject
    private Event<CurrentProgramme.Changed> programmeChanged;

    /**
     * What every page's header and footer show of the current programme (name, contact), without
     * counting places; remembered for a minute ({@link CurrentProgramme}). Empty when there is none.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS) // every page asks; a remembered answer needs no transaction
    public Optional<ProgrammeHeading> heading() {
        return currentProgramme.heading();
    }

    /** The current programme with its intake state and remaining places (APPLY-4). */
    @PermitAll
    public ProgrammeOverview current() {
        LocalDate today = LocalDate.now(clock);
        Programme p = programmes.findCurrent(today).orElseThrow(() -> new NotFoundException("programme", "current"));
        long counted = applications.countAgainstCapacityForDisplay(p.getId(), p.getCapacityBasis());
        int remaining = p.remainingPlaces(counted);
        ProgrammeOverview.IntakeState state;
        if (today.isBefore(p.getIntakeOpens())) {
            state = ProgrammeOverview.IntakeState.NOT_YET_OPEN;
        } else if (today.isAfter(p.getIntakeCloses())) {
            state = ProgrammeOverview.IntakeState.CLOSED;
        } else if (remaining == 0) {
            state = ProgrammeOverview.IntakeState.FULL;
        } else {
            state = ProgrammeOverview.IntakeState.OPEN;
        }
        var c = p.getContact();
        return new ProgrammeOverview(p.getId(), p.getFiscalYear(), p.getNameJa(), p.getNameEn(), p.getIntakeOpens(),
                p.getIntakeCloses(), p.getSupportEnds(), p.getCapacity(), counted, remaining, state,
                c.nameJa(), c.nameEn(), c.email(), c.phone());
    }

    @RolesAllowed(Roles.ADMIN)
    public ProgrammeSettings settings(long programmeId) {
        Programme p = programmes.find(programmeId).orElseThrow(() -> new NotFoundException("programme", programmeId));
        var c = p.getContact();
        return new ProgrammeSettings(p.getId(), p.getFiscalYear(), p.getIntakeOpens(), p.getIntakeCloses(), p.getSupportEnds(),
                p.getCapacity(), p.getCapacityBasis(), c.nameJa(), c.nameEn(), c.email(), c.phone(), p.getNoticeTargetDays(),
                p.getNoticeMaxDays(), p.getConfirmDays(), p.getVersion());
    }

    /**
     * ADMIN changes capacity (APPLY-4), dates (PERIOD-1 uses the support end) and contact.
     * @throws ConflictException when someone else saved the programme in the meantime
     */
    @RolesAllowed(Roles.ADMIN)
    public void update(@NotNull @Valid ProgrammeSettings changed) {
        Programme p = programmes.find(changed.id()).orElseThrow(() -> new NotFoundException("programme", changed.id()));
        p = programmes.lock(p.getId()); // capacity changes queue with submissions (APPLY-4)
        if (p.getVersion() != changed.version()) {
            throw new ConflictException(null, "error.conflict");
        }
        String before = describe(p);
        p.reschedule(new ProgrammeSchedule(changed.intakeOpens(), changed.intakeCloses(), changed.supportEnds()));
        p.changeCapacity(changed.capacity());
        p.countCapacityBy(changed.capacityBasis());
        p.changeScreeningDeadlines(changed.noticeTargetDays(), changed.noticeMaxDays(), changed.confirmDays());
        p.changeContact(new ProgrammeContact(changed.contactNameJa(), changed.contactNameEn(), changed.contactEmail(),
                changed.contactPhone()));
        audit.record("PROGRAMME_UPDATED", "programme:" + p.getFiscalYear(), before + " -> " + describe(p));
        // More places: the waiting list moves up at once, in arrival order.
        desk.promoteFromWaitingList(p);
        programmeChanged.fire(new CurrentProgramme.Changed(p.getId()));
    }

    private static String describe(Programme p) {
        return "capacity=" + p.getCapacity() + " basis=" + p.getCapacityBasis() + " intake=" + p.getIntakeOpens() + ".."
                + p.getIntakeCloses() + " supportEnds=" + p.getSupportEnds() + " notice=" + p.getNoticeTargetDays() + "/"
                + p.getNoticeMaxDays() + " confirm=" + p.getConfirmDays();
    }
}
