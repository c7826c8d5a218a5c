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
        a.disable();
        assertFalse(a.canSignIn());
    }

    @Test
    void malformedEmailIsRefusedWithAFieldMessage() {
        InvalidDataException e = assertThrows(InvalidDataException.class,
                () -> UserAccount.createActive("not an email", "h", Role.ADMIN, "x", "ja", NOW));
        assertEquals("validation.email", e.messageKey());
        assertEquals("email", e.field());
    }
}
