package app.banso.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.banso.domain.shared.JapanTime;
import app.banso.domain.support.SupportCase;
import app.banso.domain.support.TermReason;
import app.banso.ejb.account.DemoData;
import app.banso.ejb.report.OutcomeReportService.Format;
import app.banso.ejb.report.OutcomeReportService;
import app.banso.ejb.report.ReportLabels;
import app.banso.persistence.programme.ProgrammeRepository;
import app.banso.persistence.support.OutcomeFigures;
import app.banso.persistence.support.OutcomeRepository;
import app.banso.persistence.support.SupportRepository;
import app.banso.web.platform.Messages;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The outcome report for publication (COOP-4, COOP-5) on the configured database: a company that
 * agreed is named in the PDF and the Excel file, one that declined is not, and both are counted
 * in the figures. Only ADMIN may produce it (boundary and page), and each download is audited.
 */
@ExtendWith(ArquillianExtension.class)
class OutcomeReportIT {

    private static final String CONSENTING = "公表同意テスト株式会社";
    private static final String DECLINING = "非公表テスト株式会社";

    @Deployment
    static WebArchive deployment() {
        return Deployments.withExcelReader(Deployments.realWarWithRunAsCallers()).addClass(WebClient.class);
    }

    @Inject OutcomeReportService reports;
    @Inject OutcomeRepository outcomes;
    @Inject SupportRepository cases;
    @Inject ProgrammeRepository programmes;
    @Inject AsAdmin admin;
    @Inject AsScreener screener;
    @Inject AsCoordinator coordinator;
    @Resource UserTransaction tx;
    @PersistenceContext(unitName = "banso") EntityManager em;

    /** An adopted company of its own (a case on an application that has none), with its answer on publication. */
    private void adoptedCompany(long programmeId, String name, boolean consent, TermReason terminated) throws Exception {
        tx.begin();
        Long applicationId = em.createQuery("select a.id from Application a where a.programme.id = :p and not exists "
                        + "(select c from SupportCase c where c.applicationId = a.id) order by a.id", Long.class)
                .setParameter("p", programmeId).setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> new IllegalStateException("the demo data has applications without a case"));
        SupportCase c = cases.add(new SupportCase(applicationId, programmeId, name, Instant.now()));
        c.recordPublicationConsent(consent, Instant.now());
        if (terminated != null) {
            c.terminate(terminated, LocalDate.now(), "IT", "admin@example.jp", Instant.now());
        }
        tx.commit();
    }

    private long audited() {
        return em.createQuery("select count(e) from AuditEntry e where e.action = 'OUTCOME_REPORT_EXPORTED' and e.actor = :a",
                Long.class).setParameter("a", "admin@example.jp").getSingleResult();
    }

    private static ReportLabels labels(Locale locale) {
        return ReportLabels.from(ResourceBundle.getBundle(Messages.BUNDLE, locale, Messages.class.getClassLoader()), locale.getLanguage());
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\R", ""); // a name wrapped in its cell is found whole
        }
    }

    private static List<String> xlsxLines(byte[] xlsx) throws Exception {
        List<String> lines = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (Cell cell : row) {
                        cells.add(cell.getCellType() == CellType.NUMERIC ? String.valueOf((long) cell.getNumericCellValue())
                                : cell.getStringCellValue());
                    }
                    lines.add(String.join("\t", cells));
                }
            }
        }
        return lines;
    }

    @Test
    void onlyTheConsentingCompanyIsNamedWhileBothAreCounted_COOP_4_COOP_5() throws Exception {
        long programmeId = programmes.findCurrent(LocalDate.now()).orElseThrow().getId();
        OutcomeFigures before = outcomes.figures(programmeId);

        adoptedCompany(programmeId, CONSENTING, true, null);
        adoptedCompany(programmeId, DECLINING, false, TermReason.TERM_2);

        OutcomeFigures after = outcomes.figures(programmeId);
        assertEquals(before.adopted() + 2, after.adopted());
        assertEquals(before.consentGiven() + 1, after.consentGiven());
        assertEquals(before.consentRefused() + 1, after.consentRefused());
        assertEquals(before.terminationsByReason().get("TERM_2") + 1, after.terminationsByReason().get("TERM_2"));
        assertEquals(before.casesByStatus().get("TERMINATED") + 1, after.casesByStatus().get("TERMINATED"));
        assertEquals(before.adopted() + 2, after.adoptedByPrefecture().values().stream().mapToLong(Long::longValue).sum(),
                "every adopted company is counted by prefecture (or as not given)");
        assertEquals(before.adopted() + 2, after.adoptedByIndustry().values().stream().mapToLong(Long::longValue).sum());
        assertTrue(after.named().stream().anyMatch(n -> n.nameJa().equals(CONSENTING)));
        assertTrue(after.named().stream().noneMatch(n -> n.nameJa().equals(DECLINING)));

        long auditedBefore = audited();
        var pdf = admin.call(() -> reports.report(Format.PDF, labels(Locale.JAPANESE)));
        String today = LocalDate.now(JapanTime.ZONE).toString();
        assertTrue(pdf.fileName().matches("outcome-report-FY\\d{4}-" + today + "\\.pdf"), pdf.fileName());
        assertEquals("application/pdf", pdf.contentType());
        String text = pdfText(pdf.content());
        assertTrue(text.contains(CONSENTING), "the consenting company is named: " + text);
        assertFalse(text.contains(DECLINING), "the declining company is never named: " + text);
        assertTrue(Pattern.compile("採択企業数\\s*" + after.adopted() + "(?!\\d)").matcher(text).find(),
                "both are counted among the adopted companies: " + text);
        assertTrue(text.contains("TERM-2"), text);

        var xlsx = admin.call(() -> reports.report(Format.XLSX, labels(Locale.ENGLISH)));
        assertTrue(xlsx.fileName().matches("outcome-report-FY\\d{4}-" + today + "\\.xlsx"), xlsx.fileName());
        List<String> lines = xlsxLines(xlsx.content());
        String all = String.join("\n", lines);
        assertTrue(all.contains(CONSENTING), all);
        assertFalse(all.contains(DECLINING), all);
        assertTrue(lines.contains("Companies adopted\t" + after.adopted()), all);
        assertTrue(lines.contains("Agreed to publication (named)\t" + after.consentGiven()), all);
        assertTrue(lines.contains("Declined publication (counted only)\t" + after.consentRefused()), all);

        assertEquals(auditedBefore + 2, audited(), "each download is audited with who made it");
    }

    @Test
    void adminDownloadsTheReportFromTheAdministrationPageAndOtherStaffAreRefused() throws Exception {
        WebClient adminClient = new WebClient();
        assertEquals(302, adminClient.signIn("admin@example.jp", DemoData.DEMO_PASSWORD, "").statusCode());
        String page = adminClient.open("/admin/report.xhtml").body();
        assertTrue(page.contains("id=\"named\""), page);

        for (String button : List.of("pdf", "xlsx")) {
            var file = adminClient.postForFile("/admin/report.xhtml", Map.of("report", "report", "report:" + button, "",
                    "jakarta.faces.ViewState", WebClient.viewState(page)));
            assertEquals(200, file.statusCode());
            String disposition = file.headers().firstValue("Content-Disposition").orElse("");
            assertTrue(disposition.contains("outcome-report-FY") && disposition.contains("." + button), disposition);
            String magic = new String(file.body(), 0, 4, StandardCharsets.ISO_8859_1);
            assertEquals(button.equals("pdf") ? "%PDF" : "PK\u0003\u0004", magic, "a real " + button + " file");
        }

        WebClient screenerClient = new WebClient();
        assertEquals(302, screenerClient.signIn("screener@example.jp", DemoData.DEMO_PASSWORD, "").statusCode());
        assertEquals(403, screenerClient.get("/admin/report.xhtml").statusCode());
    }

    @Test
    void onlyAdminMayProduceTheReport() {
        ReportLabels ja = labels(Locale.JAPANESE);
        assertThrows(EJBAccessException.class, () -> screener.call(() -> reports.report(Format.PDF, ja)));
        assertThrows(EJBAccessException.class, () -> coordinator.call(() -> reports.report(Format.XLSX, ja)));
        assertThrows(EJBAccessException.class, () -> coordinator.call(reports::preview));
        assertThrows(EJBAccessException.class, () -> reports.report(Format.PDF, ja), "nor an unauthenticated caller");
    }
}
