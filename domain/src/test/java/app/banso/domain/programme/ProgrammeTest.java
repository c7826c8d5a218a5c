package app.banso.domain.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.banso.domain.shared.InvalidDataException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProgrammeTest {

    private static final ProgrammeContact CONTACT =
            new ProgrammeContact("高度外国人材課", "Highly-Skilled Foreign Talent Division", "hfp@example.jp", "03-0000-0000");

    private static Programme programme() {
        return new Programme(2026, "2026年度", "FY2026",
                new ProgrammeSchedule(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 12, 26), LocalDate.of(2027, 3, 31)),
                420, CapacityBasis.SUBMITTED, CONTACT);
    }

    @Test
    void intakeIsOpenFromTheOpeningToTheClosingDayInclusive_APPLY_4() {
        Programme p = programme();
        assertFalse(p.isIntakeOpenOn(LocalDate.of(2026, 3, 31)));
        assertTrue(p.isIntakeOpenOn(LocalDate.of(2026, 4, 1)));
        assertTrue(p.isIntakeOpenOn(LocalDate.of(2026, 12, 26)));
        assertFalse(p.isIntakeOpenOn(LocalDate.of(2026, 12, 27)));
    }

    @Test
    void remainingPlacesNeverGoBelowZero_APPLY_4() {
        Programme p = programme();
        assertEquals(420, p.remainingPlaces(0));
        assertEquals(1, p.remainingPlaces(419));
        assertEquals(0, p.remainingPlaces(420));
        assertEquals(0, p.remainingPlaces(500));
    }

    @Test
    void capacityMustBePositive() {
        Programme p = programme();
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> p.changeCapacity(0));
        assertEquals("programme.capacity.positive", e.messageKey());
        assertEquals(420, p.getCapacity());
        p.changeCapacity(500);
        assertEquals(500, p.getCapacity());
    }

    @Test
    void intakeCannotCloseBeforeItOpens() {
        InvalidDataException e = assertThrows(InvalidDataException.class,
                () -> new ProgrammeSchedule(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31)));
        assertEquals("intakeCloses", e.field());
    }

    @Test
    void supportMustEndAfterIntakeCloses_PERIOD_1() {
        InvalidDataException e = assertThrows(InvalidDataException.class,
                () -> new ProgrammeSchedule(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 4, 1), LocalDate.of(2027, 3, 31)));
        assertEquals("supportEnds", e.field());
    }

    @Test
    void contactNeedsAValidEmail() {
        assertThrows(InvalidDataException.class, () -> new ProgrammeContact("a", "b", "not-an-email", null));
    }
}
