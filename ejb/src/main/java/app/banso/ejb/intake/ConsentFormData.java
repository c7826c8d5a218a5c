package app.banso.ejb.intake;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What is printed into the consent form (応募・利用条件兼同意書, APPLY-1) before the applicant
 * signs it: the programme year and the company as registered online, so that the sealed form and
 * the online registration describe the same legal entity. Texts are stored trimmed; a missing one
 * is empty and leaves its field blank to be written by hand.
 *
 * @param fiscalYear the programme's fiscal year, e.g. 2026
 * @param programmeNameJa the programme's Japanese name as configured (it may already start with
 *        the fiscal year, e.g. 「2026年度 高度外国人材活躍推進コーディネーターによる伴走型支援」)
 * @param companyLegalNameJa the company's registered name in Japanese (法人名)
 * @param corporateNumber the 13-digit corporate number (法人番号); empty while the draft has none
 * @param headOfficeAddress the registered head-office address (本店所在地)
 * @param representativeTitle the representative's title, e.g. 代表取締役社長
 * @param representativeName the representative's name: the person whose seal the form bears
 * @param contactName the contact person designated under COOP-2
 * @param contactDepartment the contact person's department
 * @param contactEmail the contact person's e-mail address
 * @param contactPhone the contact person's telephone number
 * @param issueDate the date printed on the date line (the day the form is issued for signing)
 */
public record ConsentFormData(
        int fiscalYear,
        String programmeNameJa,
        String companyLegalNameJa,
        String corporateNumber,
        String headOfficeAddress,
        String representativeTitle,
        String representativeName,
        String contactName,
        String contactDepartment,
        String contactEmail,
        String contactPhone,
        LocalDate issueDate) {

    public ConsentFormData {
        if (fiscalYear < 2000 || fiscalYear > 9999) {
            throw new IllegalArgumentException("fiscal year out of range: " + fiscalYear);
        }
        programmeNameJa = required(programmeNameJa, "programmeNameJa");
        companyLegalNameJa = required(companyLegalNameJa, "companyLegalNameJa");
        corporateNumber = trimmed(corporateNumber);
        headOfficeAddress = trimmed(headOfficeAddress);
        representativeTitle = trimmed(representativeTitle);
        representativeName = trimmed(representativeName);
        contactName = trimmed(contactName);
        contactDepartment = trimmed(contactDepartment);
        contactEmail = trimmed(contactEmail);
        contactPhone = trimmed(contactPhone);
        Objects.requireNonNull(issueDate, "issueDate");
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value.strip();
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }
}
