package app.banso.persistence.support;

import app.banso.domain.support.CaseStatus;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The programme's results for the outcome report (COOP-4, COOP-5): counts over every application
 * and every adopted company, each computed by a grouped query in the database, and the few
 * companies that agreed to be named.
 *
 * <p>Every map is keyed by the enum constant's name (or the stage number) in the enum's order;
 * {@link #UNKNOWN} stands for an answer left empty.
 *
 * @param applicationsByStatus submitted applications per status (drafts are not applications yet)
 * @param casesByStatus adopted companies (support cases) per case status, zeros included
 * @param activeByStage cases in support (ACTIVE) per current stage 1..4, zeros included
 * @param adoptedByPrefecture adopted companies per prefecture of the head office; only prefectures with companies
 * @param adoptedByIndustry adopted companies per industry (JSIC division); only industries with companies
 * @param terminationsByReason terminated cases per TERM reason, zeros included
 * @param consentGiven companies that agreed to be named (COOP-4/5)
 * @param consentRefused companies that said no
 * @param consentUnanswered companies that have not answered (not named either)
 * @param named the companies that agreed, by name; nobody else is ever listed
 */
public record OutcomeFigures(Map<String, Long> applicationsByStatus, Map<String, Long> casesByStatus,
                             Map<String, Long> activeByStage, Map<String, Long> adoptedByPrefecture,
                             Map<String, Long> adoptedByIndustry, Map<String, Long> terminationsByReason,
                             long consentGiven, long consentRefused, long consentUnanswered,
                             List<NamedCompany> named) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Key for an empty answer (no prefecture or industry given). */
    public static final String UNKNOWN = "UNKNOWN";

    public OutcomeFigures {
        applicationsByStatus = ordered(applicationsByStatus);
        casesByStatus = ordered(casesByStatus);
        activeByStage = ordered(activeByStage);
        adoptedByPrefecture = ordered(adoptedByPrefecture);
        adoptedByIndustry = ordered(adoptedByIndustry);
        terminationsByReason = ordered(terminationsByReason);
        named = List.copyOf(named);
    }

    private static Map<String, Long> ordered(Map<String, Long> counts) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(counts)); // keeps the enum order
    }

    /** Adopted companies in all (every support case of the programme). */
    public long adopted() {
        return consentGiven + consentRefused + consentUnanswered;
    }

    /**
     * A company that agreed to be named in published reports.
     *
     * @param nameJa the registered name
     * @param nameEn the English name given in the application; empty when none
     * @param prefecture a {@code Prefecture} name or {@link #UNKNOWN}
     * @param industry an {@code Industry} name or {@link #UNKNOWN}
     * @param stage the current stage 1..4 (meaningful while ACTIVE or after)
     * @param stagesDone how many of the four stages are done
     */
    public record NamedCompany(String nameJa, String nameEn, String prefecture, String industry, CaseStatus status,
                               int stage, int stagesDone, LocalDate periodStart, LocalDate periodEnd) implements Serializable {
        private static final long serialVersionUID = 1L;

        public NamedCompany {
            nameEn = nameEn == null ? "" : nameEn;
            prefecture = prefecture == null ? UNKNOWN : prefecture;
            industry = industry == null ? UNKNOWN : industry;
        }
    }
}
