package app.banso.domain.intake;

import app.banso.domain.shared.InvalidDataException;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.Optional;

/**
 * An applicant company, identified by its corporate number. A group applies per legal entity
 * (MAYBE-2), so one row is one legal entity.
 */
@Entity
@Table(name = "company")
public class Company {

    public static final int NAME_MAX = 200;

    @Id
    @SequenceGenerator(name = "company_seq", sequenceName = "company_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "company_seq")
    private Long id;

    @NotBlank @Size(max = NAME_MAX)
    @Column(name = "legal_name_ja", nullable = false, length = NAME_MAX)
    private String legalNameJa;

    @Size(max = NAME_MAX)
    @Column(name = "legal_name_en", length = NAME_MAX)
    private String legalNameEn;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "legal_form", nullable = false, length = 10)
    private LegalForm legalForm;

    @NotNull
    @Embedded
    private CorporateNumber corporateNumber;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "website_url", length = WebsiteUrl.MAX))
    private WebsiteUrl website;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Company() {
        // for JPA
    }

    public Company(CorporateNumber corporateNumber, String legalNameJa, String legalNameEn, LegalForm legalForm) {
        this.corporateNumber = Objects.requireNonNull(corporateNumber, "corporateNumber");
        rename(legalNameJa, legalNameEn);
        this.legalForm = Objects.requireNonNull(legalForm, "legalForm");
    }

    public final void rename(String nameJa, String nameEn) {
        if (nameJa == null || nameJa.isBlank()) {
            throw new InvalidDataException("legalNameJa", "validation.required");
        }
        if (nameJa.strip().length() > NAME_MAX) {
            throw new InvalidDataException("legalNameJa", "validation.tooLong", NAME_MAX);
        }
        if (nameEn != null && nameEn.strip().length() > NAME_MAX) {
            throw new InvalidDataException("legalNameEn", "validation.tooLong", NAME_MAX);
        }
        this.legalNameJa = nameJa.strip();
        this.legalNameEn = nameEn == null || nameEn.isBlank() ? null : nameEn.strip();
    }

    public void changeLegalForm(LegalForm form) {
        this.legalForm = Objects.requireNonNull(form, "legalForm");
    }

    /** EX-3: the company's own website; {@code null} clears it (the applicant has not given one yet). */
    public void changeWebsite(WebsiteUrl url) {
        this.website = url;
    }

    public Long getId() { return id; }
    public String getLegalNameJa() { return legalNameJa; }
    public String getLegalNameEn() { return legalNameEn; }
    public LegalForm getLegalForm() { return legalForm; }
    public CorporateNumber getCorporateNumber() { return corporateNumber; }
    public Optional<WebsiteUrl> getWebsite() { return Optional.ofNullable(website); }
    public long getVersion() { return version; }
}
