package app.banso.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.banso.domain.shared.InvalidDataException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

    @Test
    void registeredApplicantCannotSignInBeforeVerifyingTheEmail() {
        UserAccount a = UserAccount.registerApplicant(" Taro@Example.JP ", "h", "山田 太郎", "ja", "token-1", NOW);
        assertEquals("taro@example.jp", a.getEmail());
        assertEquals(Role.APPLICANT, a.getRole());
        assertFalse(a.canSignIn());
        assertTrue(a.verifyEmail("token-1", NOW.plusSeconds(60)));
        assertTrue(a.canSignIn());
    }

    @Test
    void wrongOrExpiredTokenDoesNotVerify() {
        UserAccount a = UserAccount.registerApplicant("taro@example.jp", "h", "Taro", "en", "token-1", NOW);
        assertFalse(a.verifyEmail("token-2", NOW));
        assertFalse(a.verifyEmail("token-1", NOW.plus(UserAccount.VERIFICATION_VALIDITY).plusSeconds(1)));
        assertFalse(a.canSignIn());
    }

    @Test
    void disabledAccountCannotSignIn() {
        UserAccount a = UserAccount.createActive("staff@example.jp", "h", Role.SCREENER, "Staff", "ja", NOW);
        assertTrue(a.canSignIn());
        assertTrue(a.disable(NOW));
        assertFalse(a.canSignIn());
    }

    @Test
    void disablingEndsTheSessionsSignedInBeforeAndEnablingLetsThePasswordSignInAgain() {
        UserAccount a = UserAccount.createActive("staff@example.jp", "h", Role.COORDINATOR, "Staff", "ja", NOW);
        int atSignIn = a.getSessionGeneration();
        assertFalse(UserAccount.endedSession(atSignIn, a.getSessionGeneration()));
        assertTrue(a.disable(NOW.plusSeconds(60)));
        assertTrue(UserAccount.endedSession(atSignIn, a.getSessionGeneration()), "the session signed in before is ended");
        assertEquals(NOW.plusSeconds(60), a.getSessionsEndedAt().orElseThrow(), "the nodes find it by this time");
        assertFalse(a.disable(NOW.plusSeconds(120)), "disabled once");
        assertEquals(NOW.plusSeconds(60), a.getSessionsEndedAt().orElseThrow());
        assertTrue(a.enable());
        assertTrue(a.canSignIn());
        assertFalse(a.enable(), "enabled once");
        assertFalse(UserAccount.endedSession(a.getSessionGeneration(), a.getSessionGeneration()), "a new sign-in is not ended");
    }

    @Test
    void anAddressNeverConfirmedThatAnAdministratorEnablesAgainIsConfirmed() {
        UserAccount a = UserAccount.registerApplicant("taro@example.jp", "h", "Taro", "en", "verify-1", NOW);
        a.disable(NOW);
        a.enable();
        assertTrue(a.canSignIn());
        assertTrue(a.verifyEmail("verify-1", NOW), "the confirmation link, opened later, just says it is confirmed");
    }

    @Test
    void changingOrResettingThePasswordEndsTheSessionsSignedInBefore() {
        UserAccount a = UserAccount.createActive("taro@example.jp", "h", Role.APPLICANT, "Taro", "ja", NOW);
        int first = a.getSessionGeneration();
        a.choosePassword("second-hash", NOW.plusSeconds(10));
        assertTrue(UserAccount.endedSession(first, a.getSessionGeneration()));
        int second = a.getSessionGeneration();
        a.requestPasswordReset("reset-1", NOW.plusSeconds(20));
        assertFalse(UserAccount.endedSession(second, a.getSessionGeneration()), "asking for a link ends nothing");
        assertTrue(a.resetPassword("reset-1", "third-hash", NOW.plusSeconds(30)));
        assertTrue(UserAccount.endedSession(second, a.getSessionGeneration()));
        assertEquals(NOW.plusSeconds(30), a.getSessionsEndedAt().orElseThrow());
    }

    @Test
    void aPasswordResetLinkSetsTheNewPasswordOnceAndOnlyWithinTheHour() {
        UserAccount a = UserAccount.createActive("taro@example.jp", "old-hash", Role.APPLICANT, "Taro", "en", NOW);
        assertFalse(a.acceptsPasswordReset("reset-1", NOW), "no link requested");
        a.requestPasswordReset("reset-1", NOW);
        assertFalse(a.resetPassword("reset-2", "new-hash", NOW), "another token");
        assertFalse(a.resetPassword("reset-1", "new-hash", NOW.plus(UserAccount.PASSWORD_RESET_VALIDITY).plusSeconds(1)), "expired");
        assertEquals("old-hash", a.getPasswordHash());
        assertTrue(a.resetPassword("reset-1", "new-hash", NOW.plus(UserAccount.PASSWORD_RESET_VALIDITY)));
        assertEquals("new-hash", a.getPasswordHash());
        assertFalse(a.resetPassword("reset-1", "third-hash", NOW.plusSeconds(120)), "the link works once");
        assertEquals("new-hash", a.getPasswordHash());
    }

    @Test
    void aNewerResetLinkReplacesTheEarlierOneButAtMostOneEveryFiveMinutes() {
        UserAccount a = UserAccount.createActive("taro@example.jp", "h", Role.APPLICANT, "Taro", "ja", NOW);
        assertTrue(a.mayRequestPasswordReset(NOW));
        a.requestPasswordReset("reset-1", NOW);
        assertFalse(a.mayRequestPasswordReset(NOW.plus(UserAccount.PASSWORD_RESET_INTERVAL).minusSeconds(1)));
        assertThrows(IllegalStateException.class, () -> a.requestPasswordReset("reset-x", NOW.plusSeconds(10)));
        Instant later = NOW.plus(UserAccount.PASSWORD_RESET_INTERVAL);
        assertTrue(a.mayRequestPasswordReset(later));
        a.requestPasswordReset("reset-2", later);
        assertFalse(a.acceptsPasswordReset("reset-1", later), "the earlier link no longer works");
        assertTrue(a.acceptsPasswordReset("reset-2", later));
    }

    @Test
    void aDisabledAccountGetsNoResetLinkAndAnEarlierLinkStopsWorking() {
        UserAccount a = UserAccount.createActive("staff@example.jp", "h", Role.SCREENER, "Staff", "ja", NOW);
        a.requestPasswordReset("reset-1", NOW);
        a.disable(NOW);
        assertFalse(a.mayRequestPasswordReset(NOW.plus(UserAccount.PASSWORD_RESET_INTERVAL)));
        assertFalse(a.resetPassword("reset-1", "new-hash", NOW.plusSeconds(60)));
        assertEquals("h", a.getPasswordHash());
    }

    @Test
    void resettingThePasswordOfAnUnverifiedRegistrationAlsoActivatesIt() {
        UserAccount a = UserAccount.registerApplicant("taro@example.jp", "h", "Taro", "en", "verify-1", NOW);
        a.requestPasswordReset("reset-1", NOW);
        assertTrue(a.resetPassword("reset-1", "new-hash", NOW.plusSeconds(60)));
        assertTrue(a.canSignIn(), "the link reached the address, as the verification link would have");
        assertTrue(a.verifyEmail("verify-1", NOW.plusSeconds(90)), "the old verification link just says it is verified");
    }

    @Test
    void choosingANewPasswordWhileSignedInStopsAPendingResetLink() {
        UserAccount a = UserAccount.createActive("staff@example.jp", "old-hash", Role.COORDINATOR, "Staff", "ja", NOW);
        a.requestPasswordReset("reset-1", NOW);
        a.choosePassword("new-hash", NOW);
        assertEquals("new-hash", a.getPasswordHash());
        assertFalse(a.acceptsPasswordReset("reset-1", NOW.plusSeconds(60)), "the mailed link no longer works");
        assertTrue(a.canSignIn());
    }

    @Test
    void registeringAgainBeforeConfirmingStopsTheFirstLinkAndThePasswordLinkConfirmsTheAddress() {
        UserAccount a = UserAccount.registerApplicant("late@example.jp", "first-hash", "Lee", "en", "verify-1", NOW);
        a.registerAgainBeforeConfirming("reset-1", NOW.plusSeconds(60));
        assertFalse(a.verifyEmail("verify-1", NOW.plusSeconds(120)), "the first registration's link no longer works");
        assertFalse(a.canSignIn());
        assertTrue(a.acceptsPasswordReset("reset-1", NOW.plusSeconds(120)));
        a.resetPassword("reset-1", "chosen-hash", NOW.plusSeconds(120));
        assertTrue(a.canSignIn());
        assertEquals("chosen-hash", a.getPasswordHash());
        assertThrows(IllegalStateException.class, () -> a.registerAgainBeforeConfirming("reset-2", NOW.plus(UserAccount.PASSWORD_RESET_INTERVAL).plusSeconds(300)),
                "a confirmed address is not registered again");
    }

    @Test
    void aMemberOfStaffTakesAnotherStaffRoleAndTheSessionsOfTheOldRoleEnd() {
        UserAccount a = UserAccount.createActive("staff@example.jp", "h", Role.SCREENER, "Staff", "ja", NOW);
        int atSignIn = a.getSessionGeneration();
        assertFalse(a.changeRole(Role.SCREENER, NOW), "the same role changes nothing");
        assertFalse(UserAccount.endedSession(atSignIn, a.getSessionGeneration()));
        assertTrue(a.changeRole(Role.COORDINATOR, NOW.plusSeconds(5)));
        assertEquals(Role.COORDINATOR, a.getRole());
        assertTrue(UserAccount.endedSession(atSignIn, a.getSessionGeneration()), "signed in as a screener: ended");
        assertEquals("account.staffRoleRequired",
                assertThrows(InvalidDataException.class, () -> a.changeRole(Role.APPLICANT, NOW)).messageKey());
        UserAccount company = UserAccount.createActive("company@example.jp", "h", Role.APPLICANT, "Company", "ja", NOW);
        assertThrows(InvalidDataException.class, () -> company.changeRole(Role.ADMIN, NOW), "an applicant never becomes staff");
        assertEquals(Role.APPLICANT, company.getRole());
    }

    @Test
    void malformedEmailIsRefusedWithAFieldMessage() {
        InvalidDataException e = assertThrows(InvalidDataException.class,
                () -> UserAccount.createActive("not an email", "h", Role.ADMIN, "x", "ja", NOW));
        assertEquals("validation.email", e.messageKey());
        assertEquals("email", e.field());
    }

    private static UserAccount activeApplicant() {
        UserAccount a = UserAccount.registerApplicant("taro@example.jp", "h", "Taro", "ja", "token-1", NOW);
        assertTrue(a.verifyEmail("token-1", NOW));
        return a;
    }

    @Test
    void anApplicantSignsInWithANewAddressOnlyOnceItsLinkIsFollowedAndTheOldSessionsEnd() {
        UserAccount a = activeApplicant();
        int before = a.getSessionGeneration();
        String token = a.requestEmailChange(" Hanako@Example.JP ", "change-1", NOW);
        assertEquals("taro@example.jp", a.getEmail(), "nothing changes before the link is followed");
        assertEquals("hanako@example.jp", a.getPendingEmail().orElseThrow());
        assertEquals(NOW.plus(UserAccount.EMAIL_CHANGE_VALIDITY), a.emailChangeUntil(NOW.plusSeconds(60)).orElseThrow(), "shown as waiting");
        assertEquals("hanako@example.jp", a.emailChangeOf(token, NOW.plusSeconds(60)).orElseThrow());
        assertTrue(a.emailChangeOf("change-2", NOW).isEmpty(), "another token");

        assertEquals("taro@example.jp", a.confirmEmailChange(token, NOW.plusSeconds(60)).orElseThrow(), "the old address, to be told");
        assertEquals("hanako@example.jp", a.getEmail());
        assertTrue(a.getPendingEmail().isEmpty());
        assertTrue(a.emailChangeUntil(NOW.plusSeconds(60)).isEmpty(), "nothing waits once confirmed");
        assertTrue(UserAccount.endedSession(before, a.getSessionGeneration()), "sessions of the old address end");
        assertTrue(a.confirmEmailChange(token, NOW.plusSeconds(120)).isEmpty(), "the link works once");
    }

    @Test
    void anAddressChangeLinkStopsAfterADayAndANewerRequestReplacesItAtMostOneEveryFiveMinutes() {
        UserAccount a = activeApplicant();
        a.requestEmailChange("first@example.jp", "change-1", NOW);
        assertFalse(a.mayRequestEmailChange(NOW.plusSeconds(299)));
        assertThrows(IllegalStateException.class, () -> a.requestEmailChange("second@example.jp", "change-2", NOW.plusSeconds(299)));
        assertTrue(a.emailChangeOf("change-1", NOW.plus(UserAccount.EMAIL_CHANGE_VALIDITY).plusSeconds(1)).isEmpty(), "expired");
        assertTrue(a.emailChangeUntil(NOW.plus(UserAccount.EMAIL_CHANGE_VALIDITY).plusSeconds(1)).isEmpty(), "no longer shown as waiting");

        assertTrue(a.mayRequestEmailChange(NOW.plusSeconds(300)));
        a.requestEmailChange("second@example.jp", "change-2", NOW.plusSeconds(300));
        assertTrue(a.confirmEmailChange("change-1", NOW.plusSeconds(301)).isEmpty(), "the earlier link stopped working");
        assertEquals("taro@example.jp", a.confirmEmailChange("change-2", NOW.plusSeconds(301)).orElseThrow());
        assertEquals("second@example.jp", a.getEmail());
    }

    @Test
    void theSameOrAMalformedAddressIsRefusedWithAFieldMessage() {
        UserAccount a = activeApplicant();
        assertEquals("emailChange.unchanged", assertThrows(InvalidDataException.class,
                () -> a.requestEmailChange("TARO@example.jp", "change-1", NOW)).messageKey());
        assertThrows(InvalidDataException.class, () -> a.requestEmailChange("not an address", "change-1", NOW));
        assertTrue(a.getPendingEmail().isEmpty());
    }

    @Test
    void staffAddressesAndDisabledAccountsDoNotChangeAndADisabledAccountsLinkStopsWorking() {
        UserAccount staff = UserAccount.createActive("screener@example.jp", "h", Role.SCREENER, "Staff", "ja", NOW);
        assertFalse(staff.mayRequestEmailChange(NOW), "staff are named by address on applications and cases");
        assertThrows(IllegalStateException.class, () -> staff.requestEmailChange("new@example.jp", "change-1", NOW));

        UserAccount a = activeApplicant();
        a.requestEmailChange("new@example.jp", "change-1", NOW);
        a.disable(NOW.plusSeconds(10));
        assertFalse(a.mayRequestEmailChange(NOW.plus(UserAccount.EMAIL_CHANGE_INTERVAL)));
        assertTrue(a.confirmEmailChange("change-1", NOW.plusSeconds(20)).isEmpty());
        assertEquals("taro@example.jp", a.getEmail());
    }

    @Test
    void confirmingANewAddressStopsAPasswordLinkMailedToTheOldOne() {
        UserAccount a = activeApplicant();
        a.requestPasswordReset("reset-1", NOW);
        a.requestEmailChange("new@example.jp", "change-1", NOW);
        a.confirmEmailChange("change-1", NOW.plusSeconds(10));
        assertFalse(a.acceptsPasswordReset("reset-1", NOW.plusSeconds(20)));
    }
}
