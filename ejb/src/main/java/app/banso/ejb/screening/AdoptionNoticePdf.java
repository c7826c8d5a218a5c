package app.banso.ejb.screening;

import app.banso.ejb.pdf.PdfComposer;
import app.banso.ejb.pdf.PdfComposer.Row;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * SCREEN-3: the adoption notice (採択通知書) sent as a PDF attachment with the adoption e-mail.
 * An official Japanese document with an English subtitle.
 */
public class AdoptionNoticePdf {

    public static final String DOCUMENT_NAME = "採択通知書";

    public record Data(String programmeNameJa, int fiscalYear, String companyNameJa, String corporateNumber,
                       String representative, long applicationNumber, LocalDate issuedOn, LocalDate supportEndsBy,
                       String issuerJa) {
    }

    public byte[] render(Data d) {
        String date = DateTimeFormatter.ofPattern("yyyy年M月d日").format(d.issuedOn());
        try (PdfComposer pdf = new PdfComposer(DOCUMENT_NAME + " " + d.companyNameJa(), DOCUMENT_NAME + "　" + d.companyNameJa())) {
            pdf.paragraph(date, PdfComposer.BODY_SIZE, PdfComposer.Align.RIGHT)
                    .paragraph("受付番号 " + d.applicationNumber(), PdfComposer.BODY_SIZE, PdfComposer.Align.RIGHT)
                    .space(10f)
                    .paragraph(d.companyNameJa() + "　御中")
                    .paragraph(d.representative().isBlank() ? "" : d.representative() + "　様")
                    .space(6f)
                    .paragraph(d.issuerJa(), PdfComposer.BODY_SIZE, PdfComposer.Align.RIGHT)
                    .space(16f)
                    .title(DOCUMENT_NAME, 17f)
                    .subtitle("Notice of Adoption (FY" + d.fiscalYear() + ")")
                    .space(12f)
                    .paragraph("　このたびは「" + d.programmeNameJa() + "」にお申込みいただき、誠にありがとうございました。"
                            + "審査の結果、貴社を採択することといたしましたので、通知いたします（SCREEN-3）。")
                    .space(4f)
                    .rows(List.of(
                            new Row("事業名", d.programmeNameJa()),
                            new Row("採択企業", d.companyNameJa()),
                            new Row("法人番号", d.corporateNumber()),
                            new Row("受付番号", String.valueOf(d.applicationNumber())),
                            new Row("採択日", date),
                            new Row("支援期間", "採択後、貴社・ジェトロ・コーディネーターの三者で協議のうえ設定します（"
                                    + DateTimeFormatter.ofPattern("yyyy年M月d日").format(d.supportEndsBy()) + "まで、PERIOD-1）。")))
                    .space(8f)
                    .heading("今後の流れ")
                    .item("1.", "担当のコーディネーターから連絡し、キックオフ会議（SUPPORT-1）の日程を調整します。")
                    .item("2.", "キックオフ会議で支援内容と支援期間を確認し、支援計画を作成します。")
                    .item("3.", "支援は無料です。確定した訪問を貴社都合で取り消した場合は費用をご負担いただくことがあります（SUPPORT-7）。")
                    .space(10f)
                    .note("本通知は電子メールにて送付しています。ご不明な点は上記担当までお問い合わせください。");
            return pdf.toBytes();
        }
    }
}
