package app.banso.web.report;

import app.banso.ejb.report.OutcomeReportService;
import app.banso.ejb.report.OutcomeReportService.Format;
import app.banso.ejb.report.ReportLabels;
import app.banso.web.platform.LocaleBean;
import app.banso.web.platform.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.util.ResourceBundle;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * ADMIN: the outcome report for publication (COOP-4, COOP-5) as PDF or Excel, in the language of
 * the screen. Downloaded by a non-ajax request ({@code p:fileDownload}), which works under the
 * PrimeFaces CSP mode without any inline script.
 */
@Named
@RequestScoped
public class OutcomeReportBean {

    @Inject private OutcomeReportService reports;
    @Inject private LocaleBean locale;

    private OutcomeReportService.Preview preview;

    public OutcomeReportService.Preview getPreview() {
        if (preview == null) {
            preview = reports.preview();
        }
        return preview;
    }

    public StreamedContent getPdf() {
        return download(Format.PDF);
    }

    public StreamedContent getXlsx() {
        return download(Format.XLSX);
    }

    private StreamedContent download(Format format) {
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale.getLocale(), Messages.class.getClassLoader());
        OutcomeReportService.ReportFile file = reports.report(format, ReportLabels.from(bundle, locale.getLanguage()));
        byte[] bytes = file.content();
        return DefaultStreamedContent.builder().name(file.fileName()).contentType(file.contentType())
                .contentLength((long) bytes.length).stream(() -> new ByteArrayInputStream(bytes)).build();
    }
}
