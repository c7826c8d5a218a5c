package app.banso.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.banso.domain.shared.InvalidDataException;
import org.junit.jupiter.api.Test;

class EmailAddressTest {

    @Test
    void addressesAreTrimmedAndLowerCasedAndMalformedOnesRefused() {
        assertEquals("chris@example.jp", EmailAddress.normalise("  Chris@Example.JP "));
        assertEquals("validation.required", assertThrows(InvalidDataException.class, () -> EmailAddress.normalise(" ")).messageKey());
        assertEquals("validation.email", assertThrows(InvalidDataException.class, () -> EmailAddress.normalise("chris@")).messageKey());
    }

    @Test
    void workIsHandedOverOnlyToAnotherAccount() {
        assertEquals("leaver@example.jp", EmailAddress.handedOverFrom(" Leaver@example.jp", "screener@example.jp"));
        InvalidDataException same = assertThrows(InvalidDataException.class,
                () -> EmailAddress.handedOverFrom("SCREENER@example.jp ", "screener@example.jp"));
        assertEquals("handOver.sameAccount", same.messageKey());
        assertEquals("handOverTo", same.field());
    }
}
