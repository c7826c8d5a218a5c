package app.banso.web.programme;

import app.banso.domain.programme.CapacityBasis;
import app.banso.domain.shared.BusinessException;
import app.banso.ejb.programme.ProgrammeService;
import app.banso.ejb.programme.ProgrammeSettings;
import app.banso.web.platform.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

/** ADMIN edits the current programme year: capacity, dates, contact. */
@Named
@ViewScoped
public class ProgrammeAdminBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProgrammeService programmes;

    private long id;
    private int fiscalYear;
    private long version;
    @NotNull
    private LocalDate intakeOpens;
    @NotNull
    private LocalDate intakeCloses;
    @NotNull
    private LocalDate supportEnds;
    @NotNull @Min(1) @Max(100_000)
    private Integer capacity;
    @NotNull
    private CapacityBasis capacityBasis;
    @NotBlank @Size(max = 200)
    private String contactNameJa;
    @NotBlank @Size(max = 200)
    private String contactNameEn;
    @NotBlank @Email @Size(max = 200)
    private String contactEmail;
    @Size(max = 40)
    private String contactPhone;
    @NotNull @Min(1) @Max(365)
    private Integer noticeTargetDays;
    @NotNull @Min(1) @Max(365)
    private Integer noticeMaxDays;
    @NotNull @Min(1) @Max(60)
    private Integer confirmDays;

    @PostConstruct
    void load() {
        ProgrammeSettings s = programmes.settings(programmes.current().id());
        id = s.id();
        fiscalYear = s.fiscalYear();
        version = s.version();
        intakeOpens = s.intakeOpens();
        intakeCloses = s.intakeCloses();
        supportEnds = s.supportEnds();
        capacity = s.capacity();
        capacityBasis = s.capacityBasis();
        contactNameJa = s.contactNameJa();
        contactNameEn = s.contactNameEn();
        contactEmail = s.contactEmail();
        contactPhone = s.contactPhone();
        noticeTargetDays = s.noticeTargetDays();
        noticeMaxDays = s.noticeMaxDays();
        confirmDays = s.confirmDays();
    }

    public void save() {
        try {
            programmes.update(new ProgrammeSettings(id, fiscalYear, intakeOpens, intakeCloses, supportEnds, capacity,
                    capacityBasis, contactNameJa, contactNameEn, contactEmail, contactPhone, noticeTargetDays, noticeMaxDays,
                    confirmDays, version));
            load();
            Messages.info("admin.programme.saved");
        } catch (BusinessException e) {
            Messages.error(e, Map.of("capacity", "programme:capacity", "intakeCloses", "programme:intakeCloses",
                    "supportEnds", "programme:supportEnds", "contactEmail", "programme:contactEmail",
                    "noticeTargetDays", "programme:noticeTargetDays"));
        }
    }

    public CapacityBasis[] getCapacityBases() {
        return CapacityBasis.values();
    }

    public int getFiscalYear() { return fiscalYear; }
    public LocalDate getIntakeOpens() { return intakeOpens; }
    public void setIntakeOpens(LocalDate v) { intakeOpens = v; }
    public LocalDate getIntakeCloses() { return intakeCloses; }
    public void setIntakeCloses(LocalDate v) { intakeCloses = v; }
    public LocalDate getSupportEnds() { return supportEnds; }
    public void setSupportEnds(LocalDate v) { supportEnds = v; }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer v) { capacity = v; }
    public CapacityBasis getCapacityBasis() { return capacityBasis; }
    public void setCapacityBasis(CapacityBasis v) { capacityBasis = v; }
    public String getContactNameJa() { return contactNameJa; }
    public void setContactNameJa(String v) { contactNameJa = v; }
    public String getContactNameEn() { return contactNameEn; }
    public void setContactNameEn(String v) { contactNameEn = v; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String v) { contactEmail = v; }
    public Integer getNoticeTargetDays() { return noticeTargetDays; }
    public void setNoticeTargetDays(Integer v) { noticeTargetDays = v; }
    public Integer getNoticeMaxDays() { return noticeMaxDays; }
    public void setNoticeMaxDays(Integer v) { noticeMaxDays = v; }
    public Integer getConfirmDays() { return confirmDays; }
    public void setConfirmDays(Integer v) { confirmDays = v; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String v) { contactPhone = v; }
}
