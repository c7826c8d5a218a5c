package app.banso.domain.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.banso.domain.shared.InvalidDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CompanyTest {

    private static final CorporateNumber NUMBER = CorporateNumber.of("1180301018771");

    private static Company company() {
        return new Company(NUMBER, "テスト株式会社", "Test KK", LegalForm.KK);
    }

    @Test
    void keepsTheNamesStrippedOfSurroundingSpaces() {
        Company c = new Company(NUMBER, "  テスト株式会社　", " Test KK ", LegalForm.KK);
        assertEquals("テスト株式会社", c.getLegalNameJa());
        assertEquals("Test KK", c.getLegalNameEn());
        assertEquals(NUMBER, c.getCorporateNumber());
        assertEquals(LegalForm.KK, c.getLegalForm());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\u3000"})
    void refusesABlankJapaneseName(String name) {
        InvalidDataException e = assertThrows(InvalidDataException.class,
                () -> new Company(NUMBER, name, "Test KK", LegalForm.KK));
        assertEquals("legalNameJa", e.field());
        assertEquals("validation.required", e.messageKey());
    }

    @Test
    void refusesAJapaneseNameLongerThanTheMaximum() {
        InvalidDataException e = assertThrows(InvalidDataException.class,
                () -> company().rename("株".repeat(Company.NAME_MAX + 1), null));
        assertEquals("legalNameJa", e.field());
        assertEquals("validation.tooLong", e.messageKey());
        assertEquals(Company.NAME_MAX, e.arguments().getFirst());
    }

    @Test
    void acceptsAJapaneseNameOfExactlyTheMaximum() {
        Company c = company();
        c.rename("株".repeat(Company.NAME_MAX), null);
        assertEquals(Company.NAME_MAX, c.getLegalNameJa().length());
    }

    @Test
    void refusesAnEnglishNameLongerThanTheMaximumNamingTheEnglishField() {
        InvalidDataException e = assertThrows(InvalidDataException.class,
                () -> company().rename("テスト株式会社", "K".repeat(Company.NAME_MAX + 1)));
        assertEquals("legalNameEn", e.field());
        assertEquals("validation.tooLong", e.messageKey());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void englishNameIsOptional(String nameEn) {
        Company c = company();
        c.rename("テスト株式会社", nameEn);
        assertNull(c.getLegalNameEn());
    }

    @Test
    void aRefusedRenameKeepsTheFormerNames() {
        Company c = company();
        assertThrows(InvalidDataException.class, () -> c.rename(" ", "Other KK"));
        assertEquals("テスト株式会社", c.getLegalNameJa());
        assertEquals("Test KK", c.getLegalNameEn());
    }

    @Test
    void legalFormCanBeChanged_EX_1() {
        Company c = company();
        c.changeLegalForm(LegalForm.GK);
        assertEquals(LegalForm.GK, c.getLegalForm());
    }

    @Test
    void legalFormIsRequired() {
        assertThrows(NullPointerException.class, () -> new Company(NUMBER, "テスト株式会社", null, null));
        assertThrows(NullPointerException.class, () -> company().changeLegalForm(null));
    }

    @Test
    void corporateNumberIsRequired() {
        assertThrows(NullPointerException.class, () -> new Company(null, "テスト株式会社", null, LegalForm.KK));
    }

    @Test
    void websiteIsEmptyUntilGiven_EX_3() {
        assertTrue(company().getWebsite().isEmpty());
    }

    @Test
    void websiteCanBeSetAndCleared_EX_3() {
        Company c = company();
        WebsiteUrl url = WebsiteUrl.of("https://www.example.co.jp");
        c.changeWebsite(url);
        assertEquals(url, c.getWebsite().orElseThrow());
        c.changeWebsite(null);
        assertTrue(c.getWebsite().isEmpty());
    }
}
