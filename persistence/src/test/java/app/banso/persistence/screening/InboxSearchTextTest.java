package app.banso.persistence.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Which inbox search texts also search the corporate number (by its start). */
class InboxSearchTextTest {

    @Test
    void aNumberOrTheStartOfOneSearchesTheCorporateNumber() {
        assertEquals("1234", InboxRepository.numberSearched("1234"));
        assertEquals("1234567890123", InboxRepository.numberSearched(" 1234567890123 "));
    }

    @Test
    void aNumberWrittenWithHyphensSpacesOrFullWidthDigitsSearchesTheSameDigits() {
        assertEquals("1234567890123", InboxRepository.numberSearched("1-2345-6789-0123"));
        assertEquals("1234567890123", InboxRepository.numberSearched("1 2345 6789 0123"));
        assertEquals("1234567890123", InboxRepository.numberSearched("１２３４５６７８９０１２３"));
        assertEquals("12345", InboxRepository.numberSearched("１２−３４ー５"));
    }

    @Test
    void anInvoiceRegistrationNumberSearchesItsCorporateNumber() {
        assertEquals("1234567890123", InboxRepository.numberSearched("T1234567890123"));
        assertEquals("1234567890123", InboxRepository.numberSearched("Ｔ1-2345-6789-0123"));
        assertNull(InboxRepository.numberSearched("T123"), "T and a few digits is a name search");
    }

    @Test
    void digitsInsideOtherTextSearchTheNamesOnly() {
        assertNull(InboxRepository.numberSearched("' OR '1'='1"), "an injection attempt is not the number 11");
        assertNull(InboxRepository.numberSearched("第2工場"));
        assertNull(InboxRepository.numberSearched("Banso 3 Ltd"));
        assertNull(InboxRepository.numberSearched("-"));
    }

    @Test
    void moreDigitsThanACorporateNumberHasAreNotANumberSearch() {
        assertNull(InboxRepository.numberSearched("12345678901234"));
    }
}
