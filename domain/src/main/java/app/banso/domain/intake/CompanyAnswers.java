package app.banso.domain.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * Step 1 of the form as the applicant typed it: the company, its head office, size and people.
 * A draft may be incomplete; completeness and the corporate number's check digit are checked
 * when the application is submitted ({@link ApplicationCheck}). The contact person is the one
 * who must answer JETRO promptly (COOP-2).
 */
@Embeddable
public class CompanyAnswers implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int NAME_MAX = 200;
    public static final int ADDRESS_MAX = 300;
    public static final int PERSON_MAX = 100;

    @Size(max = NAME_MAX) @Column(name = "legal_name_ja", length = NAME_MAX)
    private String legalNameJa;
    @Size(max = NAME_MAX) @Column(name = "legal_name_en", length = NAME_MAX)
    private String legalNameEn;
    @Enumerated(EnumType.STRING) @Column(name = "legal_form", length = 10)
    private LegalForm legalForm;
    @Size(max = 20) @Column(name = "corporate_number_input", length = 20)
    private String corporateNumber;
    @Size(max = 8) @Pattern(regexp = "^$|^\\d{3}-?\\d{4}$", message = "{app.banso.postalCode}") @Column(name = "postal_code", length = 8)
    private String postalCode;
    @Enumerated(EnumType.STRING) @Column(name = "prefecture", length = 20)
    private Prefecture prefecture;
    @Size(max = ADDRESS_MAX) @Column(name = "address", length = ADDRESS_MAX)
    private String address;
    @Size(max = WebsiteUrl.MAX) @Column(name = "website_url", length = WebsiteUrl.MAX)
    private String websiteUrl;
    @Enumerated(EnumType.STRING) @Column(name = "industry", length = 40)
    private Industry industry;
    @Min(1) @Max(10_000_000) @Column(name = "employees")
    private Integer employees;
    @Min(0) @Max(100_000_000_000_000L) @Column(name = "capital_yen")
    private Long capitalYen;
    @Min(1600) @Max(2100) @Column(name = "year_founded")
    private Integer yearFounded;
    @Size(max = PERSON_MAX) @Column(name = "representative_name", length = PERSON_MAX)
    private String representativeName;
    @Size(max = PERSON_MAX) @Column(name = "representative_title", length = PERSON_MAX)
    private String representativeTitle;
    @Size(max = PERSON_MAX) @Column(name = "contact_name", length = PERSON_MAX)
    private String contactName;
    @Size(max = PERSON_MAX) @Column(name = "contact_department", length = PERSON_MAX)
    private String contactDepartment;
    @Size(max = 254) @Email @Column(name = "contact_email", length = 254)
    private String contactEmail;
    @Size(max = 30) @Pattern(regexp = "^$|^[0-9+()\\- ]{6,30}$", message = "{app.banso.phone}") @Column(name = "contact_phone", length = 30)
    private String contactPhone;

    /** Equal when every answer is equal (an autosave that changes nothing writes nothing). */
    @Override
    public boolean equals(Object o) {
        return o instanceof CompanyAnswers other && answers().equals(other.answers());
    }

    @Override
    public int hashCode() {
        return answers().hashCode();
    }

    private List<Object> answers() {
        return Arrays.asList(legalNameJa, legalNameEn, legalForm, corporateNumber, postalCode, prefecture, address,
                websiteUrl, industry, employees, capitalYen, yearFounded, representativeName, representativeTitle,
                contactName, contactDepartment, contactEmail, contactPhone);
    }

    public CompanyAnswers copy() {
        CompanyAnswers c = new CompanyAnswers();
        c.legalNameJa = legalNameJa; c.legalNameEn = legalNameEn; c.legalForm = legalForm; c.corporateNumber = corporateNumber;
        c.postalCode = postalCode; c.prefecture = prefecture; c.address = address; c.websiteUrl = websiteUrl;
        c.industry = industry; c.employees = employees; c.capitalYen = capitalYen; c.yearFounded = yearFounded;
        c.representativeName = representativeName; c.representativeTitle = representativeTitle;
        c.contactName = contactName; c.contactDepartment = contactDepartment; c.contactEmail = contactEmail;
        c.contactPhone = contactPhone;
        return c;
    }

    public String getLegalNameJa() { return legalNameJa; }
    public void setLegalNameJa(String v) { legalNameJa = Text.clean(v); }
    public String getLegalNameEn() { return legalNameEn; }
    public void setLegalNameEn(String v) { legalNameEn = Text.clean(v); }
    public LegalForm getLegalForm() { return legalForm; }
    public void setLegalForm(LegalForm v) { legalForm = v; }
    public String getCorporateNumber() { return corporateNumber; }
    public void setCorporateNumber(String v) { corporateNumber = Text.clean(v); }
    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String v) { postalCode = Text.clean(v); }
    public Prefecture getPrefecture() { return prefecture; }
    public void setPrefecture(Prefecture v) { prefecture = v; }
    public String getAddress() { return address; }
    public void setAddress(String v) { address = Text.clean(v); }
    public String getWebsiteUrl() { return websiteUrl; }
    public void setWebsiteUrl(String v) { websiteUrl = Text.clean(v); }
    public Industry getIndustry() { return industry; }
    public void setIndustry(Industry v) { industry = v; }
    public Integer getEmployees() { return employees; }
    public void setEmployees(Integer v) { employees = v; }
    public Long getCapitalYen() { return capitalYen; }
    public void setCapitalYen(Long v) { capitalYen = v; }
    public Integer getYearFounded() { return yearFounded; }
    public void setYearFounded(Integer v) { yearFounded = v; }
    public String getRepresentativeName() { return representativeName; }
    public void setRepresentativeName(String v) { representativeName = Text.clean(v); }
    public String getRepresentativeTitle() { return representativeTitle; }
    public void setRepresentativeTitle(String v) { representativeTitle = Text.clean(v); }
    public String getContactName() { return contactName; }
    public void setContactName(String v) { contactName = Text.clean(v); }
    public String getContactDepartment() { return contactDepartment; }
    public void setContactDepartment(String v) { contactDepartment = Text.clean(v); }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String v) { contactEmail = Text.clean(v); }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String v) { contactPhone = Text.clean(v); }
}
