package app.banso.domain.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Bean Validation constraints of the form's answers, as Faces applies them to every field
 * (and the persistence provider before writing). A draft may be incomplete, so none of them
 * requires a value; they bound the shape and size of what is typed.
 */
class AnswersValidationTest {

    private static final String SIZE = "{jakarta.validation.constraints.Size.message}";
    private static final String MIN = "{jakarta.validation.constraints.Min.message}";
    private static final String MAX = "{jakarta.validation.constraints.Max.message}";
    private static final String EMAIL = "{jakarta.validation.constraints.Email.message}";
    private static final String POSTAL_CODE = "{app.banso.postalCode}";
    private static final String PHONE = "{app.banso.phone}";

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void startValidation() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeValidation() {
        factory.close();
    }

    /** The message templates of the violations of one property holding the value. */
    private static Set<String> violations(Class<?> type, String property, Object value) {
        return validator.validateValue(type, property, value).stream()
                .map(ConstraintViolation::getMessageTemplate)
                .collect(Collectors.toSet());
    }

    private static Set<String> company(String property, Object value) {
        return violations(CompanyAnswers.class, property, value);
    }

    // ---- CompanyAnswers

    @Test
    void anEmptyDraftIsValid() {
        assertTrue(validator.validate(new CompanyAnswers()).isEmpty());
        assertTrue(validator.validate(new PositionAnswers()).isEmpty());
        assertTrue(validator.validate(new MotivationAnswers()).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"100-0001", "1000001", ""})
    void postalCodeAcceptsSevenDigitsWithOrWithoutHyphen(String code) {
        assertEquals(Set.of(), company("postalCode", code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"100-001", "1000-001", "10000011", "abc-defg", "100 0001", "１００-０００１"})
    void postalCodeRefusesAnythingButThreeAndFourDigits(String code) {
        assertTrue(company("postalCode", code).contains(POSTAL_CODE));
    }

    @Test
    void postalCodeLongerThanEightCharactersIsRefused() {
        assertEquals(Set.of(SIZE, POSTAL_CODE), company("postalCode", "100-00011"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"03-1234-5678", "+81 3 1234 5678", "(03)1234-5678", "0312345678", ""})
    void phoneAcceptsDigitsPlusSignParenthesesHyphensAndSpaces(String phone) {
        assertEquals(Set.of(), company("contactPhone", phone));
    }

    @ParameterizedTest
    @ValueSource(strings = {"03-1234-567a", "tel 0312345678", "03.1234.5678", "０３-１２３４-５６７８"})
    void phoneRefusesLettersAndOtherSigns(String phone) {
        assertEquals(Set.of(PHONE), company("contactPhone", phone));
    }

    @Test
    void phoneNeedsAtLeastSixCharacters() {
        assertEquals(Set.of(PHONE), company("contactPhone", "12345"));
        assertEquals(Set.of(), company("contactPhone", "123456"));
    }

    @Test
    void phoneAllowsAtMostThirtyCharacters() {
        assertEquals(Set.of(), company("contactPhone", "1".repeat(30)));
        assertEquals(Set.of(SIZE, PHONE), company("contactPhone", "1".repeat(31)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tanaka@example.co.jp", "contact+jetro@example.com"})
    void contactEmailAcceptsAddresses(String email) {
        assertEquals(Set.of(), company("contactEmail", email));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tanaka", "tanaka@", "@example.co.jp", "tanaka@@example.co.jp", "tana ka@example.co.jp"})
    void contactEmailRefusesWhatIsNotAnAddress(String email) {
        assertEquals(Set.of(EMAIL), company("contactEmail", email));
    }

    @Test
    void contactEmailAllowsAtMost254Characters() {
        String local = "a".repeat(64);
        String domain = ("b".repeat(60) + ".").repeat(3) + "example.jp"; // 193 characters
        String tooLong = local + "@" + domain; // 258 characters, a well-formed address
        String longest = local + "@" + domain.substring(4); // 254 characters
        assertEquals(Set.of(SIZE), company("contactEmail", tooLong));
        assertEquals(Set.of(), company("contactEmail", longest));
    }

    @ParameterizedTest
    @ValueSource(strings = {"legalNameJa", "legalNameEn"})
    void legalNamesAllowAtMost200Characters(String property) {
        assertEquals(Set.of(), company(property, "株".repeat(CompanyAnswers.NAME_MAX)));
        assertEquals(Set.of(SIZE), company(property, "株".repeat(CompanyAnswers.NAME_MAX + 1)));
    }

    @Test
    void addressAllowsAtMost300Characters() {
        assertEquals(Set.of(), company("address", "東".repeat(CompanyAnswers.ADDRESS_MAX)));
        assertEquals(Set.of(SIZE), company("address", "東".repeat(CompanyAnswers.ADDRESS_MAX + 1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"representativeName", "representativeTitle", "contactName", "contactDepartment"})
    void personFieldsAllowAtMost100Characters(String property) {
        assertEquals(Set.of(), company(property, "山".repeat(CompanyAnswers.PERSON_MAX)));
        assertEquals(Set.of(SIZE), company(property, "山".repeat(CompanyAnswers.PERSON_MAX + 1)));
    }

    @Test
    void corporateNumberInputAllowsAtMost20Characters() {
        assertEquals(Set.of(), company("corporateNumber", "7000-0120-5000-2"));
        assertEquals(Set.of(SIZE), company("corporateNumber", "1".repeat(21)));
    }

    @Test
    void websiteAllowsAtMost500Characters_EX_3() {
        String base = "https://example.jp/";
        assertEquals(Set.of(), company("websiteUrl", base + "a".repeat(WebsiteUrl.MAX - base.length())));
        assertEquals(Set.of(SIZE), company("websiteUrl", base + "a".repeat(WebsiteUrl.MAX - base.length() + 1)));
    }

    @Test
    void employeesRangeFromOneToTenMillion() {
        assertEquals(Set.of(MIN), company("employees", 0));
        assertEquals(Set.of(), company("employees", 1));
        assertEquals(Set.of(), company("employees", 10_000_000));
        assertEquals(Set.of(MAX), company("employees", 10_000_001));
    }

    @Test
    void capitalRangesFromZeroToOneHundredTrillionYen() {
        assertEquals(Set.of(MIN), company("capitalYen", -1L));
        assertEquals(Set.of(), company("capitalYen", 0L));
        assertEquals(Set.of(), company("capitalYen", 100_000_000_000_000L));
        assertEquals(Set.of(MAX), company("capitalYen", 100_000_000_000_001L));
    }

    @Test
    void yearFoundedRangesFrom1600To2100() {
        assertEquals(Set.of(MIN), company("yearFounded", 1599));
        assertEquals(Set.of(), company("yearFounded", 1600));
        assertEquals(Set.of(), company("yearFounded", 2100));
        assertEquals(Set.of(MAX), company("yearFounded", 2101));
    }

    @Test
    void ownMessagesResolveInJapaneseAndEnglish() {
        for (Locale locale : new Locale[] {Locale.JAPANESE, Locale.ENGLISH}) {
            ResourceBundle bundle = ResourceBundle.getBundle("ValidationMessages", locale);
            for (String template : new String[] {POSTAL_CODE, PHONE}) {
                String key = template.substring(1, template.length() - 1);
                assertTrue(bundle.containsKey(key), key + " in " + locale);
            }
        }
        assertTrue(ResourceBundle.getBundle("ValidationMessages", Locale.JAPANESE)
                .getString("app.banso.postalCode").contains("郵便番号"));
    }

    // ---- PositionAnswers and MotivationAnswers

    @Test
    void hiresPerPositionRangeFromOneTo99() {
        assertEquals(Set.of(MIN), violations(PositionAnswers.class, "hires", 0));
        assertEquals(Set.of(), violations(PositionAnswers.class, "hires", 1));
        assertEquals(Set.of(), violations(PositionAnswers.class, "hires", 99));
        assertEquals(Set.of(MAX), violations(PositionAnswers.class, "hires", 100));
    }

    @Test
    void countriesOfInterestAllowAtMost300Characters_EX_8() {
        assertEquals(Set.of(), violations(PositionAnswers.class, "countriesOfInterest", "a".repeat(PositionAnswers.COUNTRIES_MAX)));
        assertEquals(Set.of(SIZE), violations(PositionAnswers.class, "countriesOfInterest", "a".repeat(PositionAnswers.COUNTRIES_MAX + 1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"talentUnderstanding", "philosophyStrategy", "motivePurpose", "executiveInvolvement",
            "internalStructure", "expectedResults"})
    void motivationTextsAllowAtMost2000Characters(String property) {
        assertEquals(Set.of(), violations(MotivationAnswers.class, property, "志".repeat(MotivationAnswers.TEXT_MAX)));
        assertEquals(Set.of(SIZE), violations(MotivationAnswers.class, property, "志".repeat(MotivationAnswers.TEXT_MAX + 1)));
    }
}
