package app.banso.web.support;

import app.banso.ejb.support.CaseView;
import app.banso.ejb.support.SupportService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The support cases a coordinator may see (their own), or all for ADMIN. */
@Named
@RequestScoped
public class CasesBean {

    @Inject
    private SupportService support;

    @Inject
    private app.banso.ejb.insight.ExportService exports;

    @Inject
    private app.banso.web.platform.LocaleBean locale;

    private List<CaseView> cases;

    /** The caller's cases (a coordinator their own, ADMIN all; decided by the EJB) as CSV or Excel. */
    public org.primefaces.model.StreamedContent exportCases(String format) {
        var f = app.banso.web.insight.Downloads.format(format);
        var labels = new app.banso.web.insight.Downloads.Labels(locale.getLocale());
        var boundary = exports;
        return app.banso.web.insight.Downloads.of(exports.fileName("cases", f), f, out -> boundary.cases(f, labels, out));
    }

    /** The work log of the caller's cases as CSV or Excel. */
    public org.primefaces.model.StreamedContent exportActivities(String format) {
        var f = app.banso.web.insight.Downloads.format(format);
        var labels = new app.banso.web.insight.Downloads.Labels(locale.getLocale());
        var boundary = exports;
        return app.banso.web.insight.Downloads.of(exports.fileName("activities", f), f, out -> boundary.activities(f, labels, out));
    }

    public List<CaseView> getCases() {
        if (cases == null) {
            cases = support.cases();
        }
        return cases;
    }
}
