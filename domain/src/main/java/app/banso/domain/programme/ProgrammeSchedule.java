package app.banso.domain.programme;

import app.banso.domain.shared.InvalidDataException;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The dates of a programme year: intake window and the end of the support period. The intake
 * must open before it closes and close before support ends (PERIOD-1 caps every support
 * period at {@link #supportEnds()}).
 */
public record ProgrammeSchedule(LocalDate intakeOpens, LocalDate intakeCloses, LocalDate supportEnds)
        implements Serializable {

    public ProgrammeSchedule {
        if (intakeOpens == null || intakeCloses == null || supportEnds == null) {
            throw new InvalidDataException("schedule", "validation.required");
        }
        if (intakeCloses.isBefore(intakeOpens)) {
            throw new InvalidDataException("intakeCloses", "programme.schedule.closesBeforeOpens");
        }
        if (!supportEnds.isAfter(intakeCloses)) {
            throw new InvalidDataException("supportEnds", "programme.schedule.supportEndsBeforeIntakeCloses");
        }
    }
}
