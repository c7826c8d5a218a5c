package app.banso.ejb.programme;

import java.io.Serializable;
import java.time.LocalDate;

/** What the landing page shows about the current programme year. */
public record ProgrammeOverview(
        long id,
        int fiscalYear,
        String nameJa,
        String nameEn,
        LocalDate intakeOpens,
        LocalDate intakeCloses,
        LocalDate supportEnds,
        int capacity,
        long counted,
        int remainingPlaces,
        IntakeState intakeState,
        String contactNameJa,
        String contactNameEn,
        String contactEmail,
        String contactPhone) implements Serializable {

    /** APPLY-4: open, full (capacity reached), or outside the intake dates. */
    public enum IntakeState { NOT_YET_OPEN, OPEN, FULL, CLOSED }

    public boolean isOpen() {
        return intakeState == IntakeState.OPEN;
    }
}
