package app.banso.ejb.programme;

import java.io.Serializable;

/**
 * What every page shows of the current programme (its name in the header, the contact in the
 * footer) and the screening deadlines the inbox shows (SCREEN-2): fields that change only when
 * ADMIN edits the programme, so {@link CurrentProgramme} may remember them for a minute.
 */
public record ProgrammeHeading(long id, String nameJa, String nameEn, String contactNameJa, String contactNameEn,
                               String contactEmail, String contactPhone, int noticeTargetDays, int noticeMaxDays)
        implements Serializable {
}
