package app.banso.ejb.intake;

import app.banso.domain.shared.RuleId;
import app.banso.ejb.pdf.PdfComposer;
import app.banso.ejb.pdf.PdfComposer.Row;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The consent form (応募・利用条件兼同意書) an applicant downloads, prints, seals with the
 * representative's registered seal and uploads again: APPLY-1 makes an application complete only
 * once this form and the online registration have both been received. The form comes prefilled
 * with the company as registered online and states, with their rule IDs, the conditions the
 * company agrees to: compliance (LAW-1..3), the duties of an adopted company (COOP-1..6), the
 * handling of confidential and personal information (PRIV-1..2) and when the application counts
 * as made (APPLY-1). It ends with the date, the representative's name and a box for the
 * registered seal (登録印).
 *
 * <p>The conditions summarise the 2026 application guidelines (申込要領) in their own words; the
 * guidelines remain the authoritative text. Stateless and thread-safe; needs no container.
 */
public class ConsentFormPdf {

    /** The document name, as the guidelines call it. */
    public static final String DOCUMENT_NAME = "応募・利用条件兼同意書";
    /** The label of the box where the representative's registered seal goes. */
    public static final String SEAL_LABEL = "登録印";

    private static final String ADDRESSEE = "独立行政法人日本貿易振興機構（ジェトロ） 御中";
    private static final DateTimeFormatter JAPANESE_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日");

    /** A condition of the form, under the rule ID that the product enforces it by. */
    private record Clause(RuleId rule, String text) {
    }

    private static final List<Clause> COMPLIANCE = List.of(
            new Clause(RuleId.LAW_1, "国内外の法令に反する行為、法令には反しないが著しく不正な行為及び公序良俗に反する行為を"
                    + "行っておらず、またその疑いもないこと。"),
            new Clause(RuleId.LAW_2, "国の補助事業に関する「補助金等に係る予算の執行の適正化に関する法律」（昭和30年法律第179号）"
                    + "に違反しておらず、関係省庁の命令にも違反していないこと。"),
            new Clause(RuleId.LAW_3, "反社会的勢力又はこれに類似する企業でないこと。"));

    private static final List<Clause> COOPERATION = List.of(
            new Clause(RuleId.COOP_1, "本サービスがコーディネーターの伴走により通年で高度外国人材の採用・育成定着を支援する"
                    + "事業であることを踏まえ、通年で高度外国人材の活躍推進に組織として取り組むこと。"),
            new Clause(RuleId.COOP_2, "本サービスの担当者を指定し、ジェトロからの問い合わせ等に迅速に対応すること。"),
            new Clause(RuleId.COOP_3, "支援による進捗と成果の把握のため、支援期間中及び支援期間終了後の一定期間、ジェトロが"
                    + "実施する調査等に回答すること。"),
            new Clause(RuleId.COOP_4, "本サービスの進捗と成果が、対外的に配布する報告書に掲載されることに同意すること。"),
            new Clause(RuleId.COOP_5, "前号の報告書が、国、地方自治体、関係機関、他の企業等を対象に、講演・配布資料等の形で"
                    + "情報提供される可能性があることを理解すること。"),
            new Clause(RuleId.COOP_6, "登録事項に変更がある場合は、速やかに高度外国人材課又は担当の高度外国人材活躍推進"
                    + "コーディネーターに連絡すること。"));

    private static final List<Clause> PRIVACY = List.of(
            new Clause(RuleId.PRIV_1, "書面、口頭その他方法を問わず、当事者のいずれかから開示され、又は本サービスの実施過程で"
                    + "取得された業務上の一切の知識及び情報（以下「秘密情報」）を秘密として扱い、開示した当事者又は"
                    + "情報の保有者の事前の承諾なく、本サービスの実施以外の目的に使用せず、第三者に開示しないこと。"
                    + "ただし、公知の情報、第三者から秘密保持義務を負わずに正当に入手した情報、開示の時点で既に"
                    + "保有していた情報、独自に開発した情報、開示した当事者が第三者に秘密保持"
                    + "義務を課さずに開示した情報、法律の強制力を伴い裁判所又は官公庁から開示を要請された情報、及び"
                    + "関係先の紹介と面談の調整に必要な範囲でジェトロ又は専門家が関係先に開示する情報は、秘密情報に"
                    + "含まれない。"),
            new Clause(RuleId.PRIV_2, "本サービスに関わる個人情報は、本サービスの実施、関連サービスの案内及び調査等に利用され、"
                    + "ジェトロが定める「個人情報保護方針」（https://www.jetro.go.jp/privacy/）に基づき適切に"
                    + "取り扱われること。"));

    private static final List<Clause> APPLICATION = List.of(
            new Clause(RuleId.APPLY_1, "オンライン登録と、代表者印（原則として登記所に登録した実印）を押印した本書のPDFの"
                    + "受領をもって申込となること。"),
            new Clause(RuleId.APPLY_6, "本申込に関して生じた経費は、応募者の負担となること。"),
            new Clause(RuleId.APPLY_7, "オンライン登録の内容は、個人情報及び秘密情報として、上記4．（PRIV）のとおり取り扱われること。"));

    /**
     * @return the prefilled form as an A4 PDF in Japanese, one or two pages, never null
     */
    public byte[] render(ConsentFormData data) {
        String programme = programmeTitle(data);
        String representative = joined(data.representativeTitle(), data.representativeName());
        try (PdfComposer pdf = new PdfComposer(programme + " " + DOCUMENT_NAME,
                DOCUMENT_NAME + "　" + data.companyLegalNameJa())) {
            pdf.title(programme, 12.5f)
                    .title(DOCUMENT_NAME, 17f)
                    .subtitle("Application, Terms of Use and Consent Form (FY" + data.fiscalYear() + ")")
                    .space(12f)
                    .paragraph(ADDRESSEE)
                    .space(6f)
                    .paragraph("　当社は、「" + programme + "」申込要領及び本書に定める応募・利用条件の内容を理解し、"
                            + "これらに同意のうえ、下記のとおり応募します。")
                    .space(2f)
                    .heading("1．応募者")
                    .rows(List.of(
                            new Row("法人名", data.companyLegalNameJa()),
                            new Row("法人番号", data.corporateNumber()),
                            new Row("本店所在地", data.headOfficeAddress()),
                            new Row("代表者 役職・氏名", representative),
                            new Row("担当者 氏名", data.contactName()),
                            new Row("担当者 所属部署", data.contactDepartment()),
                            new Row("担当者 メールアドレス", data.contactEmail()),
                            new Row("担当者 電話番号", data.contactPhone())))
                    .heading("2．法令遵守（LAW）")
                    .paragraph("当社並びにその役員及び従業員は、次のいずれにも該当することを誓約します。");
            clauses(pdf, COMPLIANCE);
            pdf.heading("3．採択された場合の協力事項（COOP）")
                    .paragraph("採択された場合、当社は次の事項に協力します。協力できない場合には、支援期間の途中であっても"
                            + "支援が中止されることがあることを了承します。");
            clauses(pdf, COOPERATION);
            pdf.heading("4．秘密保持・個人情報の取扱い（PRIV）")
                    .paragraph("ジェトロ、専門家及び応募者（採択企業を含む。）は、次のとおり情報を取り扱います。");
            clauses(pdf, PRIVACY);
            pdf.heading("5．申込（APPLY）");
            clauses(pdf, APPLICATION);
            pdf.space(10f)
                    .ensureSpace(160f)
                    .paragraph("上記の応募・利用条件に同意し、記載事項に相違ないことを確認します。")
                    .space(10f)
                    .signatureBlock(List.of(
                            new Row("日付", JAPANESE_DATE.format(data.issueDate())),
                            new Row("法人名", data.companyLegalNameJa()),
                            new Row("代表者", representative)), SEAL_LABEL)
                    .space(4f)
                    .note("※ 「" + SEAL_LABEL + "」欄には、代表者印（原則として登記所に登録した実印）を押印してください。"
                            + "押印後、本書全体をPDFにして応募フォームからご提出ください。");
            return pdf.toBytes();
        }
    }

    /**
     * The programme as named in the form's title: the configured Japanese name, preceded by the
     * fiscal year unless the name already starts with it.
     */
    static String programmeTitle(ConsentFormData data) {
        String year = data.fiscalYear() + "年度";
        return data.programmeNameJa().startsWith(year) ? data.programmeNameJa() : year + " " + data.programmeNameJa();
    }

    private static void clauses(PdfComposer pdf, List<Clause> clauses) {
        pdf.space(2f);
        for (Clause clause : clauses) {
            pdf.item(clause.rule().code(), clause.text());
        }
    }

    private static String joined(String first, String second) {
        return (first + "　" + second).strip();
    }
}
