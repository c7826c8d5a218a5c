package app.banso.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The applicant's whole journey in Chromium: register, fill every step (an EX answer is flagged
 * and corrected), lose the session mid-form and find the draft after signing in again, upload
 * the consent PDF, submit, follow the status timeline, withdraw. Screenshots of each step at
 * 1366px, and the form at phone width.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApplicantJourneyIT extends BrowserJourney {

    private static void signIn(Browser b, String email, String password) {
        b.type("signin:email", email);
        b.type("signin:password", password);
        b.click("signin:submit");
    }

    @Test
    void applicantFillsEveryStepSurvivesALostSessionSubmitsFollowsTheStatusAndWithdraws() throws Exception {
        String email = "tanaka@example-trading.co.jp";
        String password = "a long enough passphrase";
        Path pdf = Files.createTempFile("signed-consent", ".pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(pdf.toFile());
        }
        try (Browser b = Browser.open()) {
            // Register and verify through the real e-mail.
            b.go(url("/register.xhtml"));
            b.type("registration:displayName", "田中 一郎");
            b.type("registration:email", email);
            b.type("registration:password", password);
            b.type("registration:passwordRepeat", password);
            b.click("registration:submit");
            b.find("#done");
            Matcher link = Pattern.compile("(http://\\S+/verify\\.xhtml\\?token=[A-Za-z0-9_-]+)")
                    .matcher(Journey.awaitMail(smtp, email, "メールアドレスの確認").getContent().toString());
            assertTrue(link.find());
            b.go(link.group(1));
            b.find("#verifiedText");

            // Sign in and start the form.
            b.go(url("/signin.xhtml"));
            signIn(b, email, password);
            b.find("#startApplication");
            b.axe("applicant-home");
            b.desktopAndPhone("A00-applicant-home");
            b.click("startApplication");

            // Step 1: company. An ineligible legal form shows EX-1 at once, then is corrected.
            b.type("form:legalNameJa", "株式会社サンプル貿易");
            b.select("form:legalForm", "その他の法人格・個人事業");
            b.ajaxDone();
            b.waitForText("[id='form:eligibility']", "EX-1");
            b.screenshot("A01-form-step1-ex1-warning");
            b.axe("form-step1-ex1-warning");
            b.select("form:legalForm", "株式会社");
            b.ajaxDone();
            b.type("form:legalNameEn", "Sample Trading Co., Ltd.");
            b.type("form:corporateNumber", "1180301018771");
            b.type("form:postalCode", "107-6006");
            b.select("form:prefecture", "東京都");
            b.type("form:address", "港区赤坂1-12-32");
            b.type("form:websiteUrl", "https://www.example-trading.co.jp/");
            b.select("form:industry", "E 製造業");
            b.type("form:employees_input", "120");
            b.type("form:capitalYen_input", "50000000");
            b.type("form:yearFounded_input", "1988");
            b.type("form:representativeTitle", "代表取締役社長");
            b.type("form:representativeName", "田中 太郎");
            b.type("form:contactName", "田中 一郎");
            b.type("form:contactDepartment", "人事部");
            b.type("form:contactEmail", email);
            b.type("form:contactPhone", "03-1234-5678");
            b.clickCss(".banso-form-main h2"); // leave the last field so that it is saved too
            b.ajaxDone();
            b.waitForTextGone("[id='form:eligibility']", "EX-1"); // EX-1 cleared
            b.waitForText("#savedAt", ":");
            b.axe("form-step1-company");
            b.desktopAndPhone("A02-form-step1");

            // Step 2: eligibility questions (all answered the eligible way).
            b.click("form:next");
            b.find("[id='form:placementBusiness']");
            b.radio("form:placementBusiness", 1);
            b.radio("form:ownWebsite", 0);
            b.radio("form:overseasSubsidiaryOnly", 1);
            b.radio("form:regularFullTime", 0);
            b.radio("form:employedGraduatesBefore", 0);
            b.radio("form:employedByApplicant", 0);
            b.radio("form:globalSouthInterest", 0);
            b.radio("form:financialBaseSufficient", 0);
            b.radio("form:sameCompanySupported", 0);
            b.ajaxDone();
            b.axe("form-step2-eligibility");
            b.desktopAndPhone("A03-form-step2");

            // Step 3: one position.
            b.click("form:next");
            b.click("form:addPosition");
            b.select("form:positions:0:roleType", "研究者・技術者");
            b.select("form:positions:0:status", "特定技能");
            b.ajaxDone();
            b.waitForText("[id='form:eligibility']", "TALENT-1");
            b.select("form:positions:0:status", "技術・人文知識・国際業務");
            b.select("form:positions:0:education", "修士");
            b.type("form:positions:0:hires_input", "2");
            b.select("form:positions:0:workPrefecture", "東京都");
            // Pick 2027-01-01 in the calendar widget (as a click on the day does) and let it save.
            ((JavascriptExecutor) b.driver).executeScript(
                    "var w = PrimeFaces.getWidgetById('form:positions:0:targetStart'); w.setDate(new Date(2027, 0, 1));"
                    + " w.callBehavior('dateSelect');");
            b.ajaxDone();
            b.type("form:positions:0:countries", "インド、ベトナム");
            b.clickCss(".banso-form-main h2"); // leave the field: its change is saved
            b.ajaxDone();
            b.axe("form-step3-positions");
            b.desktopAndPhone("A04-form-step3");

            // The session is lost (cookie deleted) while the form is open: the next autosave sends
            // the browser to the sign-in page (a partial response's redirect, not a silent failure),
            // which leads back to the form; the draft is there, up to the last saved answer.
            // First let the typing autosave still pending (1.5 s after the last key) go out, so
            // that the change below is the first request without the session.
            Thread.sleep(2_000);
            b.ajaxDone();
            b.driver.manage().deleteCookieNamed("JSESSIONID");
            b.find("[id='form:positions:0:countries']").sendKeys("、ネパール");
            b.clickCss(".banso-form-main h2"); // leave the field: its change is sent
            b.find("[id='signin:email']");
            assertTrue(b.driver.getCurrentUrl().contains("/signin.xhtml?continue=%2Fapplicant%2Fapplication.xhtml"), b.driver.getCurrentUrl());
            assertTrue(b.text("#sessionEnded").contains("セッションが終了した"), "the sign-in page says why it is shown");
            b.screenshot("A05a-signin-after-session-loss");
            signIn(b, email, password);
            b.find("[id='form:legalNameJa']");
            assertEquals("株式会社サンプル貿易", b.find("[id='form:legalNameJa']").getDomProperty("value"));
            assertEquals("1180301018771", b.find("[id='form:corporateNumber']").getDomProperty("value"));
            b.screenshot("A05-draft-restored-after-session-loss");
            b.click("form:steps:2:step"); // step 3 via the step navigation (index 2)
            b.find("[id='form:positions:0:countries']");
            assertEquals("インド、ベトナム", b.find("[id='form:positions:0:countries']").getDomProperty("value"));

            // Step 4: motivation texts.
            b.click("form:next");
            for (int i = 0; i < 6; i++) {
                b.type("form:texts:" + i + ":text", "当社は高度外国人材の採用と定着に全社で取り組みます。項目" + (i + 1) + "。");
            }
            b.clickCss("label[for='form:resultCategory:0']");
            b.ajaxDone();
            b.axe("form-step4-motivation");
            b.desktopAndPhone("A06-form-step4");

            // Step 5: declarations.
            b.click("form:next");
            for (int i = 0; i < 10; i++) {
                b.checkbox("form:declarations:" + i + ":declaration");
            }
            b.ajaxDone();
            b.axe("form-step5-declarations");
            b.desktopAndPhone("A07-form-step5");

            // Step 6: consent form: upload the signed PDF.
            b.click("form:next");
            b.find("[id='form:consentFile']");
            b.driver.findElement(By.cssSelector("[id='form:consentFile'] input[type='file']")).sendKeys(pdf.toString());
            b.find("#consentReceived");
            String received = b.text("#consentReceived");
            assertTrue(received.startsWith("受領済み: ") && received.matches(".*（[0-9.]+ (バイト|KB)、[0-9/: ]+）"),
                    "the file's name, size and time in Japanese: " + received);
            b.axe("form-step6-consent");
            b.desktopAndPhone("A08-form-step6-consent");

            // Step 7: review and submit.
            b.click("form:next");
            b.waitForText("#review", "株式会社サンプル貿易");
            b.axe("form-step7-review");
            b.desktopAndPhone("A09-form-review");
            // The review prints as the applicant's copy: the answers, not the steps, buttons or header tools.
            String copy = b.printed("A09b-form-review-printed");
            assertTrue(copy.contains("株式会社サンプル貿易"), copy);
            for (String left : List.of("この内容で申し込む", "修正する", "サインアウト", "印刷")) {
                assertFalse(copy.contains(left), "not printed: " + left);
            }
            var missing = b.driver.findElements(By.cssSelector(".banso-missing li"));
            assertTrue(missing.isEmpty(), "nothing missing: " + missing.stream().map(e -> e.getText()).toList());
            b.click("form:submit");
            b.clickCss(".ui-confirmdialog-yes");
            b.waitForText("#applicationStatus", "申込完了");
            b.axe("applicant-status-complete");
            b.desktopAndPhone("A10-status-complete");
            String timeline = b.text("#timeline");
            assertTrue(timeline.contains("同意書を受領") && timeline.contains("申込完了"), timeline);
            Journey.awaitMail(smtp, email, "お申込みを受け付けました");

            // Withdraw (APPLY-3).
            b.type("withdrawForm:reason", "社内事情により");
            b.click("withdrawForm:withdraw");
            b.click("withdrawForm:confirmYes");
            b.waitForText("#applicationStatus", "辞退");
            b.axe("applicant-status-withdrawn");
            b.desktopAndPhone("A11-status-withdrawn");
            Journey.awaitMail(smtp, email, "辞退を受け付けました");

            // A screener finds it in the inbox (filtered in the database), opens it, views the
            // consent form and records the seal check.
            b.go(url("/"));
            b.click("headerForm:signOut");
            b.find("#signInButton");
            b.go(url("/staff/inbox.xhtml"));
            signIn(b, "screener@example.jp", "Banso-demo-2026");
            b.type("inbox:text", "サンプル");
            b.click("inbox:apply");
            b.waitForText("[id='inbox:table']", "株式会社サンプル貿易");
            // The Filter button is ready again once the search has answered (it is greyed out
            // while the request runs), so the screener can search again at once.
            b.ajaxDone();
            b.waitForEnabled("inbox:apply");
            b.screenshot("A12-staff-inbox");
            // (axe runs on the inbox in ScreeningJourneyIT.)
            b.driver.findElement(By.linkText("株式会社サンプル貿易")).click();
            b.waitForText("#detailCompany", "株式会社サンプル貿易");
            b.find("#consentViewer");
            assertTrue(b.text("#consentFile").matches(".+\\.pdf · 1 ページ · [0-9.]+ (バイト|KB) · [0-9/: ]+"), b.text("#consentFile"));
            b.checkbox("seal:sealChecked");
            b.waitForText("#messages", "登録印の確認を記録しました");
            b.screenshot("A13-staff-application-detail");
            b.axe("staff-application-withdrawn");
        } finally {
            Files.deleteIfExists(pdf);
        }
    }

    /** Presses a key on whatever has the focus, as a keyboard would (no element is clicked). */
    private static void press(Browser b, CharSequence... keys) {
        new Actions(b.driver).sendKeys(keys).perform();
    }

    private static String focusedId(Browser b) {
        WebElement active = b.driver.switchTo().activeElement();
        String id = active.getDomAttribute("id");
        return id == null ? "<" + active.getTagName() + ">" : id;
    }

    /**
     * Tabs (or Shift+Tabs) from the focused element until {@code id} has the focus, at most
     * {@code limit} presses: the control is reachable by keyboard and comes at most that many
     * stops after the previous one.
     */
    private static void tabTo(Browser b, String id, int limit, boolean backwards) {
        List<String> path = new ArrayList<>();
        for (int i = 0; i < limit; i++) {
            if (backwards) {
                new Actions(b.driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
            } else {
                press(b, Keys.TAB);
            }
            path.add(focusedId(b));
            if (Boolean.TRUE.equals(((JavascriptExecutor) b.driver).executeScript(
                    "return !!document.activeElement && !!document.activeElement.closest(arguments[0]);", "[id='" + id + "']"))) {
                return;
            }
        }
        b.screenshot("FAILED-keyboard-" + id.replaceAll("[^A-Za-z0-9]+", "_"));
        throw new AssertionError("The keyboard did not reach " + id + " within " + limit + " stops; focus went " + path);
    }

    private static void tabTo(Browser b, String id) {
        tabTo(b, id, 3, false);
    }

    /** Types into the control that has the focus. */
    private static void typeFocused(Browser b, String text) {
        press(b, text);
    }

    /** Chooses an option of the focused selectOneMenu with the arrow keys (it stays closed). */
    private static void arrowTo(Browser b, String clientId, String label) {
        for (int i = 0; i < 60 && !label.equals(b.driver.findElement(By.id(clientId + "_label")).getText()); i++) {
            press(b, Keys.ARROW_DOWN);
        }
        assertEquals(label, b.driver.findElement(By.id(clientId + "_label")).getText(), "chosen with the arrow keys");
        b.ajaxDone();
    }

    /**
     * The form without a mouse: every control of steps 1 and 2 is reached with Tab in reading
     * order and answered with the keyboard (typing, arrow keys in menus, Space and arrows on radio
     * buttons), the steps change with Enter on "next" and on a step link, Shift+Tab goes back,
     * and the review shows what was entered.
     */
    @Test
    void applicantFillsTheFormWithTheKeyboardOnly() {
        try (Browser b = Browser.open()) {
            b.go(url("/signin.xhtml"));
            b.find("[id='signin:email']");
            tabTo(b, "signin:email", 30, false);
            typeFocused(b, "applicant@example.jp");
            tabTo(b, "signin:password");
            typeFocused(b, DEMO_PASSWORD);
            press(b, Keys.ENTER);
            b.find("#startApplication");
            tabTo(b, "startApplication", 30, false);
            press(b, Keys.ENTER);
            b.find("[id='form:legalNameJa']");
            b.axe("K01-form-step1-keyboard");

            // Step 1: every control in order, after the header, breadcrumb and step links.
            tabTo(b, "form:legalNameJa", 40, false);
            typeFocused(b, "株式会社キーボード");
            tabTo(b, "form:legalNameEn");
            typeFocused(b, "Keyboard K.K.");
            tabTo(b, "form:legalForm_label");
            arrowTo(b, "form:legalForm", "株式会社");
            tabTo(b, "form:corporateNumber");
            typeFocused(b, "1180301018771");
            tabTo(b, "form:postalCode");
            typeFocused(b, "100-0001");
            tabTo(b, "form:prefecture_label");
            arrowTo(b, "form:prefecture", "東京都");
            tabTo(b, "form:address");
            typeFocused(b, "千代田区千代田1-1");
            tabTo(b, "form:websiteUrl");
            typeFocused(b, "https://www.example-keyboard.co.jp/");
            tabTo(b, "form:industry_label");
            arrowTo(b, "form:industry", "E 製造業");
            tabTo(b, "form:employees_input");
            typeFocused(b, "80");
            tabTo(b, "form:capitalYen_input");
            typeFocused(b, "30000000");
            tabTo(b, "form:yearFounded_input");
            typeFocused(b, "1999");
            for (String[] field : new String[][] {{"representativeTitle", "代表取締役"}, {"representativeName", "鍵盤 太郎"},
                    {"contactName", "鍵盤 花子"}, {"contactDepartment", "人事部"}, {"contactEmail", "applicant@example.jp"},
                    {"contactPhone", "03-0000-0000"}}) {
                tabTo(b, "form:" + field[0]);
                typeFocused(b, field[1]);
            }
            tabTo(b, "form:next");
            b.ajaxDone();
            assertEquals("株式会社", b.text("[id='form:legalForm_label']"));
            press(b, Keys.ENTER);

            // Step 2: radio groups. Space answers "yes" on the first option, an arrow key moves to "no".
            b.find("[id='form:placementBusiness']");
            String[] questions = {"placementBusiness", "ownWebsite", "overseasSubsidiaryOnly", "regularFullTime",
                "employedGraduatesBefore", "employedByApplicant", "globalSouthInterest", "financialBaseSufficient", "sameCompanySupported"};
            boolean[] yes = {false, true, false, true, true, true, true, true, false};
            tabTo(b, "form:" + questions[0] + ":0", 40, false);
            for (int i = 0; i < questions.length; i++) {
                if (i > 0) {
                    tabTo(b, "form:" + questions[i] + ":0");
                }
                press(b, yes[i] ? Keys.SPACE : Keys.ARROW_RIGHT);
                b.ajaxDone();
                String chosen = "form:" + questions[i] + (yes[i] ? ":0" : ":1");
                assertTrue(b.driver.findElement(By.id(chosen)).isSelected(), chosen + " chosen by keyboard");
            }
            b.waitForText("[id='form:eligibility']", "");
            assertTrue(b.driver.findElements(By.cssSelector(".banso-finding-fail")).isEmpty(),
                    "no failing rule: " + b.text("[id='form:eligibility']"));
            b.screenshot("K02-form-step2-keyboard");
            tabTo(b, "form:next");
            // Shift+Tab goes back to "previous", Tab forward again to "next".
            tabTo(b, "form:previous", 2, true);
            tabTo(b, "form:next", 2, false);
            press(b, Keys.ENTER);

            // Step 3: add a position with Enter; its first menu takes the focus order after the intro.
            b.find("[id='form:addPosition']");
            tabTo(b, "form:addPosition", 40, false);
            press(b, Keys.ENTER);
            b.find("[id='form:positions:0:roleType']");
            tabTo(b, "form:positions:0:roleType_label", 40, false);
            arrowTo(b, "form:positions:0:roleType", "研究者・技術者");
            tabTo(b, "form:positions:0:status_label");
            arrowTo(b, "form:positions:0:status", "技術・人文知識・国際業務");
            tabTo(b, "form:positions:0:education_label");
            arrowTo(b, "form:positions:0:education", "修士");
            tabTo(b, "form:positions:0:hires_input");
            typeFocused(b, "1");
            tabTo(b, "form:positions:0:workPrefecture_label");
            arrowTo(b, "form:positions:0:workPrefecture", "東京都");
            // The target start is typed (its calendar opens from its button only), then the
            // calendar button and the next field follow in the tab order.
            tabTo(b, "form:positions:0:targetStart_input");
            typeFocused(b, "2027-04-01");
            tabTo(b, "form:positions:0:countries");
            typeFocused(b, "ベトナム");
            tabTo(b, "form:positions:0:removePosition");
            b.ajaxDone();

            // The step links work with Enter too: straight to the review, which shows the answers.
            b.go(url("/applicant/application.xhtml"));
            b.find("[id='form:steps:6:step']");
            tabTo(b, "form:steps:6:step", 40, false);
            press(b, Keys.ENTER);
            b.waitForText("#review", "株式会社キーボード");
            String review = b.text("#review");
            assertTrue(review.contains("1180301018771") && review.contains("ベトナム") && review.contains("修士"), review);
            assertTrue(review.contains("2027"), "the typed target start was saved: " + review);
            b.screenshot("K03-review-keyboard");
        }
    }
}
