package app.banso.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Support in Chromium on the demo data's adopted company: ADMIN assigns the coordinator; the
 * coordinator records the kickoff and plan (a period past the programme end is refused,
 * PERIOD-1); the three parties agree; the coordinator logs a visit and confirms it; the company
 * cancels it and sees the cost warning (SUPPORT-7); ADMIN terminates with TERM-1; the company sees
 * the ended case.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SupportJourneyIT extends BrowserJourney {

    private static final String COMPANY = "株式会社デモ伴走";

    private static void openCase(Browser b) {
        b.go(url("/staff/cases.xhtml"));
        b.find("[id='list:cases']");
        b.driver.findElement(By.linkText(COMPANY)).click();
        b.waitForText("#caseCompany", COMPANY);
    }

    /** ADMIN finds the coordinator in the users list, which shows the one open case they have, and opens its hand-over dialog. */
    private static void openHandOver(Browser b, String coordinator) {
        signInAs(b, "admin@example.jp", "/admin/users.xhtml");
        b.type("accounts:search", coordinator);
        b.click("accounts:find");
        b.waitForText("[id='accounts:table']", "支援案件 1 件");
        b.click("accounts:table:0:handOver");
        b.waitForText("#handOverWhat", coordinator);
    }

    private static void setDate(Browser b, String widget, String jsDate) {
        ((JavascriptExecutor) b.driver).executeScript("PrimeFaces.getWidgetById('" + widget + "').setDate(" + jsDate + ");");
    }

    @Test
    void adminAssignsCoordinatorPlansAreAgreedVisitIsCancelledWithCostWarningAndAdminTerminates() throws Exception {
        try (Browser b = Browser.open()) {
            signInAs(b, "admin@example.jp", "/staff/cases.xhtml");
            b.go(url("/staff/cases.xhtml"));
            b.find("[id='list:cases']");
            b.screenshot("C00-cases-list");
            b.axe("staff-cases");
            openCase(b);
            b.axe("staff-case-new");
            b.select("assign:coordinator", "Coordinator Chris (coordinator@example.jp)"); // SUPPORT-8: from the coordinators' accounts
            b.click("assign:assignButton");
            b.waitForText("#caseCoordinator", "coordinator@example.jp");
            assertTrue(b.text("#caseCoordinator").contains("Coordinator Chris"), "the coordinator by name: " + b.text("#caseCoordinator"));
            b.screenshot("C01-admin-assigns-coordinator");

            // The coordinator records the kickoff; a period beyond the programme's end is refused.
            signInAs(b, "coordinator@example.jp", "/staff/cases.xhtml");
            openCase(b);
            setDate(b, "kickoff:kickoffAt", "new Date()");
            b.type("kickoff:attendees", "代表取締役、人事部長、コーディネーター");
            setDate(b, "kickoff:periodStart", "new Date(2026, 11, 1)");
            setDate(b, "kickoff:periodEnd", "new Date(2027, 3, 30)");
            for (int i = 0; i < 4; i++) {
                b.type("kickoff:goals:" + i + ":goal", "目標 " + (i + 1));
            }
            b.click("kickoff:save");
            b.waitForText("#messages", "[PERIOD-1]");
            b.screenshot("C02-period-refused-PERIOD-1");
            b.axe("staff-case-kickoff-en");
            setDate(b, "kickoff:periodEnd", "new Date(2027, 2, 31)");
            b.click("kickoff:save");
            b.waitForText("#messages", "Plan saved"); // the demo coordinator works in English
            b.click("kickoff:agree");
            b.waitForText("#caseAgreements", "Coordinator ✓");

            signInAs(b, "admin@example.jp", "/staff/cases.xhtml");
            openCase(b);
            b.click("kickoff:agree");
            b.waitForText("#caseAgreements", "ジェトロ ✓");

            // The company agrees in its portal: support starts at stage 1.
            signInAs(b, "demo-adopted@example.jp", "/applicant/support.xhtml");
            b.find("[id='support:agree']");
            b.axe("applicant-support-agreement");
            b.click("support:agree");
            b.waitForText("#caseStatus", "支援中");
            b.click("support:publicationYes"); // COOP-4/5
            b.waitForText("#publicationState", "企業名の公表に同意");
            b.axe("applicant-support-active");
            b.desktopAndPhone("C03-company-agrees");

            // The coordinator logs a visit and confirms it.
            signInAs(b, "coordinator@example.jp", "/staff/cases.xhtml");
            openCase(b);
            String caseUrl = b.driver.getCurrentUrl();
            b.select("activity:type", "Visit");
            setDate(b, "activity:activityDate", "new Date(2027, 0, 15)");
            b.type("activity:participants", "代表取締役");
            b.click("activity:log");
            b.waitForText("#messages", "Activity logged");
            b.clickCss("[id$=':confirmVisit']");
            b.waitForText("[id='log:activities']", "Confirmed");
            b.type("stages:checklistText", "Write down the profile sought"); // SUPPORT-5 checklist
            b.click("stages:addItem");
            b.waitForText("#checklist", "Write down the profile sought");
            b.clickCss("[id$=':toggle']");
            b.waitForText("#checklist", "☑");
            b.click("menuRequest:request"); // SUPPORT-6: a place at the job fair
            b.waitForText("#messages", "requested");
            b.click("referral:refer"); // SUPPORT-3: the first catalogue service
            b.waitForText("#referrals", "Pending");
            assertTrue(b.text("#referrals").contains("Open for Professionals portal"),
                    "an English page names the service in English: " + b.text("#referrals"));
            b.select("referral:category", "Introducing individual candidates");
            b.click("referral:decline");
            b.waitForText("[id='log:activities']", "Introducing individual candidates");
            b.screenshot("C04b-referral-and-out-of-scope");
            b.screenshot("C04-visit-confirmed");
            b.axe("staff-case-active-en");
            // SUPPORT-2: the confirmed visit goes into the coordinator's calendar, for its day (the log holds no hour).
            HttpResponse<byte[]> staffVisit = followLink(b, "[id^='meetingCalendar-']");
            assertEquals(200, staffVisit.statusCode());
            String staffIcs = new String(staffVisit.body(), StandardCharsets.UTF_8);
            assertTrue(calendarProperty(staffIcs, "SUMMARY").equals("Visit: " + COMPANY), staffIcs);
            assertTrue(staffIcs.contains("\r\nDTSTART;VALUE=DATE:"), staffIcs);
            assertTrue(calendarProperty(staffIcs, "URL").contains("/staff/case.xhtml?id="), staffIcs);
            b.click("referral:list:0:used"); // SUPPORT-3: the referral's outcome, recorded from its line
            b.waitForTextGone("#referrals", "Pending");
            assertTrue(b.text("#referrals").contains("Used"), "the referral's outcome is shown: " + b.text("#referrals"));

            // SUPPORT-8: another coordinator neither lists nor opens the case. The copied address carries
            // the first coordinator's token, so the protected view refuses it (issue 6); with a token
            // of its own session the EJB answers "not found" (AttackIT).
            assertTrue(caseUrl.contains("id="), caseUrl);
            signInAs(b, "coordinator2@example.jp", "/staff/cases.xhtml");
            b.find("[id='list:cases']");
            assertTrue(b.driver.findElements(By.linkText(COMPANY)).isEmpty(), "coordinator2 must not list Chris's case");
            b.go(caseUrl);
            b.find("#errorId");
            assertTrue(b.driver.findElements(By.id("caseCompany")).isEmpty(), "coordinator2 must not see the case");
            b.screenshot("C04d-other-coordinator-not-found");

            // SUPPORT-8: Chris is away; ADMIN sees in the users list what Chris still has and hands all
            // of Chris's open cases to coordinator2 at once, who then lists the case. Handed back after.
            openHandOver(b, "coordinator@example.jp");
            b.select("handOverForm:handOverTo", "伴走 三郎 (coordinator2@example.jp)");
            b.type("handOverForm:handOverReason", "長期休暇");
            b.screenshot("C04e-hand-over-cases");
            b.axe("admin-users-hand-over");
            b.click("handOverForm:handOverSave");
            b.waitForText("#messages", "coordinator@example.jp の支援案件 1 件を coordinator2@example.jp に引き継ぎました");
            b.waitForTextGone("[id='accounts:table']", "支援案件");
            assertTrue(b.driver.findElements(By.id("accounts:table:0:handOver")).isEmpty(), "nothing left to hand over");
            signInAs(b, "coordinator2@example.jp", "/staff/cases.xhtml");
            openCase(b);
            b.waitForText("#caseCoordinator", "coordinator2@example.jp");
            openHandOver(b, "coordinator2@example.jp");
            b.click("handOverForm:handOverSave"); // nobody chosen: refused in the dialog, nothing handed over
            b.waitForText("[id='handOverForm']", "入力してください");
            b.select("handOverForm:handOverTo", "Coordinator Chris (coordinator@example.jp)");
            b.click("handOverForm:handOverSave");
            b.waitForText("#messages", "coordinator@example.jp に引き継ぎました");
            openCase(b);
            b.waitForText("#caseCoordinator", "coordinator@example.jp");
            assertTrue(b.text("[id='assign']").contains("長期休暇"), "the case's history keeps who and why: " + b.text("[id='assign']"));

            // The company cancels the confirmed visit and is warned about costs (SUPPORT-7).
            signInAs(b, "demo-adopted@example.jp", "/applicant/support.xhtml");
            b.waitForText("#upcoming", "訪問 · 確定 · 代表取締役"); // upcoming meetings and visits
            b.screenshot("C04c-company-upcoming-visit");
            // The company adds it to its calendar too, reminded of SUPPORT-7.
            String companyLink = b.find("#upcoming a.banso-calendar-link").getAttribute("href");
            HttpResponse<byte[]> companyVisit = followLink(b, "#upcoming a.banso-calendar-link");
            assertEquals(200, companyVisit.statusCode());
            String companyIcs = new String(companyVisit.body(), StandardCharsets.UTF_8);
            assertTrue(calendarProperty(companyIcs, "SUMMARY").startsWith("【伴走型支援】企業訪問"), companyIcs);
            assertTrue(calendarProperty(companyIcs, "DESCRIPTION").contains("SUPPORT-7"), companyIcs);
            assertEquals(calendarProperty(staffIcs, "DTSTART;VALUE=DATE"), calendarProperty(companyIcs, "DTSTART;VALUE=DATE"));
            b.clickCss("[id$=':cancelVisit']");
            b.waitForText(".ui-confirm-dialog", "費用");
            b.click("support:confirmYes");
            b.waitForText("#messages", "費用をご負担いただく場合があります");
            b.waitForText("[id='support:activities']", "SUPPORT-7");
            b.waitForText("[id$='upcomingNone']", "予定されている面談・訪問はありません"); // the cancelled visit is no longer upcoming
            HttpResponse<byte[]> stale = fetch(URI.create(companyLink),
                    b.driver.manage().getCookieNamed("JSESSIONID").getValue());
            assertEquals(302, stale.statusCode(), "a cancelled visit's link leads back to the support page");
            assertTrue(stale.headers().firstValue("Location").orElse("").endsWith("/applicant/support.xhtml"));
            assertTrue(b.text("#companyReferrals").length() > 0, "the company sees its referrals");
            b.screenshot("C05-company-cancels-with-cost-warning");
            b.axe("applicant-support-cancelled-visit");
            Journey.awaitMail(smtp, "admin@example.jp", "確定済み訪問の取消");

            // COOP-6: the company reports a new legal form that breaks EX-1: ADMIN gets a TERM-2 review.
            b.select("change:field", "法人格");
            b.type("change:newValue", "OTHER");
            b.type("change:note", "組織変更");
            b.click("change:report");
            b.waitForText("#changeLog", "OTHER");
            Journey.awaitMail(smtp, "admin@example.jp", "TERM-2");

            // ADMIN reviews the case and revises the plan (SUPPORT-4): a second plan version.
            signInAs(b, "admin@example.jp", "/staff/cases.xhtml");
            openCase(b);
            b.type("kickoff:goals:0:goal", "採用ペルソナを再定義");
            b.type("kickoff:findings", "第1ステージの目標を具体化");
            b.checkbox("kickoff:revise");
            b.click("kickoff:recordReview");
            b.waitForText("#messages", "見直しを記録しました");
            b.waitForText("#planHistory", "v2");
            b.waitForText("#planHistory", "採用ペルソナを再定義");
            b.screenshot("C05a-plan-versions");

            // ADMIN screens the menu request (SUPPORT-6) and grants the place.
            b.go(url("/admin/menus.xhtml"));
            b.waitForText("[id='menus']", COMPANY);
            b.clickCss("[id$=':grant']");
            b.waitForText("#messages", "判断を記録しました");
            b.waitForText("[id='menus']", "1 / 30");
            b.screenshot("C05b-admin-grants-menu-place");
            b.axe("admin-menus");

            // COOP-3: ADMIN builds and sends a survey; the company is refused an incomplete submission,
            // keeps a draft, then submits; ADMIN sees the answer.
            b.go(url("/admin/surveys.xhtml"));
            b.type("newSurvey:titleJa", "中間アンケート");
            b.type("newSurvey:titleEn", "Mid-term survey");
            b.type("newSurvey:questions:0:textJa", "支援に満足していますか");
            b.type("newSurvey:questions:0:textEn", "Are you satisfied?");
            b.type("newSurvey:questions:0:optionsJa", "はい\nいいえ");
            b.type("newSurvey:questions:0:optionsEn", "Yes\nNo");
            b.click("newSurvey:send");
            b.click("newSurvey:confirmYes");
            b.waitForText("#messages", "アンケートを送信しました");
            b.waitForText("[id='surveys']", "中間アンケート");
            b.axe("admin-surveys");
            signInAs(b, "demo-adopted@example.jp", "/applicant/support.xhtml");
            b.waitForText("#surveyList", "中間アンケート");
            b.clickCss("[id$=':openSurvey']");
            b.waitForText("[id='surveys']", "支援に満足していますか");
            b.clickCss("[id$=':submitSurvey']");
            b.waitForText("#messages", "[COOP-3]");
            b.clickCss("[id$=':choice'] .ui-radiobutton-box");
            b.clickCss("[id$=':saveDraft']");
            b.waitForText("#messages", "下書きとして保存しました");
            b.axe("applicant-support-survey");
            b.desktopAndPhone("C05c-company-survey-draft");
            b.clickCss("[id$=':submitSurvey']");
            b.waitForText("#messages", "回答を送信しました");
            b.waitForText("#surveyList", "回答済み");
            signInAs(b, "admin@example.jp", "/admin/surveys.xhtml");
            b.waitForText("[id='surveys:list:0:rate']", "(1 / ");
            b.waitForText("[id='surveys:recipients']", "回答済み");
            b.screenshot("C05d-admin-survey-results");
            // The follow-up view: only the companies that have not submitted (paged in the database).
            b.checkbox("surveys:notSubmittedOnly");
            b.waitForTextGone("[id='surveys:recipients']", "回答済み");
            ((JavascriptExecutor) b.driver).executeScript("document.getElementById('surveys:companies').scrollIntoView()");
            b.screenshot("C05e-admin-survey-not-submitted");
            b.axe("admin-surveys-not-submitted");

            // ADMIN terminates with TERM-1; the company sees the ended, read-only case.
            b.go(url("/staff/cases.xhtml"));
            openCase(b);
            b.waitForText("[id='reviews']", "TERM-2");
            b.waitForText("[id='reviews']", "EX-1");
            b.type("terminate:note", "目標を達成したため");
            b.click("terminate:terminateButton");
            b.click("terminate:confirmYes");
            b.waitForText("#caseStatus", "支援終了");
            assertTrue(b.driver.findElements(By.id("kickoff:save")).isEmpty(), "read-only after termination");
            b.screenshot("C06-admin-terminates-TERM-1");
            b.axe("staff-case-terminated");
            Journey.awaitMail(smtp, "demo-adopted@example.jp", "支援終了のお知らせ");

            signInAs(b, "demo-adopted@example.jp", "/applicant/support.xhtml");
            b.waitForText("#caseStatus", "支援終了");
            b.waitForText("#caseTermination", "TERM-1");
            b.axe("applicant-support-ended");
            b.desktopAndPhone("C07-company-sees-ended-case");
        }
    }
}
