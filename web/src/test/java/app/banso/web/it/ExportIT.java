package app.banso.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.banso.domain.insight.ExportFormat;
import app.banso.domain.insight.ExportLabels;
import app.banso.domain.intake.ApplicationStatus;
import app.banso.domain.shared.JapanTime;
import app.banso.domain.support.Activity;
import app.banso.domain.support.ActivityType;
import app.banso.domain.support.SupportCase;
import app.banso.ejb.insight.ExportService;
import app.banso.persistence.audit.AuditRepository;
import app.banso.persistence.audit.AuditSearch;
import app.banso.persistence.platform.PageRequest;
import app.banso.persistence.programme.ProgrammeRepository;
import app.banso.persistence.screening.InboxFilter;
import app.banso.persistence.screening.InboxRepository;
import app.banso.persistence.screening.InboxRow;
import app.banso.persistence.support.SupportRepository;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Exports (issue 7) downloaded over HTTP with the pages' own buttons, parsed back (CSV and Excel)
 * and compared with the database: the inbox export holds exactly the rows of the filter applied
 * on the screen; a coordinator's case and work-log exports hold only their own cases; other roles
 * are refused; the inbox's table sorts in the database by the column clicked. Runs in the
 * container to prepare data and read the expected rows.
 */
@ExtendWith(ArquillianExtension.class)
class ExportIT {

    private static final String PASSWORD = "Banso-demo-2026";
    private static final Pattern SORTABLE_HEADER = Pattern.compile("<th id=\"(inbox:table:[^\"]+)\" class=\"[^\"]*ui-sortable-column");
    private static final Pattern ROW_LINK = Pattern.compile("/staff/application\\.xhtml\\?id=(\\d+)");
    /** A case of coordinator@ whose name a spreadsheet would run as a formula, and one of coordinator2@. */
    private static final String MINE = "=HYPERLINK(\"http://x\") 出力テスト";
    private static final String THEIRS = "他担当出力テスト株式会社";

    @Deployment
    static WebArchive deployment() {
        return Deployments.withExcelReader(Deployments.realWar()).addClasses(WebClient.class, CrashDriver.class, CrashDriver.Outcome.class, Fixtures.class);
    }

    @Inject InboxRepository inbox;
    @Inject ProgrammeRepository programmes;
    @Inject SupportRepository cases;
    @Inject AuditRepository audit;
    @Inject ExportService exports;
    @Resource UserTransaction tx;
    @PersistenceContext(unitName = "banso") EntityManager em;

    @Test
    void theInboxExportHoldsExactlyTheRowsOfTheAppliedFilterAsCsvAndExcel() throws Exception {
        long programmeId = programmes.findCurrent(LocalDate.now()).orElseThrow().getId();
        InboxFilter complete = new InboxFilter(ApplicationStatus.COMPLETE, null, null, null, null, null, null);
        Set<Long> expected = inbox.page(programmeId, complete, InboxRepository.Sort.SUBMITTED_AT, true, new PageRequest(0, 1000))
                .stream().map(InboxRow::id).collect(Collectors.toSet());
        assertFalse(expected.isEmpty(), "the demo data has complete applications");
        assertTrue(inbox.count(programmeId, InboxFilter.none()) > expected.size(), "the filter leaves some applications out");

        WebClient screener = signedIn("screener@example.jp");
        String page = screener.get("/staff/inbox.xhtml").body();
        String viewState = WebClient.viewState(page);
        Map<String, String> apply = WebClient.ajax("inbox:apply", "inbox", "inbox:table", WebClient.nonce(page), viewState);
        apply.put("inbox", "inbox");
        apply.put("inbox:apply", "inbox:apply");
        apply.put("inbox:status_input", "COMPLETE");
        assertEquals(200, screener.post("/staff/inbox.xhtml", apply).statusCode());

        String today = LocalDate.now(JapanTime.ZONE).toString();
        HttpResponse<byte[]> csv = download(screener, "/staff/inbox.xhtml", "exports", "exports:inboxCsv", viewState);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), csv.headers().toString());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("inbox-" + today + ".csv"),
                "the file name carries the day in Japan: " + csv.headers());
        assertTrue(csv.body().length > 3 && (csv.body()[0] & 0xFF) == 0xEF && (csv.body()[1] & 0xFF) == 0xBB
                && (csv.body()[2] & 0xFF) == 0xBF, "UTF-8 with a byte-order mark");
        List<List<String>> csvRows = parseCsv(new String(csv.body(), StandardCharsets.UTF_8).substring(1));
        assertEquals("受付番号", csvRows.get(0).get(0), "a Japanese header: " + csvRows.get(0));
        List<List<String>> csvData = csvRows.subList(1, csvRows.size());
        assertEquals(expected, csvData.stream().map(r -> Long.valueOf(r.get(0))).collect(Collectors.toSet()), "the CSV rows are the filter's");
        int status = csvRows.get(0).indexOf("状態");
        assertTrue(csvData.stream().allMatch(r -> r.get(status).equals("申込完了")), "every row is complete: " + csvData);

        HttpResponse<byte[]> xlsx = download(screener, "/staff/inbox.xhtml", "exports", "exports:inboxXlsx", viewState);
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.headers().firstValue("Content-Disposition").orElse("").contains("inbox-" + today + ".xlsx"));
        List<List<String>> sheet = parseXlsx(xlsx.body());
        assertEquals(csvRows.get(0), sheet.get(0), "the same columns in both formats");
        assertEquals(expected, sheet.subList(1, sheet.size()).stream().map(r -> Long.valueOf(r.get(0))).collect(Collectors.toSet()),
                "the Excel rows are the filter's");

        assertTrue(audit.count(new AuditSearch("screener@example.jp", "INBOX_EXPORTED", null, null, null, null)) >= 2,
                "each export is audited");
    }

    /**
     * The table the export follows: its five sortable columns (company, prefecture, status,
     * submission time, the SCREEN-2 deadline) are named by {@code field} alone, and a click on the company's header sorts
     * in the database, both ways, exactly as the repository's company sort does.
     */
    @Test
    void theInboxSortsByCompanyNameInTheDatabaseBothWaysWhenItsHeaderIsClicked() throws Exception {
        long programmeId = programmes.findCurrent(LocalDate.now()).orElseThrow().getId();
        WebClient screener = signedIn("screener@example.jp");
        String page = screener.get("/staff/inbox.xhtml").body();
        Matcher header = SORTABLE_HEADER.matcher(page);
        List<String> sortable = new ArrayList<>();
        while (header.find()) {
            sortable.add(header.group(1));
        }
        assertEquals(5, sortable.size(), "company, prefecture, status, submission time and deadline sort: " + sortable);
        String nonce = WebClient.nonce(page);
        String viewState = WebClient.viewState(page);
        for (boolean ascending : List.of(true, false)) {
            List<Long> expected = inbox.page(programmeId, InboxFilter.none(), InboxRepository.Sort.COMPANY, ascending,
                    new PageRequest(0, 25)).stream().map(InboxRow::id).toList();
            assertTrue(expected.size() > 1, "the demo data has rows to sort");
            HttpResponse<String> sorted = screener.post("/staff/inbox.xhtml",
                    WebClient.inboxSort(sortable.get(0), ascending ? "1" : "-1", nonce, viewState));
            assertEquals(200, sorted.statusCode());
            List<Long> shown = new ArrayList<>();
            Matcher row = ROW_LINK.matcher(sorted.body());
            while (row.find()) {
                shown.add(Long.valueOf(row.group(1)));
            }
            assertEquals(expected, shown, (ascending ? "ascending" : "descending") + " by company name: " + sorted.body());
        }
    }

    @Test
    void aCoordinatorExportsOnlyTheirOwnCasesAndWorkLogWhileAdminExportsAll() throws Exception {
        String mine = MINE;
        String theirs = THEIRS;
        long mineId = caseOf("coordinator@example.jp", mine);
        long theirsId = caseOf("coordinator2@example.jp", theirs);

        WebClient coordinator = signedIn("coordinator@example.jp");
        String page = coordinator.get("/staff/cases.xhtml").body();
        String viewState = WebClient.viewState(page);
        List<List<String>> csv = parseCsv(new String(download(coordinator, "/staff/cases.xhtml", "exports", "exports:casesCsv", viewState)
                .body(), StandardCharsets.UTF_8).substring(1));
        Set<Long> own = cases.cases("coordinator@example.jp").stream().map(SupportCase::getId).collect(Collectors.toSet());
        assertEquals(own, ids(csv), "exactly the coordinator's cases");
        assertTrue(ids(csv).contains(mineId));
        assertFalse(ids(csv).contains(theirsId), "never another coordinator's case");
        assertTrue(csv.stream().anyMatch(r -> r.get(1).equals("'" + mine)), "the formula-like name is defused: " + csv);
        assertTrue(csv.stream().noneMatch(r -> r.get(1).equals(theirs)));

        HttpResponse<byte[]> xlsx = download(coordinator, "/staff/cases.xhtml", "exports", "exports:casesXlsx", viewState);
        assertTrue(xlsx.headers().firstValue("Content-Disposition").orElse("").contains("cases-"));
        List<List<String>> sheet = parseXlsx(xlsx.body());
        assertEquals(own, ids(sheet));
        assertTrue(sheet.stream().anyMatch(r -> r.get(1).equals("'" + mine)), "defused in Excel too");

        List<List<String>> log = parseXlsx(download(coordinator, "/staff/cases.xhtml", "exports", "exports:activitiesXlsx", viewState).body());
        assertTrue(log.stream().skip(1).anyMatch(r -> r.get(0).equals(String.valueOf(mineId))), "the own case's work log: " + log);
        assertTrue(log.stream().skip(1).allMatch(r -> own.contains(Long.valueOf(r.get(0)))), "only own cases' entries: " + log);
        List<List<String>> logCsv = parseCsv(new String(download(coordinator, "/staff/cases.xhtml", "exports", "exports:activitiesCsv",
                viewState).body(), StandardCharsets.UTF_8).substring(1));
        assertEquals(log.size(), logCsv.size(), "the same rows as CSV");

        WebClient admin = signedIn("admin@example.jp");
        String adminPage = admin.get("/staff/cases.xhtml").body();
        Set<Long> all = ids(parseCsv(new String(download(admin, "/staff/cases.xhtml", "exports", "exports:casesCsv",
                WebClient.viewState(adminPage)).body(), StandardCharsets.UTF_8).substring(1)));
        assertTrue(all.contains(mineId) && all.contains(theirsId), "ADMIN exports every case");

        assertTrue(audit.count(new AuditSearch("coordinator@example.jp", "CASES_EXPORTED", "cases:coordinator@example.jp", null, null,
                null)) >= 2, "audited with the coordinator's scope");
    }

    @Test
    void screenersApplicantsAndAnonymousCallersGetNoCaseExport() throws Exception {
        String secret = THEIRS;
        caseOf("coordinator2@example.jp", secret);

        // A screener is refused the cases page (the EJB refuses the role) and gets no file by posting to it.
        WebClient screener = signedIn("screener@example.jp");
        HttpResponse<String> casesPage = screener.get("/staff/cases.xhtml");
        // The refusal page renders whole, the screener still shown as signed in (it once failed
        // to render: Jakarta Security asked for the caller where the EJB's refusal left no policy context).
        assertEquals(403, casesPage.statusCode());
        assertTrue(casesPage.body().contains("id=\"errorId\""), "the 403 page with its error number: " + casesPage.body());
        assertTrue(casesPage.body().contains("headerForm:signOut"), "the header shows the signed-in screener");
        assertFalse(casesPage.body().contains(secret), "no case on the page");
        assertFalse(casesPage.body().contains("exports:casesCsv"), "no export button");
        String inboxState = WebClient.viewState(screener.get("/staff/inbox.xhtml").body());
        HttpResponse<byte[]> forged = download(screener, "/staff/cases.xhtml", "exports", "exports:casesCsv", inboxState);
        assertFalse(new String(forged.body(), StandardCharsets.UTF_8).contains(secret), "no case data for a screener");
        assertFalse(forged.headers().firstValue("Content-Disposition").isPresent(), "no file");

        // An applicant is refused the staff area before any bean runs.
        WebClient applicant = signedIn("applicant@example.jp");
        HttpResponse<byte[]> refused = download(applicant, "/staff/cases.xhtml", "exports", "exports:casesCsv", "stateless");
        assertEquals(403, refused.statusCode());
        assertFalse(new String(refused.body(), StandardCharsets.UTF_8).contains(secret));
        HttpResponse<byte[]> inboxRefused = download(applicant, "/staff/inbox.xhtml", "exports", "exports:inboxCsv", "stateless");
        assertEquals(403, inboxRefused.statusCode());

        // The boundary itself refuses a caller without a staff role (here: the container test, anonymous).
        var sink = new ByteArrayOutputStream();
        ExportLabels labels = new ExportLabels() {
            @Override public String label(String key) { return key; }
            @Override public String language() { return "ja"; }
        };
        assertThrows(EJBAccessException.class, () -> exports.cases(ExportFormat.CSV, labels, sink));
        assertThrows(EJBAccessException.class, () -> exports.activities(ExportFormat.XLSX, labels, sink));
        assertThrows(EJBAccessException.class, () -> exports.inbox(InboxFilter.none(), ExportFormat.CSV, labels, sink));
        assertEquals(0, sink.size(), "nothing written");
    }

    private static WebClient signedIn(String email) throws Exception {
        WebClient c = new WebClient();
        assertEquals(302, c.signIn(email, PASSWORD, "").statusCode(), "signed in as " + email);
        return c;
    }

    /** Presses a non-ajax download button as the browser does: the form's name, the button and the view state. */
    private static HttpResponse<byte[]> download(WebClient c, String path, String form, String button, String viewState) throws Exception {
        Map<String, String> post = new LinkedHashMap<>();
        post.put(form, form);
        post.put(button, "");
        post.put("jakarta.faces.ViewState", viewState);
        return c.postForFile(path, post);
    }

    /**
     * The case of that name, made on first use for the coordinator with one work-log entry (the
     * demo data has only a few applications without a case, so the tests share them). @return its id
     */
    private long caseOf(String coordinator, String company) throws Exception {
        var existing = em.createQuery("select c.id from SupportCase c where c.companyName = :n", Long.class)
                .setParameter("n", company).getResultList();
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        tx.begin();
        SupportCase c = Fixtures.newCase(em, cases, coordinator, company);
        em.flush();
        cases.add(new Activity(c.getId(), ActivityType.PHONE, LocalDate.now(), 30, "担当者", "@SUM(A1) メモ", null, 1, coordinator,
                Instant.now()));
        tx.commit();
        return c.getId();
    }

    private static Set<Long> ids(List<List<String>> rows) {
        return rows.stream().skip(1).map(r -> Long.valueOf(r.get(0))).collect(Collectors.toCollection(HashSet::new));
    }

    /** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks; records end with CRLF. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        var cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(ch);
            }
        }
        assertEquals(0, cell.length() + row.size(), "the file ends with a complete record");
        return rows;
    }

    /** The first sheet as text: numbers as whole numbers where they are whole, empty cells as "". */
    static List<List<String>> parseXlsx(byte[] bytes) throws Exception {
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            List<List<String>> rows = new ArrayList<>();
            int width = book.getSheetAt(0).getRow(0).getLastCellNum();
            for (Row r : book.getSheetAt(0)) {
                String[] cells = new String[width];
                Arrays.fill(cells, "");
                for (Cell c : r) {
                    cells[c.getColumnIndex()] = c.getCellType() == CellType.NUMERIC && !DateUtil.isCellDateFormatted(c)
                            ? String.valueOf((long) c.getNumericCellValue()) : c.getCellType() == CellType.NUMERIC
                            ? c.getLocalDateTimeCellValue().toString() : c.getStringCellValue();
                }
                rows.add(List.of(cells));
            }
            return rows;
        }
    }
}
