package app.banso.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

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
            b.click("startApplication");

            // Step 1: company. An ineligible legal form shows EX-1 at once, then is corrected.
            b.type("form:legalNameJa", "株式会社サンプル貿易");
            b.select("form:legalForm", "その他の法人格・個人事業");
            b.ajaxDone();
            b.waitForText("[id='form:eligibility']", "EX-1");
            b.screenshot("A01-form-step1-ex1-warning");
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
            assertTrue(!b.text("[id='form:eligibility']").contains("EX-1"), "EX-1 cleared");
            b.waitForText("#savedAt", ":");
            b.screenshot("A02-form-step1");
            b.phoneWidth();
            b.screenshot("A02-form-step1-375px");
            b.desktopWidth();

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
            b.screenshot("A03-form-step2");

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
            ((org.openqa.selenium.JavascriptExecutor) b.driver).executeScript(
                    "var w = PrimeFaces.getWidgetById('form:positions:0:targetStart'); w.setDate(new Date(2027, 0, 1));"
                    + " w.callBehavior('dateSelect');");
            b.ajaxDone();
            b.type("form:positions:0:countries", "インド、ベトナム");
            b.clickCss(".banso-form-main h2"); // leave the field: its change is saved
            b.ajaxDone();
            b.screenshot("A04-form-step3");

            // The session is lost (cookie deleted): sign in again and find the draft.
            b.driver.manage().deleteCookieNamed("JSESSIONID");
            b.go(url("/applicant/application.xhtml"));
            b.find("[id='signin:email']");
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
            b.screenshot("A06-form-step4");

            // Step 5: declarations.
            b.click("form:next");
            for (int i = 0; i < 10; i++) {
                b.checkbox("form:declarations:" + i + ":declaration");
            }
            b.ajaxDone();
            b.screenshot("A07-form-step5");

            // Step 6: consent form: upload the signed PDF.
            b.click("form:next");
            b.find("[id='form:consentFile']");
            b.driver.findElement(By.cssSelector("[id='form:consentFile'] input[type='file']")).sendKeys(pdf.toString());
            b.find("#consentReceived");
            b.screenshot("A08-form-step6-consent");

            // Step 7: review and submit.
            b.click("form:next");
            b.waitForText("#review", "株式会社サンプル貿易");
            b.screenshot("A09-form-review");
            var missing = b.driver.findElements(By.cssSelector(".banso-missing li"));
            assertTrue(missing.isEmpty(), "nothing missing: " + missing.stream().map(e -> e.getText()).toList());
            b.click("form:submit");
            b.clickCss(".ui-confirmdialog-yes");
            b.waitForText("#applicationStatus", "申込完了");
            b.screenshot("A10-status-complete");
            String timeline = b.text("#timeline");
            assertTrue(timeline.contains("同意書を受領") && timeline.contains("申込完了"), timeline);
            Journey.awaitMail(smtp, email, "お申込みを受け付けました");

            // Withdraw (APPLY-3).
            b.type("withdrawForm:reason", "社内事情により");
            b.click("withdrawForm:withdraw");
            b.click("withdrawForm:confirmYes");
            b.waitForText("#applicationStatus", "辞退");
            b.screenshot("A11-status-withdrawn");
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
            b.screenshot("A12-staff-inbox");
            b.driver.findElement(By.linkText("株式会社サンプル貿易")).click();
            b.waitForText("#detailCompany", "株式会社サンプル貿易");
            b.find("#consentViewer");
            b.checkbox("seal:sealChecked");
            b.waitForText("#messages", "登録印の確認を記録しました");
            b.screenshot("A13-staff-application-detail");
        } finally {
            Files.deleteIfExists(pdf);
        }
    }
}
