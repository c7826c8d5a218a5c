package app.banso.domain.intake;

import app.banso.domain.shared.InvalidDataException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/**
 * The 13-digit corporate number (法人番号) given by the National Tax Agency. The first digit is a
 * check digit over the other twelve: {@code 9 - (Σ Pn × Qn mod 9)}, where Pn is the n-th of the
 * twelve digits counted from the right and Qn is 1 for odd n and 2 for even n.
 * Full-width digits, spaces and hyphens typed by the applicant are accepted and normalised.
 */
@Embeddable
public class CorporateNumber implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int LENGTH = 13;

    @Column(name = "corporate_number", nullable = false, length = LENGTH)
    private String value;

    protected CorporateNumber() {
        // for JPA
    }

    private CorporateNumber(String value) {
        this.value = value;
    }

    /**
     * @throws InvalidDataException {@code corporateNumber.format} when it is not 13 digits,
     *         {@code corporateNumber.checkDigit} when the check digit does not match
     */
    public static CorporateNumber of(String input) {
        String digits = normalise(input);
        if (digits.length() != LENGTH || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidDataException("corporateNumber", "corporateNumber.format");
        }
        int expected = checkDigitOf(digits.substring(1));
        if (digits.charAt(0) - '0' != expected) {
            throw new InvalidDataException("corporateNumber", "corporateNumber.checkDigit");
        }
        return new CorporateNumber(digits);
    }

    public static boolean isValid(String input) {
        try {
            of(input);
            return true;
        } catch (InvalidDataException e) {
            return false;
        }
    }

    /** The check digit for twelve base digits (used by the data generator and the tests). */
    public static int checkDigitOf(String twelveDigits) {
        if (twelveDigits.length() != LENGTH - 1) {
            throw new IllegalArgumentException("12 digits expected");
        }
        int sum = 0;
        for (int n = 1; n <= 12; n++) {
            int p = twelveDigits.charAt(12 - n) - '0';
            sum += p * (n % 2 == 1 ? 1 : 2);
        }
        return 9 - (sum % 9);
    }

    /**
     * The input as people type a number, made plain: full-width digits become ASCII digits, and
     * spaces and the hyphens and dashes written between groups of digits are dropped ("1-2345-6789-0123",
     * "１２３４ ５６７８", "1234−5678"); any other character is kept, so the result says whether it
     * was a number at all. Also used by the staff inbox's search.
     */
    public static String normalise(String input) {
        if (input == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(LENGTH);
        input.codePoints().forEach(cp -> {
            if (cp >= '０' && cp <= '９') {
                out.append((char) ('0' + (cp - '０')));
            } else if (!Character.isWhitespace(cp) && !isSeparator(cp)) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** Hyphen-minus, full-width hyphen-minus, the prolonged sound mark, the Unicode hyphens and dashes, minus. */
    private static boolean isSeparator(int cp) {
        return cp == '-' || cp == '－' || cp == 'ー' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212;
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CorporateNumber other && Objects.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
