package app.banso.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** An ajax request is sent to another page by a partial response whose address is valid XML. */
class PartialRedirectTest {

    @Test
    void theAddressIsEscapedAsAnXmlAttribute() {
        assertEquals("<?xml version='1.0' encoding='UTF-8'?>\n<partial-response><redirect url=\""
                        + "/signin.xhtml?continue=%2Fa&amp;ended=true&quot;&lt;\"/></partial-response>",
                PartialRedirect.to("/signin.xhtml?continue=%2Fa&ended=true\"<"));
    }
}
