package app.banso.ejb.dashboard;

import app.banso.domain.intake.ApplicationStatus;
import app.banso.domain.intake.Industry;
import app.banso.domain.intake.Prefecture;
import app.banso.domain.support.CaseStatus;
import app.banso.domain.support.TermReason;
import app.banso.persistence.dashboard.DeadlineCounts;
import app.banso.persistence.dashboard.SurveyRate;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The staff dashboard's figures, all computed by aggregate queries. The screening part is filled
 * for SCREENER and ADMIN, the support part for COORDINATOR and ADMIN; the other part is empty.
 *
 * @param funnel submitted applications by status under the inbox's filters (status aside); each
 *               equals the inbox's count for that status with the same filters
 * @param drafts applications still in draft (not filtered: the inbox never lists drafts)
 */
public record Dashboard(boolean screening, boolean support,
                        int capacity, long counted, int remaining, long waitingList,
                        long drafts, Map<ApplicationStatus, Long> funnel,
                        DeadlineCounts deadlines, Double medianDaysToNotice,
                        Map<Prefecture, Long> byPrefecture, Map<Industry, Long> byIndustry,
                        Map<CaseStatus, Long> casesByStatus, Map<Integer, Long> activeCasesByStage,
                        Map<YearMonth, Long> activitiesPerMonth, Map<TermReason, Long> terminations,
                        List<SurveyRate> surveys) implements Serializable {
}
