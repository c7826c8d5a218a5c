package app.banso.domain.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.banso.domain.shared.InvalidDataException;
import app.banso.domain.shared.RuleId;
import app.banso.domain.shared.RuleViolationException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScreeningRecordTest {

    private static final Instant NOW = Instant.parse("2026-07-01T01:00:00Z");

    private static ScreeningRecord scored() {
        ScreeningRecord r = new ScreeningRecord(1L);
        for (int c = 1; c <= 5; c++) {
            r.score(c, 4, null);
        }
        return r;
    }

    @ParameterizedTest(name = "CRIT-{0}")
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void aLowScoreOnEachCriterionNeedsACommentThatNamesTheCriterion_CRIT_1_CRIT_2_CRIT_3_CRIT_4_CRIT_5(int criterion) {
        ScreeningRecord r = new ScreeningRecord(1L);
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> r.score(criterion, 2, " "));
        assertEquals("screening.commentRequired", e.messageKey());
        assertEquals("comment" + criterion, e.field(), "the screen marks that criterion's comment");
        assertEquals(List.of("CRIT-" + criterion), e.arguments());
        r.score(criterion, 2, "Hiring plan unclear");
        assertEquals(2, r.score(criterion));
        r.score(criterion, 3, null);
        assertEquals(3, r.score(criterion), "a middle score needs no comment");
        InvalidDataException range = assertThrows(InvalidDataException.class, () -> r.score(criterion, 6, null));
        assertEquals("score" + criterion, range.field());
        assertFalse(r.isFullyScored(), "one criterion of five");
    }

    @Test
    void documentDecisionNeedsAllFiveCriteriaScored_SCREEN_1() {
        ScreeningRecord r = new ScreeningRecord(1L);
        r.score(1, 5, null);
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> r.decideDocuments(Decision.PASS, NOW));
        assertEquals(RuleId.SCREEN_1, e.rule().orElseThrow());
        assertTrue(scored().isFullyScored());
    }

    @Test
    void interviewIsOnTeamsWithAnAddressOrByPhoneWithAReason_SCREEN_2() {
        ScreeningRecord r = scored();
        r.decideDocuments(Decision.PASS, NOW);
        Instant at = NOW.plus(Duration.ofDays(7));
        assertEquals("screening.teamsUrl", assertThrows(InvalidDataException.class,
                () -> r.proposeInterview(at, InterviewMedium.TEAMS, "http://x", null, Attendee.REPRESENTATIVE, false, null, NOW)).messageKey());
        assertEquals("screening.phoneReason", assertThrows(InvalidDataException.class,
                () -> r.proposeInterview(at, InterviewMedium.PHONE, null, " ", Attendee.REPRESENTATIVE, false, null, NOW)).messageKey());
        assertEquals("screening.interviewInPast", assertThrows(InvalidDataException.class,
                () -> r.proposeInterview(NOW.minusSeconds(1), InterviewMedium.PHONE, null, "No Teams", Attendee.BUSINESS_LEAD, false, null, NOW)).messageKey());
        r.proposeInterview(at, InterviewMedium.TEAMS, "https://teams.microsoft.com/l/meetup-join/x", null, Attendee.BUSINESS_LEAD, false, null, NOW);
        assertEquals(at, r.getInterviewAt().orElseThrow());
    }

    @Test
    void aFirstNoticeAfterTheLatestDateNeedsAReasonForTheDelay_SCREEN_2() {
        ScreeningRecord r = scored();
        r.decideDocuments(Decision.PASS, NOW);
        Instant at = NOW.plus(Duration.ofDays(7));
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> r.proposeInterview(at, InterviewMedium.PHONE, null,
                "No Teams", Attendee.REPRESENTATIVE, true, "  ", NOW));
        assertEquals(RuleId.SCREEN_2, e.rule().orElseThrow());
        assertEquals("screening.lateNoticeReason", e.messageKey());
        assertTrue(r.getNoticeSentAt().isEmpty(), "nothing proposed");
        r.proposeInterview(at, InterviewMedium.PHONE, null, "No Teams", Attendee.REPRESENTATIVE, true, " Applications piled up ", NOW);
        assertEquals("Applications piled up", r.getNoticeDelayReason().orElseThrow());
    }

    @Test
    void aNoticeOnTimeNeedsAndKeepsNoDelayReason_SCREEN_2() {
        ScreeningRecord r = scored();
        r.decideDocuments(Decision.PASS, NOW);
        r.proposeInterview(NOW.plus(Duration.ofDays(7)), InterviewMedium.PHONE, null, "No Teams", Attendee.REPRESENTATIVE, false,
                "not needed", NOW);
        assertTrue(r.getNoticeDelayReason().isEmpty());
        // Rescheduling after an on-time first notice is no late notice, even past the latest date.
        r.proposeInterview(NOW.plus(Duration.ofDays(40)), InterviewMedium.PHONE, null, "No Teams", Attendee.REPRESENTATIVE, true,
                null, NOW.plus(Duration.ofDays(35)));
        assertTrue(r.getNoticeDelayReason().isEmpty());
    }

    @Test
    void delayReasonIsLengthLimited_SCREEN_2() {
        ScreeningRecord r = scored();
        r.decideDocuments(Decision.PASS, NOW);
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> r.proposeInterview(NOW.plus(Duration.ofDays(7)),
                InterviewMedium.PHONE, null, "No Teams", Attendee.REPRESENTATIVE, true, "x".repeat(ScreeningRecord.DELAY_REASON_MAX + 1), NOW));
        assertEquals("noticeDelayReason", e.field());
    }

    @Test
    void interviewCannotBeProposedBeforeTheDocumentsPassed_SCREEN_2() {
        ScreeningRecord r = scored();
        assertThrows(RuleViolationException.class, () -> r.proposeInterview(NOW.plusSeconds(3600), InterviewMedium.PHONE, null,
                "reason", Attendee.REPRESENTATIVE, false, null, NOW));
    }

    @Test
    void unconfirmedOrNoShowIsUnansweredAfterTheConfirmationPeriod_APPLY_5() {
        ScreeningRecord r = scored();
        r.decideDocuments(Decision.PASS, NOW);
        r.proposeInterview(NOW.plus(Duration.ofDays(10)), InterviewMedium.PHONE, null, "No Teams at the company",
                Attendee.REPRESENTATIVE, false, null, NOW);
        Duration week = Duration.ofDays(7);
        assertFalse(r.isUnanswered(NOW.plus(Duration.ofDays(6)), week));
        assertTrue(r.isUnanswered(NOW.plus(Duration.ofDays(8)), week));
        r.confirmAttendance(NOW.plus(Duration.ofDays(2)));
        assertFalse(r.isUnanswered(NOW.plus(Duration.ofDays(8)), week));
        r.recordNoShow();
        assertTrue(r.isUnanswered(NOW.plus(Duration.ofDays(8)), week));
    }

    @Test
    void rejectionNeedsAllFiveCriteriaScored_SCREEN_1() {
        ScreeningRecord r = new ScreeningRecord(1L);
        for (int c = 1; c <= 4; c++) {
            r.score(c, 3, null);
        }
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> r.decide(Decision.REJECT, "Plan too vague", null, "s@example.jp", NOW));
        assertEquals(RuleId.SCREEN_1, e.rule().orElseThrow());
        assertEquals("screening.decisionScoresMissing", e.messageKey());
        assertTrue(r.getFinalDecision().isEmpty(), "nothing decided");
        r.score(5, 3, null);
        r.decide(Decision.REJECT, "Plan too vague", null, "s@example.jp", NOW);
        assertEquals(Decision.REJECT, r.getFinalDecision().orElseThrow());
    }

    @Test
    void adoptionNeedsAllFiveCriteriaScored_SCREEN_1() {
        ScreeningRecord r = new ScreeningRecord(1L);
        r.score(1, 5, null);
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> r.decide(Decision.PASS, null, null, "s@example.jp", NOW));
        assertEquals(RuleId.SCREEN_1, e.rule().orElseThrow());
        assertEquals("screening.decisionScoresMissing", e.messageKey());
        scored().decide(Decision.PASS, null, null, "s@example.jp", NOW);
    }

    @Test
    void rejectionWithoutAnyScoreIsRefusedForTheScoresFirst_SCREEN_1() {
        ScreeningRecord r = new ScreeningRecord(1L);
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> r.decide(Decision.REJECT, " ", null, "s@example.jp", NOW));
        assertEquals(RuleId.SCREEN_1, e.rule().orElseThrow());
    }

    private static ScreeningRecord interviewAt(Instant at) {
        ScreeningRecord r = scored();
        r.decideDocuments(Decision.PASS, NOW);
        r.proposeInterview(at, InterviewMedium.TEAMS, "https://teams.microsoft.com/l/meetup-join/x", null, Attendee.REPRESENTATIVE, false, null, NOW);
        return r;
    }

    @Test
    void heldInterviewRecordsWhoAttendedAndItsOutcome_SCREEN_2() {
        Instant at = NOW.plus(Duration.ofDays(7));
        ScreeningRecord r = interviewAt(at);
        r.recordInterview("Hiring plan discussed", " 代表取締役 山田, 人事部長 佐藤 ", InterviewOutcome.RECOMMEND_ADOPTION, false,
                at.plus(Duration.ofHours(1)));
        assertEquals("代表取締役 山田, 人事部長 佐藤", r.getInterviewAttendedBy().orElseThrow());
        assertEquals(InterviewOutcome.RECOMMEND_ADOPTION, r.getInterviewOutcome().orElseThrow());
        assertFalse(r.isNoShow());
    }

    @Test
    void noShowHasNoOutcome_SCREEN_2() {
        Instant at = NOW.plus(Duration.ofDays(7));
        Instant after = at.plus(Duration.ofHours(1));
        ScreeningRecord r = interviewAt(at);
        InvalidDataException e = assertThrows(InvalidDataException.class,
                () -> r.recordInterview(null, null, InterviewOutcome.UNDECIDED, true, after));
        assertEquals("screening.outcomeNoShow", e.messageKey());
        assertFalse(r.isNoShow(), "nothing recorded");
        r.recordInterview("Nobody joined", "JETRO: 審査 次郎", null, true, after);
        assertTrue(r.isNoShow());
        assertEquals("screening.outcomeNoShow", assertThrows(InvalidDataException.class,
                () -> r.recordInterview(null, null, InterviewOutcome.RECOMMEND_REJECTION, false, after)).messageKey(),
                "a recorded no-show stays");
    }

    @Test
    void aRecordedOutcomeRefusesALaterNoShow_SCREEN_2() {
        Instant at = NOW.plus(Duration.ofDays(7));
        ScreeningRecord r = interviewAt(at);
        r.recordInterview(null, null, InterviewOutcome.UNDECIDED, false, at);
        assertEquals("screening.noShowWithOutcome", assertThrows(InvalidDataException.class, r::recordNoShow).messageKey());
        assertFalse(r.isNoShow());
    }

    @Test
    void outcomeOnlyOnceTheInterviewTimeIsReached_SCREEN_2() {
        Instant at = NOW.plus(Duration.ofDays(7));
        ScreeningRecord r = interviewAt(at);
        assertEquals("screening.outcomeBeforeInterview", assertThrows(InvalidDataException.class,
                () -> r.recordInterview(null, null, InterviewOutcome.RECOMMEND_ADOPTION, false, at.minusSeconds(60))).messageKey());
        r.recordInterview("Preparation", "代表者", null, false, at.minusSeconds(60));
        assertTrue(r.getInterviewOutcome().isEmpty());
    }

    @Test
    void interviewRecordNeedsAProposedInterview_SCREEN_2() {
        ScreeningRecord r = scored();
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> r.recordInterview("notes", null, null, false, NOW));
        assertEquals(RuleId.SCREEN_2, e.rule().orElseThrow());
    }

    @Test
    void whoAttendedIsLengthLimited_SCREEN_2() {
        Instant at = NOW.plus(Duration.ofDays(7));
        ScreeningRecord r = interviewAt(at);
        String tooLong = "x".repeat(ScreeningRecord.ATTENDED_BY_MAX + 1);
        InvalidDataException e = assertThrows(InvalidDataException.class,
                () -> r.recordInterview(null, tooLong, null, false, at));
        assertEquals("attendedBy", e.field());
        r.recordInterview(null, "x".repeat(ScreeningRecord.ATTENDED_BY_MAX), null, false, at);
    }

    @Test
    void reschedulingClearsTheOutcomeOfTheEarlierInterview_SCREEN_2() {
        Instant at = NOW.plus(Duration.ofDays(7));
        ScreeningRecord r = interviewAt(at);
        r.recordInterview(null, null, InterviewOutcome.UNDECIDED, false, at);
        r.proposeInterview(at.plus(Duration.ofDays(3)), InterviewMedium.PHONE, null, "Teams failed", Attendee.BUSINESS_LEAD, false, null, at);
        assertTrue(r.getInterviewOutcome().isEmpty());
    }

    @Test
    void rejectionNeedsAnInternalReason_SCREEN_4() {
        ScreeningRecord r = scored();
        assertEquals("screening.reasonRequired", assertThrows(InvalidDataException.class,
                () -> r.decide(Decision.REJECT, "  ", null, "s@example.jp", NOW)).messageKey());
        r.decide(Decision.REJECT, "Plan too vague", "1,3", "s@example.jp", NOW);
        assertEquals("Plan too vague", r.getInternalReason().orElseThrow());
        RuleViolationException again = assertThrows(RuleViolationException.class, () -> r.decide(Decision.PASS, null, null, "x", NOW));
        assertEquals(RuleId.SCREEN_3, again.rule().orElseThrow());
    }
}
