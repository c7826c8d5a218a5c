package app.banso.ejb.insight;

import app.banso.domain.insight.CsvTableWriter;
import app.banso.domain.insight.ExportFormat;
import app.banso.domain.insight.ExportLabels;
import app.banso.domain.insight.TableWriter;
import app.banso.domain.programme.Programme;
import app.banso.domain.screening.ScreeningDeadlines;
import app.banso.domain.shared.JapanTime;
import app.banso.domain.shared.NotFoundException;
import app.banso.ejb.audit.AuditLog;
import app.banso.ejb.platform.Roles;
import app.banso.ejb.survey.SurveyDesk;
import app.banso.persistence.programme.ProgrammeRepository;
import app.banso.persistence.screening.InboxExportRow;
import app.banso.persistence.screening.InboxFilter;
import app.banso.persistence.screening.InboxRepository;
import app.banso.persistence.support.ActivityExportRow;
import app.banso.persistence.support.CaseExportRow;
import app.banso.persistence.support.SupportRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Downloads of staff tables as CSV or Excel (issue 7): the inbox with the screen's filters
 * (SCREENER, ADMIN), support cases and the work log (a coordinator only their own cases, as on
 * the screens; ADMIN all) and survey answers (ADMIN). Rows are read in chunks of
 * {@value #CHUNK}, one projection query each, and written straight to the response, so a large
 * export never sits in memory. Each export is audited with what was asked for.
 * <p>
 * No transaction is held while the file is written (a slow client would otherwise keep it open):
 * each chunk is a plain read; the audit line commits on its own before the first row.
 */
@Stateless
@DeclareRoles({Roles.APPLICANT, Roles.SCREENER, Roles.COORDINATOR, Roles.ADMIN})
@RolesAllowed({Roles.SCREENER, Roles.COORDINATOR, Roles.ADMIN})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExportService {

    static final int CHUNK = 1000;

    @Inject private InboxRepository inbox;
    @Inject private SupportRepository support;
    @Inject private ProgrammeRepository programmes;
    @Inject private SurveyDesk surveys;
    @Inject private AuditLog audit;
    @Inject private Clock clock;
    @Resource private SessionContext context;

    /** The download's file name with today's date in Japan, e.g. {@code inbox-2026-11-29.csv}. */
    public String fileName(@NotNull String base, @NotNull ExportFormat format) {
        return format.fileName(base, LocalDate.now(clock.withZone(JapanTime.ZONE)));
    }

    /** The staff inbox with the filters the screen shows (SCREEN-2 deadline included). @return rows written */
    @RolesAllowed({Roles.SCREENER, Roles.ADMIN})
    public long inbox(@NotNull InboxFilter filter, @NotNull ExportFormat format, @NotNull ExportLabels labels, @NotNull OutputStream out) {
        Programme p = programmes.findCurrent(LocalDate.now(clock)).orElseThrow(() -> new NotFoundException("programme", "current"));
        audit.record("INBOX_EXPORTED", "programme:" + p.getId(), format + " " + filter);
        LocalDate today = LocalDate.now(clock.withZone(JapanTime.ZONE));
        TableWriter w = open(format, out, labels.label("export.inbox.sheet"));
        w.header(headers(labels, "status.number", "company.legalNameJa", "company.legalNameEn", "company.corporateNumber",
                "company.legalForm", "company.prefecture", "company.industry", "field.status", "inbox.screener", "inbox.submittedAt",
                "export.consentReceivedAt", "export.completedAt", "inbox.deadline"));
        return chunks((after, size) -> inbox.exportChunk(p.getId(), filter, after, size), InboxExportRow::id, w,
                r -> List.of(r.id(), text(r.legalNameJa()), text(r.legalNameEn()), text(r.corporateNumber()),
                        label(labels, "legalForm.", r.legalForm()), label(labels, "prefecture.", r.prefecture()),
                        label(labels, "industry.", r.industry()), label(labels, "applicationStatus.", r.status()),
                        text(r.assignedScreener()), time(r.submittedAt()), time(r.consentReceivedAt()), time(r.completedAt()),
                        deadline(labels, r, p, today)));
    }

    /** The support cases the caller may see: a coordinator their own, ADMIN all. @return rows written */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public long cases(@NotNull ExportFormat format, @NotNull ExportLabels labels, @NotNull OutputStream out) {
        String scope = coordinatorScope();
        audit.record("CASES_EXPORTED", scope == null ? "cases:all" : "cases:" + scope, format.name());
        TableWriter w = open(format, out, labels.label("export.cases.sheet"));
        w.header(headers(labels, "export.caseNumber", "company.legalNameJa", "field.status", "case.coordinator", "export.createdAt",
                "case.kickoffAt", "case.periodStart", "case.periodEnd", "export.stage1", "export.stage2", "export.stage3",
                "export.stage4", "case.termReason", "case.termEffective", "export.publication"));
        return chunks((after, size) -> support.caseExportChunk(scope, after, size), CaseExportRow::id, w,
                r -> List.of(r.id(), text(r.companyName()), label(labels, "caseStatus.", r.status()), text(r.coordinator()),
                        time(r.createdAt()), time(r.kickoffAt()), orEmpty(r.periodStart()), orEmpty(r.periodEnd()),
                        label(labels, "stageStatus.", r.stage1()), label(labels, "stageStatus.", r.stage2()),
                        label(labels, "stageStatus.", r.stage3()), label(labels, "stageStatus.", r.stage4()),
                        label(labels, "term.", r.termReason()), orEmpty(r.termEffective()),
                        r.publicationConsent() == null ? "" : labels.label(r.publicationConsent() ? "export.yes" : "export.no")));
    }

    /** The work log of the cases the caller may see: a coordinator their own, ADMIN all. @return rows written */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public long activities(@NotNull ExportFormat format, @NotNull ExportLabels labels, @NotNull OutputStream out) {
        String scope = coordinatorScope();
        audit.record("ACTIVITIES_EXPORTED", scope == null ? "cases:all" : "cases:" + scope, format.name());
        TableWriter w = open(format, out, labels.label("export.activities.sheet"));
        w.header(headers(labels, "export.caseNumber", "company.legalNameJa", "case.activityDate", "case.activityType",
                "case.duration", "case.participants", "case.notes", "case.nextActions", "case.stage", "export.visitState",
                "export.costsMayBeCharged", "outOfScope.category", "export.recordedBy", "export.recordedAt"));
        return chunks((after, size) -> support.activityExportChunk(scope, after, size), ActivityExportRow::id, w,
                r -> List.of(r.caseId(), text(r.companyName()), orEmpty(r.date()), label(labels, "activity.", r.type()),
                        r.durationMinutes() == null ? "" : r.durationMinutes(), text(r.participants()), text(r.notes()),
                        text(r.nextActions()), r.stage(), label(labels, "visit.", r.visitState()),
                        labels.label(r.costsMayBeCharged() ? "export.yes" : "export.no"), label(labels, "outOfScope.", r.outOfScope()),
                        text(r.recordedBy()), time(r.recordedAt())));
    }

    /** COOP-3: the submitted answers of a survey (ADMIN), in the user's language. */
    @RolesAllowed(Roles.ADMIN)
    public void surveyAnswers(long surveyId, @NotNull ExportFormat format, @NotNull ExportLabels labels, @NotNull OutputStream out) {
        audit.record("SURVEY_EXPORTED", "survey:" + surveyId, format + " " + labels.language());
        surveys.export(surveyId, labels.language(), open(format, out, labels.label("export.survey.sheet")));
    }

    private static TableWriter open(ExportFormat format, OutputStream out, String sheet) {
        return switch (format) {
            case CSV -> new CsvTableWriter(out);
            case XLSX -> new XlsxTableWriter(out, sheet);
        };
    }

    /** Reads chunk after chunk (keyset on the id) until one comes back short, writing each row. */
    private static <R> long chunks(BiFunction<Long, Integer, List<R>> read, Function<R, Long> id, TableWriter w,
                                   Function<R, List<?>> cells) {
        long written = 0;
        long after = 0;
        List<R> chunk;
        do {
            chunk = read.apply(after, CHUNK);
            for (R row : chunk) {
                w.row(cells.apply(row));
                after = id.apply(row);
                written++;
            }
        } while (chunk.size() == CHUNK);
        w.finish();
        return written;
    }

    /** SCREEN-2: where an application waiting for its online-screening notice stands, as the inbox shows it. */
    private static String deadline(ExportLabels labels, InboxExportRow r, Programme p, LocalDate today) {
        if (r.completedAt() == null || !r.status().isWaitingForNotice()) {
            return "";
        }
        return labels.label("deadline." + ScreeningDeadlines.from(r.completedAt().atZone(JapanTime.ZONE).toLocalDate(),
                p.getNoticeTargetDays(), p.getNoticeMaxDays()).on(today).name());
    }

    private String coordinatorScope() {
        return context.isCallerInRole(Roles.ADMIN) ? null : context.getCallerPrincipal().getName();
    }

    private static List<String> headers(ExportLabels labels, String... keys) {
        var cells = new ArrayList<String>(keys.length);
        for (String k : keys) {
            cells.add(labels.label(k));
        }
        return cells;
    }

    private static String label(ExportLabels labels, String prefix, Enum<?> value) {
        return value == null ? "" : labels.label(prefix + value.name());
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static Object time(Instant t) {
        return t == null ? "" : t;
    }

    private static Object orEmpty(LocalDate d) {
        return d == null ? "" : d;
    }
}
