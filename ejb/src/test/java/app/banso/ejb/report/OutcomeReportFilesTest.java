package app.banso.ejb.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.banso.domain.support.CaseStatus;
import app.banso.persistence.support.OutcomeFigures;
import app.banso.persistence.support.OutcomeFigures.NamedCompany;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The PDF and the Excel file of the outcome report, read back as a reader's program would. */
class OutcomeReportFilesTest {

    private static OutcomeReport report(String language) {
        return OutcomeReport.build(OutcomeReportTest.PROGRAMME, OutcomeReportTest.TODAY, OutcomeReportTest.figures(),
                OutcomeReportTest.labels(language));
    }

    /** The text of the PDF with its line breaks removed, so that a name wrapped in its cell is found whole. */
    static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\R", "");
        }
    }

    /** Every cell of every sheet as text, one line per row with tab-separated cells (numbers as whole numbers). */
    static List<String> xlsxLines(byte[] xlsx) throws Exception {
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
    void thePdfPrintsTheJapaneseNamesAndTheFigures() throws Exception {
        String text = pdfText(OutcomeReportPdf.render(report("ja")));

        assertTrue(text.contains("成果報告書（公表用）"), text);
        assertTrue(text.contains("株式会社公表同意"), text);
        assertTrue(text.contains("採択企業数"), text);
        assertTrue(text.contains("TERM-2 企業の状況が変わった（要件を満たさない等）"), text);
    }

    @Test
    void theEnglishPdfIsInEnglishAndKeepsTheRegisteredName() throws Exception {
        String text = pdfText(OutcomeReportPdf.render(report("en")));

        assertTrue(text.contains("Outcome report (for publication)"), text);
        assertTrue(text.contains("Consenting KK (株式会社公表同意)"), text);
        assertTrue(text.contains("Companies adopted"), text);
    }

    @Test
    void theWorkbookHoldsCountsAsNumbersAndTheNamedCompaniesOnTheirOwnSheet() throws Exception {
        byte[] xlsx = OutcomeReportXlsx.render(report("ja"));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals("集計", workbook.getSheetName(0));
            assertEquals("掲載企業", workbook.getSheetName(1));
            Sheet named = workbook.getSheetAt(1);
            assertEquals("企業名", named.getRow(1).getCell(0).getStringCellValue());
            assertEquals("株式会社公表同意", named.getRow(2).getCell(0).getStringCellValue());
            assertEquals(2, named.getLastRowNum(), "one named company");
        }
        List<String> lines = xlsxLines(xlsx);
        assertTrue(lines.contains("採択企業数\t3"), lines.toString());
        assertTrue(lines.contains("合計\t13"), lines.toString());
    }

    @Test
    void aCompanyNameThatLooksLikeAFormulaStaysText() throws Exception {
        OutcomeFigures f = OutcomeReportTest.figures();
        OutcomeFigures tricky = new OutcomeFigures(f.applicationsByStatus(), f.casesByStatus(), f.activeByStage(), f.adoptedByPrefecture(),
                f.adoptedByIndustry(), f.terminationsByReason(), 1, 1, 1, List.of(new NamedCompany("=HYPERLINK(\"http://x\")", "", null,
                        null, CaseStatus.KICKOFF, 1, 0, null, null)));

        byte[] xlsx = OutcomeReportXlsx.render(OutcomeReport.build(OutcomeReportTest.PROGRAMME, LocalDate.of(2026, 6, 1), tricky,
                OutcomeReportTest.labels("ja")));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Cell cell = workbook.getSheetAt(1).getRow(2).getCell(0);
            assertEquals(CellType.STRING, cell.getCellType());
            assertEquals("=HYPERLINK(\"http://x\")", cell.getStringCellValue());
        }
    }
}
