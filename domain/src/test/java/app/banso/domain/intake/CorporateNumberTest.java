package app.banso.domain.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.banso.domain.shared.InvalidDataException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CorporateNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "7000012050002", // National Tax Agency
            "1180301018771", // Toyota Motor Corporation
            "4010401022860", // a check digit over a Tokyo registration
    })
    void acceptsPublishedCorporateNumbers(String number) {
        assertEquals(number, CorporateNumber.of(number).value());
    }

    @Test
    void normalisesFullWidthDigitsSpacesAndHyphens() {
        assertEquals("7000012050002", CorporateNumber.of(" ７０００-０１２０ 5000２ ").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"8000012050002", "6000012050002", "2180301018771"})
    void rejectsAWrongCheckDigit(String number) {
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> CorporateNumber.of(number));
        assertEquals("corporateNumber.checkDigit", e.messageKey());
        assertEquals("corporateNumber", e.field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "123", "70000120500021", "70000120500a2", "abcdefghijklm"})
    void rejectsAnythingButThirteenDigits(String number) {
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> CorporateNumber.of(number));
        assertEquals("corporateNumber.format", e.messageKey());
    }

    @Test
    void rejectsNull() {
        assertFalse(CorporateNumber.isValid(null));
    }

    @Test
    void checkDigitMakesEveryTwelveDigitBaseValid() {
        for (long base = 100_000_000_000L; base < 100_000_000_000L + 2_000; base += 7) {
            String twelve = Long.toString(base);
            String number = CorporateNumber.checkDigitOf(twelve) + twelve;
            assertTrue(CorporateNumber.isValid(number), number);
        }
    }

    @Test
    void equalNumbersAreEqualValues() {
        assertEquals(CorporateNumber.of("7000012050002"), CorporateNumber.of("7000-0120-50002"));
    }
}
