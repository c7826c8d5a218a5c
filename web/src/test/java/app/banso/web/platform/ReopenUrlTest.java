package app.banso.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The expired-view page offers to open the page again: only a page of this application on this host. */
class ReopenUrlTest {

    @Test
    void theReferringPageOfThisApplicationIsOfferedWithItsQuery() {
        assertEquals("/staff/case.xhtml?id=42", ErrorPageBean.reopenUrl("https://banso.example.jp/staff/case.xhtml?id=42", "banso.example.jp", ""));
        assertEquals("/banso/staff/inbox.xhtml", ErrorPageBean.reopenUrl("http://LOCALHOST:8080/banso/staff/inbox.xhtml", "localhost", "/banso"));
    }

    @Test
    void aForeignHostAnotherApplicationOrAnErrorPageIsNeverOffered() {
        assertNull(ErrorPageBean.reopenUrl("https://evil.example/staff/case.xhtml?id=42", "banso.example.jp", ""));
        assertNull(ErrorPageBean.reopenUrl("https://banso.example.jp/other/page.xhtml", "banso.example.jp", "/banso"));
        assertNull(ErrorPageBean.reopenUrl("https://banso.example.jp/error/expired.xhtml", "banso.example.jp", ""));
        assertNull(ErrorPageBean.reopenUrl("https://banso.example.jp//evil.example/x.xhtml", "banso.example.jp", ""));
        assertNull(ErrorPageBean.reopenUrl("https://banso.example.jp/javax.faces.resource/x.js", "banso.example.jp", ""));
    }

    @Test
    void noOrMalformedRefererOffersNothing() {
        assertNull(ErrorPageBean.reopenUrl(null, "banso.example.jp", ""));
        assertNull(ErrorPageBean.reopenUrl("not a uri", "banso.example.jp", ""));
        assertNull(ErrorPageBean.reopenUrl("/staff/case.xhtml", "banso.example.jp", ""));
        assertNull(ErrorPageBean.reopenUrl("https://banso.example.jp/" + "a".repeat(2_100) + ".xhtml", "banso.example.jp", ""));
    }
}
