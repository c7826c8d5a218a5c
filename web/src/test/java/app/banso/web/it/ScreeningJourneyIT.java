package app.banso.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Screening in Chromium on the demo data's two complete applications: the screener filters the
 * inbox, opens the application and its consent PDF, scores, passes
 * the documents and proposes the online screening; the applicant confirms; the screener adopts and
 * the applicant receives the adoption notice PDF. The other is rejected with an internal reason
 * that appears on no applicant page and in no e-mail, sent or stored in the outbox (SCREEN-4).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScreeningJourneyIT extends BrowserJourney {

    /** The marker is letters: a digit marker once matched random digits of a view state or Message-ID. */
    private static final String REASON = "INTERNAL-QZXW-理由 計画が不明確";

    /** ADMIN's screener list has faded out: it lies over the apply button while it fades. */
    private static void screenerListClosed(Browser b) {
        b.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("inbox:screener_panel")));
    }

    private static void openFromInbox(Browser b, String company) {
        b.go(url("/staff/inbox.xhtml"));
        b.waitForText("[id='inbox:table']", company);
        b.driver.findElement(By.linkText(company)).click();
        b.waitForText("#detailCompany", company);
    }

    /** GET with the browser's session cookie, as the page's own viewer or download link would. */
    private static HttpResponse<byte[]> withSessionOf(Browser b, String path) throws Exception {
        Cookie session = b.driver.manage().getCookieNamed("JSESSIONID");
        assertTrue(session != null, "the browser has a session");
        return fetch(path, session.getValue());
    }

    private static HttpResponse<byte[]> fetch(String path, String sessionId) throws Exception {
        return fetch(URI.create(url(path)), sessionId);
    }


    /** The calendar file (text/calendar) attached to an e-mail. */
    private static String calendarAttachment(MimeMessage mail) throws Exception {
        Multipart parts = (Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getContentType().startsWith("text/calendar")) {
                assertTrue(part.getFileName().endsWith(".ics"), part.getFileName());
                return new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no calendar file in the e-mail");
    }

    @Test
    void screenerFiltersViewsTheConsentScoresSchedulesAndAdoptsApplicantConfirmsAndReceivesTheNotice_SCREEN_1_2_3() throws Exception {
        try (Browser b = Browser.open()) {
            signInAs(b, "screener@example.jp", "/staff/inbox.xhtml");
            b.waitForText("[id='inbox:table']", "株式会社デモ製作所");
            assertTrue(b.text("[id='inbox:table']").contains("期限内"), "deadline badge");
            b.screenshot("S01-inbox");
            b.axe("staff-inbox");
            // The deadline column sorts (SCREEN-2), the most urgent first (PrimeFaces sorts no empty table).
            WebElement deadlineHeader = b.driver.findElements(By.cssSelector("[id='inbox:table'] th.ui-sortable-column")).stream()
                    .filter(th -> th.getText().contains("通知期限")).findFirst().orElseThrow();
            deadlineHeader.click();
            new WebDriverWait(b.driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class).until(d -> "ascending".equals(d.findElements(
                    By.cssSelector("[id='inbox:table'] th.ui-sortable-column")).stream().filter(th -> th.getText().contains("通知期限"))
                    .findFirst().orElseThrow().getAttribute("aria-sort")));
            b.waitForText("[id='inbox:table']", "株式会社デモ製作所");

            // Filter by name and status: wait for the table the filter sent back (the unfiltered
            // one showed the company already), which holds that one application only.
            WebElement unfilteredRow = b.find("[id='inbox:table_data'] > tr");
            b.type("inbox:text", "デモ製作所");
            b.select("inbox:status", "申込完了");
            b.click("inbox:apply");
            new WebDriverWait(b.driver, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(unfilteredRow));
            b.ajaxDone();
            b.waitForText("[id='inbox:table']", "株式会社デモ製作所");
            List<WebElement> rows = b.driver.findElements(By.cssSelector("[id='inbox:table_data'] > tr"));
            assertEquals(1, rows.size(), "only the filtered application: " + b.text("[id='inbox:table']"));
            assertTrue(rows.get(0).getText().contains("申込完了"), rows.get(0).getText());
            assertFalse(b.text("[id='inbox:table']").contains("デモ商事株式会社"), "the other demo application is filtered out");
            ((JavascriptExecutor) b.driver).executeScript(
                    "document.getElementById('inbox:table').scrollIntoView({block: 'end'});");
            b.screenshot("S01a-inbox-filtered");
            b.axe("staff-inbox-filtered");
            rows.get(0).findElement(By.linkText("株式会社デモ製作所")).click();
            b.waitForText("#detailCompany", "株式会社デモ製作所");

            // The application prints without the header's tools, the buttons and the forms' actions.
            b.find("#printPage");
            String printed = b.printed("S01c-application-printed");
            assertTrue(printed.contains("株式会社デモ製作所") && printed.contains("申込内容（審査）"), printed);
            for (String left : List.of("サインアウト", "印刷")) {
                assertFalse(printed.contains(left), "not printed: " + left);
            }

            // The consent form is shown inline and served as a PDF to the staff session.
            Matcher idInUrl = Pattern.compile("[?&]id=(\\d+)").matcher(b.driver.getCurrentUrl());
            assertTrue(idInUrl.find(), b.driver.getCurrentUrl());
            String consentPath = "/staff/consent?id=" + idInUrl.group(1);
            WebElement viewer = new WebDriverWait(b.driver, Duration.ofSeconds(20))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("consentViewer")));
            assertEquals("iframe", viewer.getTagName());
            assertTrue(viewer.getDomAttribute("src").endsWith(consentPath), viewer.getDomAttribute("src"));
            HttpResponse<byte[]> consent = withSessionOf(b, consentPath);
            assertEquals(200, consent.statusCode());
            assertEquals("application/pdf", consent.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", "").trim());
            assertTrue(new String(consent.body(), 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"), "a PDF");
            HttpResponse<byte[]> anonymous = fetch(consentPath, null);
            assertTrue(anonymous.statusCode() == 302 || anonymous.statusCode() == 401 || anonymous.statusCode() == 403,
                    "not served without a staff session: " + anonymous.statusCode());
            b.axe("staff-application-complete");
            b.click("screeningForm:start");
            b.waitForText("#messages", "書類審査を開始しました");
            b.axe("staff-application-document-screening");

            // Two staff edit the same application: ADMIN saves first; the screener's save is refused,
            // names ADMIN, and keeps the screener's entries to re-apply.
            try (Browser admin = Browser.open()) {
                signInAs(admin, "admin@example.jp", "/staff/inbox.xhtml");
                // ADMIN's inbox narrows to the applications nobody is assigned to: the screener has just
                // started (and so taken) this one; the other demo application waits for someone.
                admin.waitForText("[id='inbox:table']", "株式会社デモ製作所");
                admin.select("inbox:screener", "（担当者なし・審査結果待ち）");
                screenerListClosed(admin); // it drops over the apply button
                admin.click("inbox:apply");
                admin.waitForTextGone("[id='inbox:table']", "株式会社デモ製作所");
                admin.waitForText("[id='inbox:table']", "デモ商事株式会社");
                admin.screenshot("S01d-inbox-nobody-assigned");
                // ADMIN shares it out: the oldest one nobody has goes to the screener, who is told by e-mail.
                admin.type("shareOut:shareOutCount_input", "1");
                admin.select("shareOut:shareOutTo", "screener@example.jp");
                ((JavascriptExecutor) admin.driver).executeScript("document.getElementById('shareOut').scrollIntoView()");
                admin.screenshot("S01e-share-out");
                admin.click("shareOut:shareOutButton");
                admin.waitForText("#messages", "screener@example.jp に申込 1 件を割り当てました");
                admin.waitForTextGone("[id='inbox:table']", "デモ商事株式会社");
                Journey.awaitMail(smtp, "screener@example.jp", "申込 1 件の担当になりました");
                admin.select("inbox:screener", "すべて");
                screenerListClosed(admin);
                admin.click("inbox:apply");
                admin.waitForText("[id='inbox:table']", "株式会社デモ製作所");
                // Each row names who has it: the one shared out and the one the screener started.
                admin.waitForText("[id='inbox:table']", "担当審査者");
                for (String company : List.of("デモ商事株式会社", "株式会社デモ製作所")) {
                    String row = admin.driver.findElement(By.xpath("//tr[td//a[text()='" + company + "']]")).getText();
                    assertTrue(row.contains("screener@example.jp"), company + ": " + row);
                }
                ((JavascriptExecutor) admin.driver).executeScript("document.getElementById('inbox:table').scrollIntoView()");
                admin.screenshot("S01f-inbox-who-has-it");
                // The page a save gets when another save of the same data came first (ConcurrentChange):
                // in the staff member's language, accessible, offering the way back.
                admin.go(url("/error/conflict.xhtml"));
                admin.waitForText("#errorText", "別の保存（他の方、または別の画面から）");
                admin.axe("error-conflict");
                admin.screenshot("S01g-another-save-came-first");
                admin.go(b.driver.getCurrentUrl());
                admin.find("[id='screeningForm:crit:0:score_input']");
                for (int i = 0; i < 5; i++) {
                    admin.type("screeningForm:crit:" + i + ":score_input", "3");
                }
                admin.click("screeningForm:saveScores");
                admin.waitForText("#messages", "評価を保存しました");
            }
            for (int i = 0; i < 5; i++) {
                b.type("screeningForm:crit:" + i + ":score_input", "4");
            }
            b.click("screeningForm:saveScores");
            b.waitForText("#messages", "admin@example.jp さんが");
            b.waitForText("[id='screeningForm:conflictNotice']", "admin@example.jp さんが");
            assertTrue(b.text("[id='screeningForm:crit:0:saved']").contains("現在の保存内容: 3"), "ADMIN's saved score is shown");
            ((JavascriptExecutor) b.driver).executeScript(
                    "document.getElementById('screeningForm:conflictNotice').scrollIntoView({block: 'center'});");
            b.screenshot("S01b-concurrent-edit-conflict");
            b.axe("staff-application-conflict");
            assertEquals("4", b.driver.findElement(By.id("screeningForm:crit:0:score_input")).getAttribute("value"),
                    "the screener's entry is kept to re-apply");
            b.click("screeningForm:saveScores");
            b.waitForText("#messages", "評価を保存しました");

            b.click("screeningForm:passDocuments");
            b.waitForText("#messages", "書類審査を通過としました");
            b.screenshot("S02-documents-passed");

            ((JavascriptExecutor) b.driver).executeScript("var w = PrimeFaces.getWidgetById('screeningForm:interviewAt');"
                    + " var d = new Date(); d.setDate(d.getDate() + 3); d.setHours(10, 0, 0, 0); w.setDate(d);");
            b.type("screeningForm:teamsUrl", "https://teams.microsoft.com/l/meetup-join/demo");
            b.click("screeningForm:proposeInterview");
            b.waitForText("#messages", "オンライン審査の日程を通知しました");
            b.waitForText("#detailStatus", "オンライン審査予定");
            b.screenshot("S03-interview-proposed");
            b.axe("staff-application-interview");
            MimeMessage notice = Journey.awaitMail(smtp, "demo-complete@example.jp", "オンライン審査");
            assertTrue(GreenMailUtil.getBody(notice).length() > 0);
            // The notice carries the screening as a calendar file (SCREEN-2): 10:00 in Japan is 01:00 UTC.
            String mailed = calendarAttachment(notice);
            assertTrue(mailed.contains("\r\nDTSTART:") && mailed.contains("T010000Z\r\nDTEND:"), mailed);
            String mailedStart = calendarProperty(mailed, "DTSTART");
            // Staff add it to their calendar from the application page.
            HttpResponse<byte[]> staffFile = followLink(b, "#interviewCalendar");
            assertEquals(200, staffFile.statusCode());
            assertTrue(staffFile.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
            String staffIcs = new String(staffFile.body(), StandardCharsets.UTF_8);
            assertEquals(mailedStart, calendarProperty(staffIcs, "DTSTART"));
            assertTrue(calendarProperty(staffIcs, "SUMMARY").contains("株式会社デモ製作所"), staffIcs);

            // The applicant confirms attendance in the portal.
            signInAs(b, "demo-complete@example.jp", "/applicant/status.xhtml");
            b.find("#interviewInfo");
            // The status page gives the same event as the e-mail's file, for a deleted e-mail or another device.
            HttpResponse<byte[]> ownFile = followLink(b, "#interviewCalendar");
            assertEquals(200, ownFile.statusCode());
            String ownIcs = new String(ownFile.body(), StandardCharsets.UTF_8);
            assertEquals(mailedStart, calendarProperty(ownIcs, "DTSTART"));
            assertEquals(calendarProperty(mailed, "UID"), calendarProperty(ownIcs, "UID"));
            assertEquals(calendarProperty(mailed, "SEQUENCE"), calendarProperty(ownIcs, "SEQUENCE"));
            b.axe("applicant-status-interview");
            b.desktopAndPhone("S04a-applicant-interview-notice");
            b.click("interviewForm:confirmInterview");
            b.waitForText("#interviewConfirmed", "出席確認済み");
            b.screenshot("S04-applicant-confirms");

            // The screener adopts; the applicant receives the notice PDF.
            signInAs(b, "screener@example.jp", "/staff/inbox.xhtml");
            openFromInbox(b, "株式会社デモ製作所");
            b.find("#interviewState");
            assertTrue(b.text("#interviewState").contains("出席確認済み"));
            // A verified fact that breaks EX-1 makes the EJB refuse the adoption, naming the rule.
            b.select("factForm:factAnswer", "法人格（EX-1）");
            b.select("factForm:factValue", "その他の法人格・個人事業");
            b.type("factForm:factNote", "登記簿で確認（テスト）");
            b.click("factForm:recordFact");
            b.waitForText("#messages", "確認済み事実を記録");
            b.waitForText("#detailFindings", "EX-1 不適合");
            b.click("screeningForm:adopt");
            b.click("screeningForm:confirmYes");
            b.waitForText("#messages", "[EX-1]");
            b.screenshot("S05a-adoption-refused-EX-1");
            b.select("factForm:factAnswer", "法人格（EX-1）");
            b.select("factForm:factValue", "株式会社");
            b.type("factForm:factNote", "登記簿を再確認");
            b.click("factForm:recordFact");
            b.waitForText("#messages", "確認済み事実を記録");
            b.click("screeningForm:adopt");
            b.click("screeningForm:confirmYes");
            b.waitForText("#finalDecision", "採択");
            b.waitForText("#detailMails", "採択のお知らせ");
            b.screenshot("S05-adopted");
            b.axe("staff-application-adopted");
            MimeMessage adopted = Journey.awaitMail(smtp, "demo-complete@example.jp", "採択のお知らせ");
            Multipart parts = (Multipart) adopted.getContent();
            BodyPart pdfPart = parts.getBodyPart(1);
            assertTrue(MimeUtility.decodeText(pdfPart.getFileName()).endsWith(".pdf"));
            try (PDDocument pdf = Loader.loadPDF(pdfPart.getInputStream().readAllBytes())) {
                String text = new PDFTextStripper().getText(pdf);
                assertTrue(text.contains("採択通知書") && text.contains("株式会社デモ製作所"), text);
            }
            signInAs(b, "demo-complete@example.jp", "/applicant/status.xhtml");
            b.waitForText("#applicationStatus", "採択");
            b.axe("applicant-status-adopted");
            b.desktopAndPhone("S06-applicant-sees-adoption");

            // The dashboard (issue 7): ADMIN sees the adoption in the funnel and in the support part;
            // every chart has its table.
            signInAs(b, "admin@example.jp", "/staff/dashboard.xhtml");
            b.find("[id='dashboard:screeningCharts:0:chart']");
            b.find("[id='dashboard:supportCharts:0:chart']");
            assertTrue(b.driver.findElements(By.cssSelector("canvas")).size() >= 4, "the charts are drawn");
            assertEquals(b.driver.findElements(By.cssSelector(".banso-chart-card")).size(),
                    b.driver.findElements(By.cssSelector(".banso-chart-card table")).size(), "a table per chart");
            assertTrue(b.driver.findElement(By.cssSelector("#table-funnel td[data-key='ADOPTED']")).getAttribute("textContent")
                    .strip().matches("[1-9][0-9]*"), "the adoption is counted");
            b.axe("staff-dashboard");
            b.driver.manage().window().setSize(new Dimension(1366, 2400));
            b.screenshot("S09-dashboard");
            b.desktopWidth();

            // Each deadline figure opens the inbox with only that deadline filter (SCREEN-2): as many
            // rows as the figure counted, each with that badge.
            for (String[] figure : new String[][] {{"overdue", "期限超過"}, {"dueSoon", "期限間近"}}) {
                signInAs(b, "admin@example.jp", "/staff/dashboard.xhtml");
                int counted = Integer.parseInt(b.text("#" + figure[0]).strip());
                b.click("dashboard:" + figure[0] + "Link");
                b.waitForText("[id='inbox:deadline_label']", figure[1]);
                b.find("[id='inbox:table']");
                List<WebElement> shown = b.driver.findElements(By.cssSelector("[id='inbox:table_data'] > tr:not(.ui-datatable-empty-message)"));
                assertEquals(Math.min(counted, 25), shown.size(), figure[1] + ": " + b.text("[id='inbox:table']"));
                shown.forEach(row -> assertTrue(row.getText().contains(figure[1]), row.getText()));
            }
            b.screenshot("S09a-inbox-from-a-deadline-figure");
            // In English the inbox's filters keep to two rows on a 1366-pixel screen too, the filter kept.
            b.click("headerForm:langEn");
            b.waitForText("[id='inbox:deadline_label']", "Due soon");
            b.screenshot("S09b-inbox-in-english");
            b.axe("staff-inbox-en");
            b.click("headerForm:langJa");
            b.waitForText("[id='inbox:deadline_label']", "期限間近");

            // A screener's SCREEN-2 reminder links to their own overdue applications: the inbox opens
            // with that deadline filter and "only mine" ticked, whatever the session had chosen.
            signInAs(b, "screener@example.jp", "/staff/inbox.xhtml?deadline=OVERDUE&mine=true");
            b.waitForText("[id='inbox:deadline_label']", "期限超過");
            assertTrue(b.driver.findElement(By.id("inbox:mine_input")).isSelected(), "only mine is ticked");
            b.driver.findElements(By.cssSelector("[id='inbox:table_data'] > tr:not(.ui-datatable-empty-message)"))
                    .forEach(row -> assertTrue(row.getText().contains("期限超過"), row.getText()));
            b.screenshot("S09c-inbox-from-the-reminder");
        }
    }

    /** The company links of the inbox's rows as shown, top to bottom. */
    private static List<String> inboxCompanies(Browser b) {
        return b.driver.findElements(By.cssSelector("[id='inbox:table_data'] > tr td a")).stream().map(WebElement::getText).toList();
    }

    @Test
    void aScreenerGoesThroughTheInboxWithPreviousAndNextInTheInboxsOwnOrder() throws Exception {
        try (Browser b = Browser.open()) {
            signInAs(b, "screener@example.jp", "/staff/inbox.xhtml");
            // Sorted by company name, ascending: the order the application page must follow.
            WebElement companyHeader = b.driver.findElements(By.cssSelector("[id='inbox:table'] th.ui-sortable-column")).stream()
                    .filter(th -> th.getText().contains("法人名")).findFirst().orElseThrow();
            companyHeader.click();
            new WebDriverWait(b.driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class).until(d -> "ascending".equals(
                    d.findElements(By.cssSelector("[id='inbox:table'] th.ui-sortable-column")).stream()
                            .filter(th -> th.getText().contains("法人名")).findFirst().orElseThrow().getAttribute("aria-sort")));
            b.ajaxDone();
            List<String> names = inboxCompanies(b);
            assertTrue(names.size() >= 3, "the demo data has three submitted applications at least: " + names);

            b.driver.findElements(By.cssSelector("[id='inbox:table_data'] > tr td a")).get(1).click();
            b.waitForText("#detailCompany", names.get(1));
            assertTrue(b.text("#inboxPlace").startsWith("受付一覧（絞り込み・並び順のまま）の 2 件目"), b.text("#inboxPlace"));
            b.screenshot("S08-inbox-previous-next");
            b.axe("staff-application-inbox-nav");

            b.clickCss("#nextApplication");
            b.waitForText("#detailCompany", names.get(2));
            assertTrue(b.text("#inboxPlace").contains("3 件目"), b.text("#inboxPlace"));
            b.clickCss("#previousApplication");
            b.waitForText("#detailCompany", names.get(1));
            b.clickCss("#previousApplication");
            b.waitForText("#detailCompany", names.get(0));
            assertTrue(b.text("#inboxPlace").contains(" 1 件目"), b.text("#inboxPlace"));
            assertTrue(b.driver.findElements(By.id("previousApplication")).isEmpty(), "nothing before the first");

            // Opened from elsewhere (a reminder's link): no place in a list, no previous / next.
            b.go(url("/staff/application.xhtml?id=" + b.driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1")));
            b.waitForText("#detailCompany", names.get(0));
            assertTrue(b.driver.findElements(By.id("inboxNav")).isEmpty(), "no previous / next without the inbox");
        }
    }

    @Test
    void rejectionPointsToOtherServicesAndItsInternalReasonNeverReachesTheApplicant_SCREEN_4() throws Exception {
        try (Browser b = Browser.open()) {
            signInAs(b, "screener@example.jp", "/staff/inbox.xhtml");
            openFromInbox(b, "デモ商事株式会社");
            b.click("screeningForm:start");
            b.waitForText("#messages", "書類審査を開始しました");
            b.type("screeningForm:crit:0:score_input", "2");
            b.click("screeningForm:saveScores");
            b.waitForText("#messages", "コメントが必要");
            b.type("screeningForm:crit:0:comment", "採用計画が具体的でない");
            for (int i = 1; i < 5; i++) {
                b.type("screeningForm:crit:" + i + ":score_input", "3");
            }
            b.click("screeningForm:saveScores");
            b.waitForText("#messages", "評価を保存しました");
            b.type("screeningForm:rejectReason", REASON);
            b.clickCss("[id='screeningForm:services'] .ui-chkbox-box");
            b.click("screeningForm:reject");
            b.click("screeningForm:confirmYes");
            b.waitForText("#finalDecision", "不採択");
            assertTrue(b.text("#internalReason").contains(REASON), "staff see the reason");
            b.screenshot("S07-rejected-staff-view");
            b.axe("staff-application-rejected");

            MimeMessage result = Journey.awaitMail(smtp, "demo-trading@example.jp", "審査結果");
            String body = result.getContent().toString();
            assertFalse(body.contains("QZXW"), body);
            assertTrue(body.contains("Open for Professionals") || body.contains("高度外国人材活躍推進ポータル"), body);
            for (MimeMessage m : smtp.getReceivedMessages()) {
                assertFalse(GreenMailUtil.getWholeMessage(m).contains("QZXW"), "no e-mail carries the reason");
            }

            signInAs(b, "demo-trading@example.jp", "/applicant/index.xhtml");
            for (String page : new String[] {"/applicant/index.xhtml", "/applicant/status.xhtml", "/applicant/application.xhtml",
                    "/applicant/support.xhtml", "/help.xhtml", "/"}) {
                b.go(url(page));
                b.find("h1.banso-title");
                assertFalse(b.driver.getPageSource().contains("QZXW"), "reason on " + page);
            }
            b.go(url("/applicant/status.xhtml"));
            b.waitForText("#applicationStatus", "不採択");
            b.axe("applicant-status-rejected");
            b.desktopAndPhone("S08-applicant-sees-rejection");

            // Nor does any message stored in the outbox (sent, kept or still to be retried).
            Journey.storedMailContaining("QZXW", "demo-trading@example.jp")
                    .ifPresent(found -> assertTrue(found.isEmpty(), "stored e-mails carrying the reason: " + found));
        }
    }
}
