package app.banso.domain.intake;

import static app.banso.domain.intake.ApplicationStatus.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.banso.domain.shared.IllegalTransitionException;
import app.banso.domain.shared.RuleId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ApplicationStatusTest {

    /** The whole machine as the architecture describes it; every other pair is forbidden. */
    private static final Map<ApplicationStatus, Set<ApplicationStatus>> EXPECTED = Map.of(
            DRAFT, EnumSet.of(SUBMITTED, WITHDRAWN),
            SUBMITTED, EnumSet.of(COMPLETE, WITHDRAWN),
            COMPLETE, EnumSet.of(DOCUMENT_SCREENING, WITHDRAWN),
            DOCUMENT_SCREENING, EnumSet.of(INTERVIEW_SCHEDULED, REJECTED, WITHDRAWN, DEEMED_WITHDRAWN),
            INTERVIEW_SCHEDULED, EnumSet.of(ADOPTED, REJECTED, WITHDRAWN, DEEMED_WITHDRAWN),
            ADOPTED, EnumSet.noneOf(ApplicationStatus.class),
            REJECTED, EnumSet.noneOf(ApplicationStatus.class),
            WITHDRAWN, EnumSet.noneOf(ApplicationStatus.class),
            DEEMED_WITHDRAWN, EnumSet.noneOf(ApplicationStatus.class));

    static Stream<Arguments> allowed() {
        return EXPECTED.entrySet().stream().flatMap(e -> e.getValue().stream().map(to -> Arguments.of(e.getKey(), to)));
    }

    static Stream<Arguments> forbidden() {
        return Stream.of(values()).flatMap(from -> Stream.of(values())
                .filter(to -> !EXPECTED.get(from).contains(to))
                .map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1} is allowed")
    @MethodSource("allowed")
    void everyAllowedTransitionSucceeds(ApplicationStatus from, ApplicationStatus to) {
        assertTrue(from.canMoveTo(to));
        assertEquals(to, from.moveTo(to));
    }

    @ParameterizedTest(name = "{0} -> {1} is refused")
    @MethodSource("forbidden")
    void everyOtherTransitionIsRefusedNamingTheTargetRule(ApplicationStatus from, ApplicationStatus to) {
        assertFalse(from.canMoveTo(to));
        IllegalTransitionException e = assertThrows(IllegalTransitionException.class, () -> from.moveTo(to));
        assertEquals(to.rule(), e.rule().orElseThrow());
        assertEquals(from.name(), e.from());
    }

    @Test
    void withdrawnApplicationCannotBeAdopted_SCREEN_3() {
        IllegalTransitionException e = assertThrows(IllegalTransitionException.class, () -> WITHDRAWN.moveTo(ADOPTED));
        assertEquals(RuleId.SCREEN_3, e.rule().orElseThrow());
    }

    @Test
    void withdrawalAfterTheDecisionIsRefused_APPLY_3() {
        for (ApplicationStatus decided : EnumSet.of(ADOPTED, REJECTED)) {
            IllegalTransitionException e = assertThrows(IllegalTransitionException.class, () -> decided.moveTo(WITHDRAWN));
            assertEquals(RuleId.APPLY_3, e.rule().orElseThrow());
        }
    }

    @Test
    void deemedWithdrawalOnlyFromScreeningStates_APPLY_5() {
        for (ApplicationStatus s : values()) {
            assertEquals(s.isInScreening(), s.canMoveTo(DEEMED_WITHDRAWN), s.name());
        }
    }

    @Test
    void withdrawalIsPossibleExactlyBeforeTheDecision_APPLY_3() {
        for (ApplicationStatus s : values()) {
            boolean beforeDecision = !s.isFinal();
            assertEquals(beforeDecision, s.canMoveTo(WITHDRAWN), s.name());
        }
    }

    @Test
    void onlyDraftsAreEditableByTheApplicant() {
        for (ApplicationStatus s : values()) {
            assertEquals(s == DRAFT, s.isEditableByApplicant());
        }
    }

    @Test
    void onlyCompleteApplicationsAndThoseInDocumentScreeningWaitForTheirNotice_SCREEN_2() {
        assertEquals(EnumSet.of(COMPLETE, DOCUMENT_SCREENING), ApplicationStatus.waitingForNotice());
        for (ApplicationStatus s : values()) {
            assertEquals(ApplicationStatus.waitingForNotice().contains(s), s.isWaitingForNotice(), s.name());
        }
    }

    @Test
    void applicationsAwaitADecisionFromSubmissionUntilDecidedOrWithdrawn_SCREEN_1() {
        assertEquals(EnumSet.of(SUBMITTED, COMPLETE, DOCUMENT_SCREENING, INTERVIEW_SCHEDULED), ApplicationStatus.awaitingDecision());
        for (ApplicationStatus s : values()) {
            assertEquals(ApplicationStatus.awaitingDecision().contains(s), s.isAwaitingDecision(), s.name());
        }
    }
}
