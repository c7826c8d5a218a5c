package app.banso.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void withoutTrustedProxiesTheConnectionsPeerIsTheClientWhateverHeadersSay() {
        assertEquals("203.0.113.9", ResponseFilter.clientAddress("203.0.113.9", "198.51.100.1", Set.of()));
    }

    @Test
    void behindATrustedProxyTheRightMostUntrustedForwardedAddressIsTheClient() {
        Set<String> proxies = Set.of("10.0.0.2", "10.0.0.3");
        assertEquals("198.51.100.7", ResponseFilter.clientAddress("10.0.0.2", "1.2.3.4, 198.51.100.7, 10.0.0.3", proxies),
                "the spoofable left part is ignored");
        assertEquals("10.0.0.2", ResponseFilter.clientAddress("10.0.0.2", null, proxies));
        assertEquals("10.0.0.2", ResponseFilter.clientAddress("10.0.0.2", " , 10.0.0.3", proxies));
    }

    @Test
    void anUntrustedPeerCannotChooseItsAddressThroughTheHeader() {
        assertEquals("203.0.113.9", ResponseFilter.clientAddress("203.0.113.9", "10.0.0.2", Set.of("10.0.0.2")));
    }
}
