package app.banso.ejb.programme;

import app.banso.domain.programme.CapacityBasis;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** The values ADMIN edits on the programme screen; {@code version} guards against lost updates. */
public record ProgrammeSettings(
        long id,
        int fiscalYear,
        @NotNull LocalDate intakeOpens,
        @NotNull LocalDate intakeCloses,
        @NotNull LocalDate supportEnds,
        @Min(1) @Max(100_000) int capacity,
        @NotNull CapacityBasis capacityBasis,
        @NotBlank @Size(max = 200) String contactNameJa,
        @NotBlank @Size(max = 200) String contactNameEn,
        @NotBlank @Email @Size(max = 200) String contactEmail,
        @Size(max = 40) String contactPhone,
        @Min(1) @Max(365) int noticeTargetDays,
        @Min(1) @Max(365) int noticeMaxDays,
        @Min(1) @Max(60) int confirmDays,
        long version) implements Serializable {
}
