package app.banso.domain.programme;

import app.banso.domain.shared.InvalidDataException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One fiscal year of the accompanying support programme. Everything year-specific (capacity,
 * intake dates, support end date, contact details) is data of this entity, never a constant in
 * code: the guidelines say that later years may differ.
 */
@Entity
@Table(name = "programme")
public class Programme {

    public static final int NAME_MAX = 200;
    public static final int CONTACT_MAX = 200;

    @Id
    @SequenceGenerator(name = "programme_seq", sequenceName = "programme_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "programme_seq")
    private Long id;

    @Min(2000) @Max(2100)
    @Column(name = "fiscal_year", nullable = false, unique = true)
    private int fiscalYear;

    @NotBlank @Size(max = NAME_MAX)
    @Column(name = "name_ja", nullable = false, length = NAME_MAX)
    private String nameJa;

    @NotBlank @Size(max = NAME_MAX)
    @Column(name = "name_en", nullable = false, length = NAME_MAX)
    private String nameEn;

    @NotNull
    @Column(name = "intake_opens", nullable = false)
    private LocalDate intakeOpens;

    @NotNull
    @Column(name = "intake_closes", nullable = false)
    private LocalDate intakeCloses;

    @NotNull
    @Column(name = "support_ends", nullable = false)
    private LocalDate supportEnds;

    @Min(1)
    @Column(name = "capacity", nullable = false)
    private int capacity;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "capacity_basis", nullable = false, length = 20)
    private CapacityBasis capacityBasis;

    @NotBlank @Size(max = CONTACT_MAX)
    @Column(name = "contact_name_ja", nullable = false, length = CONTACT_MAX)
    private String contactNameJa;

    @NotBlank @Size(max = CONTACT_MAX)
    @Column(name = "contact_name_en", nullable = false, length = CONTACT_MAX)
    private String contactNameEn;

    @NotBlank @Email @Size(max = CONTACT_MAX)
    @Column(name = "contact_email", nullable = false, length = CONTACT_MAX)
    private String contactEmail;

    @Size(max = 40)
    @Column(name = "contact_phone", length = 40)
    private String contactPhone;

    /** SCREEN-2: target days from completion to the online-screening notice. */
    @Min(1) @Max(365)
    @Column(name = "notice_target_days", nullable = false)
    private int noticeTargetDays = 14;

    /** SCREEN-2: the latest the notice may come. */
    @Min(1) @Max(365)
    @Column(name = "notice_max_days", nullable = false)
    private int noticeMaxDays = 31;

    /** APPLY-5: days the applicant has to confirm the online screening. */
    @Min(1) @Max(60)
    @Column(name = "confirm_days", nullable = false)
    private int confirmDays = 7;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Programme() {
        // for JPA
    }

    public Programme(int fiscalYear, String nameJa, String nameEn, ProgrammeSchedule schedule,
                     int capacity, CapacityBasis capacityBasis, ProgrammeContact contact) {
        this.fiscalYear = fiscalYear;
        this.nameJa = requireText(nameJa, "nameJa");
        this.nameEn = requireText(nameEn, "nameEn");
        this.capacityBasis = Objects.requireNonNull(capacityBasis, "capacityBasis");
        reschedule(schedule);
        changeCapacity(capacity);
        changeContact(contact);
    }

    /** Sets the intake window and the support end date (PERIOD-1 uses the latter). */
    public final void reschedule(ProgrammeSchedule schedule) {
        Objects.requireNonNull(schedule, "schedule");
        this.intakeOpens = schedule.intakeOpens();
        this.intakeCloses = schedule.intakeCloses();
        this.supportEnds = schedule.supportEnds();
    }

    /** APPLY-4: the planned number of companies; acceptance closes once it is reached. */
    public final void changeCapacity(int newCapacity) {
        if (newCapacity < 1) {
            throw new InvalidDataException("capacity", "programme.capacity.positive");
        }
        this.capacity = newCapacity;
    }

    public final void changeContact(ProgrammeContact contact) {
        Objects.requireNonNull(contact, "contact");
        this.contactNameJa = contact.nameJa();
        this.contactNameEn = contact.nameEn();
        this.contactEmail = contact.email();
        this.contactPhone = contact.phone();
    }

    public void countCapacityBy(CapacityBasis basis) {
        this.capacityBasis = Objects.requireNonNull(basis, "basis");
    }

    /** Intake is open on the days from the opening date to the closing date, both included. */
    public boolean isIntakeOpenOn(LocalDate day) {
        return !day.isBefore(intakeOpens) && !day.isAfter(intakeCloses);
    }

    /** Places left, given how many applications count against the capacity now (never negative). */
    public int remainingPlaces(long counted) {
        return (int) Math.max(0, capacity - counted);
    }

    private static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidDataException(field, "validation.required");
        }
        return value.strip();
    }

    public Long getId() { return id; }
    public int getFiscalYear() { return fiscalYear; }
    public String getNameJa() { return nameJa; }
    public String getNameEn() { return nameEn; }
    public LocalDate getIntakeOpens() { return intakeOpens; }
    public LocalDate getIntakeCloses() { return intakeCloses; }
    public LocalDate getSupportEnds() { return supportEnds; }
    public int getCapacity() { return capacity; }
    public CapacityBasis getCapacityBasis() { return capacityBasis; }
    public ProgrammeSchedule getSchedule() { return new ProgrammeSchedule(intakeOpens, intakeCloses, supportEnds); }
    public ProgrammeContact getContact() { return new ProgrammeContact(contactNameJa, contactNameEn, contactEmail, contactPhone); }
    public long getVersion() { return version; }
    public int getNoticeTargetDays() { return noticeTargetDays; }
    public int getNoticeMaxDays() { return noticeMaxDays; }
    public int getConfirmDays() { return confirmDays; }

    /** SCREEN-2 and APPLY-5 deadlines, programme data. */
    public void changeScreeningDeadlines(int targetDays, int maxDays, int confirmWithinDays) {
        if (targetDays < 1 || maxDays < targetDays || confirmWithinDays < 1) {
            throw new InvalidDataException("noticeTargetDays", "programme.deadlines");
        }
        this.noticeTargetDays = targetDays;
        this.noticeMaxDays = maxDays;
        this.confirmDays = confirmWithinDays;
    }

    public String name(boolean japanese) {
        return japanese ? nameJa : nameEn;
    }
}
