package app.banso.domain.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Step 3: one position of the hiring plan (TALENT-1..3 are evaluated per position). */
@Embeddable
public class PositionAnswers implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int COUNTRIES_MAX = 300;
    public static final int MAX_POSITIONS = 10;

    @Enumerated(EnumType.STRING) @Column(name = "role_type", length = 40)
    private RoleType roleType;
    @Enumerated(EnumType.STRING) @Column(name = "status_of_residence", length = 40)
    private StatusOfResidence statusOfResidence;
    @Enumerated(EnumType.STRING) @Column(name = "education", length = 20)
    private Education education;
    @Min(1) @Max(99) @Column(name = "hires")
    private Integer hires;
    @Enumerated(EnumType.STRING) @Column(name = "work_prefecture", length = 20)
    private Prefecture workPrefecture;
    @Size(max = COUNTRIES_MAX) @Column(name = "countries_of_interest", length = COUNTRIES_MAX)
    private String countriesOfInterest;
    @Column(name = "target_start")
    private LocalDate targetStart;

    /** Equal when every answer is equal (an autosave that changes nothing writes nothing). */
    @Override
    public boolean equals(Object o) {
        return o instanceof PositionAnswers other && answers().equals(other.answers());
    }

    @Override
    public int hashCode() {
        return answers().hashCode();
    }

    private List<Object> answers() {
        return Arrays.asList(roleType, statusOfResidence, education, hires, workPrefecture, countriesOfInterest,
                targetStart);
    }

    public PositionAnswers copy() {
        PositionAnswers p = new PositionAnswers();
        p.roleType = roleType; p.statusOfResidence = statusOfResidence; p.education = education; p.hires = hires;
        p.workPrefecture = workPrefecture; p.countriesOfInterest = countriesOfInterest; p.targetStart = targetStart;
        return p;
    }

    public RoleType getRoleType() { return roleType; }
    public void setRoleType(RoleType v) { roleType = v; }
    public StatusOfResidence getStatusOfResidence() { return statusOfResidence; }
    public void setStatusOfResidence(StatusOfResidence v) { statusOfResidence = v; }
    public Education getEducation() { return education; }
    public void setEducation(Education v) { education = v; }
    public Integer getHires() { return hires; }
    public void setHires(Integer v) { hires = v; }
    public Prefecture getWorkPrefecture() { return workPrefecture; }
    public void setWorkPrefecture(Prefecture v) { workPrefecture = v; }
    public String getCountriesOfInterest() { return countriesOfInterest; }
    public void setCountriesOfInterest(String v) { countriesOfInterest = Text.clean(v); }
    public LocalDate getTargetStart() { return targetStart; }
    public void setTargetStart(LocalDate v) { targetStart = v; }
}
