package app.banso.web.support;

import app.banso.ejb.insight.ExportService;
import app.banso.ejb.support.CaseRow;
import app.banso.ejb.support.SupportService;
import app.banso.web.insight.Downloads;
import app.banso.web.platform.LocaleBean;
import app.banso.web.platform.PagedModel;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.StreamedContent;

/** The support cases a coordinator may see (their own), or all for ADMIN. */
@Named
@RequestScoped
public class CasesBean {

    @Inject
    private SupportService support;

    @Inject
    private ExportService exports;

    @Inject
    private LocaleBean locale;

    /** Lazy: only the page shown is read (a programme has up to a few thousand cases). */
    private PagedModel<CaseRow> cases;

    /** The caller's cases (a coordinator their own, ADMIN all; decided by the EJB) as CSV or Excel. */
    public StreamedContent exportCases(String format) {
        var f = Downloads.format(format);
        var labels = new Downloads.Labels(locale.getLocale());
        var boundary = exports;
        return Downloads.of(exports.fileName("cases", f), f, out -> boundary.cases(f, labels, out));
    }

    /** The work log of the caller's cases as CSV or Excel. */
    public StreamedContent exportActivities(String format) {
        var f = Downloads.format(format);
        var labels = new Downloads.Labels(locale.getLocale());
        var boundary = exports;
        return Downloads.of(exports.fileName("activities", f), f, out -> boundary.activities(f, labels, out));
    }

    public PagedModel<CaseRow> getCases() {
        if (cases == null) {
            var boundary = support;
            cases = new PagedModel<>(boundary::caseCount, boundary::casePage, CaseRow::id);
        }
        return cases;
    }
}
