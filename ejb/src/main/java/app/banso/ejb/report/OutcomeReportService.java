package app.banso.ejb.report;

import app.banso.domain.programme.Programme;
import app.banso.domain.shared.NotFoundException;
import app.banso.ejb.audit.AuditLog;
import app.banso.ejb.platform.Roles;
import app.banso.persistence.programme.ProgrammeRepository;
import app.banso.persistence.support.OutcomeFigures;
import app.banso.persistence.support.OutcomeRepository;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;

/**
 * ADMIN's boundary for the outcome report for publication (COOP-4, COOP-5): the current
 * programme's results as a PDF or an Excel file, naming only the companies that agreed in their
 * portal to be named, with every other company only in the counts. Each download is audited with
 * its format, language and how many companies it named.
 */
@Stateless
@DeclareRoles({Roles.APPLICANT, Roles.SCREENER, Roles.COORDINATOR, Roles.ADMIN})
@RolesAllowed(Roles.ADMIN)
public class OutcomeReportService {

    /** The file formats of the report. */
    public enum Format {
        PDF("pdf", "application/pdf"),
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        private final String extension;
        private final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }

        public String extension() { return extension; }
        public String contentType() { return contentType; }
    }

    /** A generated file: its name (with the date in Japan time), type and bytes. */
    public record ReportFile(String fileName, String contentType, byte[] content) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** What the download page shows before the download: how many companies are named and how many only counted. */
    public record Preview(long adopted, long named, long refused, long unanswered) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Inject private OutcomeRepository outcomes;
    @Inject private ProgrammeRepository programmes;
    @Inject private AuditLog audit;
    @Inject private Clock clock;

    public Preview preview() {
        OutcomeFigures f = outcomes.figures(programme().getId());
        return new Preview(f.adopted(), f.consentGiven(), f.consentRefused(), f.consentUnanswered());
    }

    /** The report in {@code format}, with texts in the reader's language. */
    public ReportFile report(Format format, ReportLabels labels) {
        Programme p = programme();
        LocalDate today = LocalDate.now(clock);
        OutcomeFigures figures = outcomes.figures(p.getId());
        OutcomeReport report = OutcomeReport.build(new OutcomeReport.Programme(p.getFiscalYear(), p.getNameJa(), p.getNameEn()),
                today, figures, labels);
        byte[] bytes = format == Format.PDF ? OutcomeReportPdf.render(report) : OutcomeReportXlsx.render(report);
        audit.record("OUTCOME_REPORT_EXPORTED", "programme:" + p.getId(),
                format.extension() + " " + labels.language() + " named=" + figures.named().size() + " adopted=" + figures.adopted());
        return new ReportFile(report.baseName() + "." + format.extension(), format.contentType(), bytes);
    }

    private Programme programme() {
        return programmes.findCurrent(LocalDate.now(clock)).orElseThrow(() -> new NotFoundException("programme", "current"));
    }
}
