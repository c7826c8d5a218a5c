package app.banso.ejb.support;

import java.io.Serializable;
import java.time.LocalDate;

/** A support case as a line of the cases list: what the list shows, read from the case alone. */
public record CaseRow(long id, String companyName, String status, String coordinator, int currentStage,
        LocalDate periodStart, LocalDate periodEnd) implements Serializable {
}
