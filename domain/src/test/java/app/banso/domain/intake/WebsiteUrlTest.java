package app.banso.domain.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.banso.domain.shared.InvalidDataException;
import app.banso.domain.shared.RuleId;
import app.banso.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebsiteUrlTest {

    @Test
    void missingWebsiteTripsEX_3() {
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> WebsiteUrl.of("  "));
        assertEquals(RuleId.EX_3, e.rule().orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.example.co.jp", "http://example.com/company/", "HTTPS://EXAMPLE.JP"})
    void acceptsHttpAndHttpsAddresses(String url) {
        assertEquals(url, WebsiteUrl.of(url).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com", "javascript:alert(1)", "www.example.com", "https://localhost", "http://exa mple.com"})
    void refusesOtherAddresses(String url) {
        assertThrows(InvalidDataException.class, () -> WebsiteUrl.of(url));
    }
}
