package app.banso.domain.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.banso.domain.programme.CapacityBasis;
import app.banso.domain.programme.Programme;
import app.banso.domain.programme.ProgrammeContact;
import app.banso.domain.programme.ProgrammeSchedule;
import app.banso.domain.shared.IllegalTransitionException;
import app.banso.domain.shared.RuleId;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ApplicationTest {

    private static final Instant T0 = Instant.parse("2026-05-01T00:00:00Z");

    static Programme programme2026() {
        return new Programme(2026, "2026年度 伴走型支援", "2026 Accompanying Support",
                new ProgrammeSchedule(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 12, 26), LocalDate.of(2027, 3, 31)),
                420, CapacityBasis.SUBMITTED,
                new ProgrammeContact("高度外国人材課", "Highly-Skilled Foreign Talent Division", "hfp@example.jp", null));
    }

    private static Application draft() {
        Company company = new Company(CorporateNumber.of("7000012050002"), "テスト株式会社", "Test KK", LegalForm.KK);
        return new Application(company, programme2026(), T0);
    }

    @Test
    void newApplicationIsADraft() {
        Application a = draft();
        assertEquals(ApplicationStatus.DRAFT, a.getStatus());
        assertEquals(T0, a.getStatusChangedAt());
    }

    @Test
    void walksTheWholeHappyPathToAdoption() {
        Application a = draft();
        a.submit(T0.plusSeconds(1));
        a.complete(T0.plusSeconds(2));
        a.startDocumentScreening(T0.plusSeconds(3));
        a.scheduleInterview(T0.plusSeconds(4));
        a.adopt(T0.plusSeconds(5));
        assertEquals(ApplicationStatus.ADOPTED, a.getStatus());
        assertEquals(T0.plusSeconds(1), a.getSubmittedAt().orElseThrow());
        assertEquals(T0.plusSeconds(5), a.getStatusChangedAt());
    }

    @Test
    void draftCannotBeAdoptedDirectly_SCREEN_3() {
        Application a = draft();
        IllegalTransitionException e = assertThrows(IllegalTransitionException.class, () -> a.adopt(T0));
        assertEquals(RuleId.SCREEN_3, e.rule().orElseThrow());
        assertEquals(ApplicationStatus.DRAFT, a.getStatus());
    }

    @Test
    void withdrawnApplicationCannotBeWithdrawnAgain_APPLY_3() {
        Application a = draft();
        a.withdraw(T0);
        assertThrows(IllegalTransitionException.class, () -> a.withdraw(T0));
    }
}
