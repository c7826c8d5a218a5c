package app.banso.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.interactions.Actions;

/**
 * The foundation as a person sees it, in Debian's Chromium: register, verify the e-mail through
 * the real SMTP message (GreenMail), sign in, the landing page in Japanese and in English; the
 * administrator changes the capacity; an applicant cannot open an admin page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FoundationJourneyIT extends BrowserJourney {

    @Test
    void applicantRegistersVerifiesSignsInAndSwitchesLanguageThenAdminChangesCapacity() throws Exception {
        try (Browser browser = Browser.open()) {
            // Landing page, in Japanese by default.
            browser.go(url("/"));
            browser.waitForText("h1.banso-title", "トップ");
            assertEquals("420", browser.text("#capacity"));
            int remainingBefore = Integer.parseInt(browser.text("#remainingPlaces"));
            assertTrue(browser.text("#intakeState").contains("受付中"));
            browser.axe("landing-ja");
            browser.desktopAndPhone("01-landing-ja");
            browser.go(url("/help.xhtml"));
            browser.find("h1.banso-title");
            browser.axe("help-ja");
            browser.desktopAndPhone("01b-help-ja");
            browser.go(url("/"));

            // Register. Sent empty first: each field's message names the field (the label is given to
            // the input while the view is built, FieldLabels, not by p:outputLabel as it renders).
            browser.click("registerButton");
            browser.click("registration:submit");
            browser.waitForText("#registration .banso-live", "氏名:");
            browser.type("registration:displayName", "山田 花子");
            browser.type("registration:email", "hanako@example.co.jp");
            browser.type("registration:password", "correct horse battery staple");
            browser.type("registration:passwordRepeat", "correct horse battery staple");
            browser.axe("register");
            browser.desktopAndPhone("02-register");
            browser.click("registration:submit");
            browser.find("#done");
            browser.screenshot("03-register-sent");
            browser.axe("register-sent");

            // The verification e-mail arrives over SMTP; its link activates the account.
            MimeMessage mail = Journey.awaitMail(smtp, "hanako@example.co.jp", "メールアドレスの確認");
            String body = GreenMailUtil.getBody(mail);
            String decoded = mail.getContent().toString();
            Matcher link = Pattern.compile("(http://\\S+/verify\\.xhtml\\?token=[A-Za-z0-9_-]+)").matcher(decoded);
            assertTrue(link.find(), "link in mail: " + body);
            assertTrue(mail.getSubject().contains("メールアドレスの確認"), mail.getSubject());

            // Before verification, sign-in is refused and, with the right password, says why.
            browser.go(url("/signin.xhtml"));
            browser.type("signin:email", "hanako@example.co.jp");
            browser.type("signin:password", "correct horse battery staple");
            browser.click("signin:submit");
            browser.waitForText("#messages", "メールアドレスの確認が済んでいません");

            browser.go(link.group(1));
            browser.find("#verifiedText");
            browser.screenshot("04-verified");
            browser.axe("verified");

            // Sign in: the session id changes.
            browser.go(url("/signin.xhtml"));
            Cookie before = browser.driver.manage().getCookieNamed("JSESSIONID");
            browser.type("signin:email", "hanako@example.co.jp");
            browser.type("signin:password", "correct horse battery staple");
            browser.axe("signin");
            browser.desktopAndPhone("05-signin");
            browser.click("signin:submit");
            browser.waitForText("#welcome", "山田 花子");
            Cookie after = browser.driver.manage().getCookieNamed("JSESSIONID");
            assertNotEquals(before == null ? null : before.getValue(), after.getValue(), "new session id at sign-in");
            browser.screenshot("06-applicant-home-ja");
            browser.axe("applicant-home-ja");

            // Switch to English.
            browser.click("headerForm:langEn");
            browser.waitForText("h1.banso-title", "Applicant's page");
            browser.axe("applicant-home-en");
            browser.desktopAndPhone("07-applicant-home-en");
            browser.go(url("/"));
            browser.waitForText("h1.banso-title", "Home");
            assertTrue(browser.text("#intakeState").contains("Open for applications"));
            browser.screenshot("08-landing-en");
            browser.axe("landing-en");

            // An applicant cannot open the administration.
            browser.go(url("/admin/programme.xhtml"));
            browser.find("#errorId");
            assertFalse(browser.driver.getPageSource().contains("capacity\""), "no admin form");
            browser.screenshot("09-applicant-forbidden");
            browser.axe("error-403");

            // Sign out: the old session cookie no longer signs anybody in.
            Cookie signedIn = browser.driver.manage().getCookieNamed("JSESSIONID");
            browser.go(url("/"));
            browser.click("headerForm:signOut");
            browser.find("#signInButton");
            HttpResponse<String> replay = http().send(HttpRequest.newBuilder(URI.create(url("/applicant/index.xhtml")))
                    .header("Cookie", "JSESSIONID=" + signedIn.getValue()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(302, replay.statusCode(), "replayed cookie after sign-out");
            assertTrue(replay.headers().firstValue("Location").orElse("").contains("/signin.xhtml?continue="));
            browser.go(url("/admin/programme.xhtml"));
            browser.find("[id='signin:email']"); // redirected to sign-in, then back
            browser.type("signin:email", "admin@example.jp");
            browser.type("signin:password", "Banso-demo-2026");
            browser.click("signin:submit");
            browser.find("[id='programme:capacity_input']");
            browser.type("programme:capacity_input", "421");
            browser.screenshot("10-admin-programme");
            browser.axe("admin-programme");
            browser.click("programme:save");
            browser.waitForText("#messages", "saved");
            browser.screenshot("11-admin-programme-saved");
            browser.go(url("/"));
            assertEquals("421", browser.text("#capacity"));
            assertEquals(remainingBefore + 1, Integer.parseInt(browser.text("#remainingPlaces")), "one more place");

            // ADMIN rewords the staff welcome e-mail (Japanese) before creating a screener account.
            browser.go(url("/admin/templates.xhtml"));
            browser.select("template:key", "Staff account created");
            browser.waitForText("#customised", "built-in");
            browser.type("template:subject", "【伴走型支援】ようこそ {0} 様");
            browser.click("template:save");
            browser.waitForText("#messages", "Saved");
            browser.screenshot("11b-admin-template");
            browser.axe("admin-templates");

            // ADMIN adds a partner service to the catalogue.
            browser.go(url("/admin/services.xhtml"));
            browser.type("newService:nameJa", "地域の外国人材受入れ相談窓口");
            browser.type("newService:nameEn", "Regional foreign talent desk");
            browser.type("newService:provider", "Partner prefecture");
            browser.type("newService:url", "https://www.example.lg.jp/");
            browser.click("newService:add");
            browser.waitForText("[id='services:table']", "Regional foreign talent desk");
            browser.screenshot("11c-admin-services");
            browser.axe("admin-services");

            // ADMIN creates a screener account, and sees every e-mail the system sent.
            browser.go(url("/admin/users.xhtml"));
            browser.type("newStaff:email", "new.screener@example.jp");
            browser.type("newStaff:displayName", "Screener Sam");
            browser.type("newStaff:initialPassword", "initial password 2026");
            browser.click("newStaff:create");
            browser.waitForText("#messages", "new.screener@example.jp");
            browser.waitForText("[id='accounts:table']", "new.screener@example.jp");
            browser.screenshot("12-admin-users");
            browser.axe("admin-users");
            browser.go(url("/admin/mail.xhtml"));
            browser.waitForText("[id='mail:table']", "hanako@example.co.jp");
            browser.waitForText("[id='mail:table']", "new.screener@example.jp");
            browser.screenshot("13-admin-sent-mail");
            browser.axe("admin-sent-mail");
            browser.go(url("/admin/audit.xhtml"));
            browser.waitForText("[id='audit:table']", "PROGRAMME_UPDATED");
            browser.screenshot("14-admin-audit");
            browser.axe("admin-audit");
            // ADMIN searches the log: the staff account just created, by action and part of the subject.
            browser.type("audit:action", "staff_account");
            browser.type("audit:subject", "new.screener");
            browser.click("audit:search");
            browser.ajaxDone();
            // The unfiltered page already shows the entry: wait for the filtered table, not for the text.
            browser.wait.until(d -> !browser.text("[id='audit:table']").contains("PROGRAMME_UPDATED"));
            browser.waitForText("[id='audit:table']", "STAFF_ACCOUNT_CREATED");
            Assertions.assertFalse(browser.text("[id='audit:table']").contains("PROGRAMME_UPDATED"),
                    "only matching entries");
            browser.screenshot("14b-admin-audit-search");
            browser.go(url("/admin/index.xhtml"));
            browser.find("h1.banso-title");
            browser.axe("admin-home");
            browser.go(url("/staff/index.xhtml"));
            browser.find("h1.banso-title");
            browser.axe("staff-home");
            browser.go(url("/no/such/page.xhtml"));
            browser.find("#errorId");
            // The error page is rendered after the request's security context has ended; its
            // header still shows who is signed in (it once offered the sign-in link instead).
            Assertions.assertFalse(browser.text("#userName").isBlank(), "the signed-in user in the 404 page's header");
            browser.axe("error-404");
        }
        Journey.awaitMail(smtp, "new.screener@example.jp", "ようこそ Screener Sam 様");
    }

    @Test
    void aForgottenPasswordIsReplacedThroughAOneTimeLinkAndASignedInUserChangesItWithTheCurrentOne() throws Exception {
        String email = "forgetful@example.com";
        try (Browser browser = Browser.open()) {
            // A company contact registers in English and confirms the address.
            register(browser, "Alex Forgetful", email, "the first long passphrase");
            Matcher verify = Pattern.compile("(http://\\S+/verify\\.xhtml\\?token=[A-Za-z0-9_-]+)")
                    .matcher(Journey.awaitMail(smtp, email, "confirm").getContent().toString());
            assertTrue(verify.find());
            browser.go(verify.group(1));
            browser.find("#verifiedText");

            // The sign-in page leads to the request; an unknown address gets the same answer and no mail.
            browser.go(url("/signin.xhtml"));
            browser.click("signin:forgotten");
            browser.waitForText("h1.banso-title", "Reset your password");
            browser.type("forgotten:email", "nobody-here@example.com");
            browser.click("forgotten:submit");
            String unknownAnswer = browser.text("#sentText");
            browser.go(url("/forgot.xhtml"));
            browser.type("forgotten:email", email);
            browser.axe("forgotten");
            browser.click("forgotten:submit");
            assertEquals(unknownAnswer, browser.text("#sentText"), "the answer does not tell whether the address has an account");
            browser.screenshot("05b-forgotten-sent");
            MimeMessage mail = Journey.awaitMail(smtp, email, "Reset your password");
            Matcher link = Pattern.compile("(http://\\S+/reset\\.xhtml\\?token=[A-Za-z0-9_-]+)").matcher(mail.getContent().toString());
            assertTrue(link.find(), "link in mail: " + mail.getContent());
            assertTrue(mail.getContent().toString().contains("60 minutes"), "the account's language and the link's lifetime");

            // Asked again at once: the same answer, no second mail (at most one every five minutes).
            browser.go(url("/forgot.xhtml"));
            browser.type("forgotten:email", email);
            browser.click("forgotten:submit");
            browser.find("#sentText");
            Thread.sleep(2_000);
            assertEquals(1, resetMailsTo(email), "one reset mail within five minutes");
            assertEquals(0, resetMailsTo("nobody-here@example.com"), "no mail to an unknown address");

            // The link: a refused password leaves it working; a good one is set; the link then works no more.
            browser.go(link.group(1));
            browser.type("reset:password", "too short");
            browser.type("reset:passwordRepeat", "too short");
            browser.click("reset:submit");
            browser.waitForText("#reset .banso-live", "New password");
            browser.type("reset:password", "a brand new passphrase");
            browser.type("reset:passwordRepeat", "a brand new passphrase!");
            browser.click("reset:submit");
            browser.waitForText("#reset", "do not match");
            browser.type("reset:password", "a brand new passphrase");
            browser.type("reset:passwordRepeat", "a brand new passphrase");
            browser.axe("reset");
            browser.click("reset:submit");
            browser.waitForText(".banso-card", "Your new password is set");
            browser.screenshot("05c-password-reset");
            browser.go(link.group(1));
            browser.find("#linkNotWorking");
            browser.find("#requestAgain");

            // The old password no longer signs in; the new one does.
            browser.go(url("/signin.xhtml"));
            trySignIn(browser, email, "the first long passphrase", "#messages", "not correct");
            trySignIn(browser, email, "a brand new passphrase", "#welcome", "Alex Forgetful");
            // The same applicant is signed in on a second device too.
            WebClient otherDevice = new WebClient();
            assertEquals(302, otherDevice.signIn(email, "a brand new passphrase", "").statusCode());
            assertEquals(200, otherDevice.get("/applicant/index.xhtml").statusCode());

            // Signed in, the header leads to the password change: the current password is asked first.
            browser.click("headerForm:passwordLink");
            browser.waitForText("h1.banso-title", "Change your password");
            submitPasswordChange(browser, "not the password at all", "the third long passphrase");
            browser.waitForText("#changePassword", "The current password is not correct");
            submitPasswordChange(browser, "a brand new passphrase", "a brand new passphrase");
            browser.waitForText("#changePassword", "must differ");
            browser.axe("password-change");
            submitPasswordChange(browser, "a brand new passphrase", "the third long passphrase");
            browser.waitForText("#changed", "Your password is changed");
            browser.desktopAndPhone("05d-password-changed");
            assertTrue(Journey.awaitMail(smtp, email, "Your password was changed").getContent().toString().contains("/forgot.xhtml"),
                    "the mail says how to reset it if it was not them");
            // The session that changed it goes on; the other device's session has ended and says why.
            browser.go(url("/applicant/index.xhtml"));
            browser.waitForText("#welcome", "Alex Forgetful");
            assertSignedOutBecauseOfTheAccount(otherDevice, "/applicant/index.xhtml");
            signInAs(browser, email, "/applicant/index.xhtml", "the third long passphrase");
            browser.waitForText("#welcome", "Alex Forgetful");
        }
    }

    @Test
    void anAddressNeverConfirmedIsRecoveredByRegisteringAgainAndOnlyItsMailboxChoosesThePassword() throws Exception {
        String email = "late-confirmer@example.com";
        try (Browser browser = Browser.open()) {
            // Registered, but the confirmation link is never opened (it expires after 48 hours).
            register(browser, "Lee Late", email, "the first registration's passphrase");
            Journey.awaitMail(smtp, email, "confirm");
            // Signing in with the right password says what is missing (a wrong one says nothing more).
            browser.go(url("/signin.xhtml"));
            trySignIn(browser, email, "not the passphrase", "#messages", "not correct");
            trySignIn(browser, email, "the first registration's passphrase", "#messages", "not confirmed yet");
            browser.screenshot("05e-signin-unconfirmed");
            // Registering again gives the same answer; the mail now confirms the address and lets the
            // mailbox's owner choose the password: the one typed in the second registration is not taken.
            register(browser, "Lee Late", email, "the second registration's passphrase");
            MimeMessage mail = Journey.awaitMail(smtp, email, "Confirm your address and choose your password");
            Matcher link = Pattern.compile("(http://\\S+/reset\\.xhtml\\?token=[A-Za-z0-9_-]+)").matcher(mail.getContent().toString());
            assertTrue(link.find(), "link in mail: " + mail.getContent());
            browser.go(link.group(1));
            browser.waitForText("h1.banso-title", "Set a new password");
            browser.type("reset:password", "the passphrase the mailbox chose");
            browser.type("reset:passwordRepeat", "the passphrase the mailbox chose");
            browser.click("reset:submit");
            browser.waitForText(".banso-card", "Your new password is set");
            signInAs(browser, email, "/applicant/index.xhtml", "the passphrase the mailbox chose");
            browser.waitForText("#welcome", "Lee Late");

            // Now confirmed, registering again only reminds the address to sign in.
            browser.click("headerForm:signOut");
            browser.find("#signInButton");
            register(browser, "Lee Late", email, "a third passphrase typed");
            assertTrue(Journey.awaitMail(smtp, email, "already registered").getContent().toString().contains("/signin.xhtml"));
        }
    }

    @Test
    void aDoubleClickOnAButtonThatSubmitsTheWholePageSendsTheFormOnce() throws Exception {
        String email = "double-click@example.com";
        try (Browser browser = Browser.open()) {
            fillRegistration(browser, "Dana Double", email, "a double-clicked passphrase");
            new Actions(browser.driver).doubleClick(browser.find("[id='registration:submit']")).perform();
            browser.find("#done");
            Journey.awaitMail(smtp, email, "confirm");
            Thread.sleep(3_000); // a second request's mail would be in the outbox by now
            long mails = 0;
            for (MimeMessage m : smtp.getReceivedMessages()) {
                mails += m.getAllRecipients()[0].toString().equalsIgnoreCase(email) ? 1 : 0;
            }
            assertEquals(1, mails, "one registration, one mail (a second submit would have sent a second one)");
        }
        // The form sent twice at the same moment (two tabs, a browser without scripts): the second
        // request meets the first's new account and is answered like any registration, not with an error.
        WebClient client = new WebClient();
        String page = client.get("/register.xhtml").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("registration", "registration");
        form.put("registration:displayName", "Tim Twotabs");
        form.put("registration:email", "two-tabs@example.com");
        form.put("registration:password", "a passphrase sent twice");
        form.put("registration:passwordRepeat", "a passphrase sent twice");
        form.put("registration:submit", "");
        form.put("primefaces.nonce", WebClient.nonce(page));
        form.put("jakarta.faces.ViewState", WebClient.viewState(page));
        ExecutorService twoTabs = Executors.newFixedThreadPool(2);
        try {
            Callable<HttpResponse<String>> send = () -> client.post("/register.xhtml", form);
            for (Future<HttpResponse<String>> answer : twoTabs.invokeAll(List.of(send, send))) {
                assertEquals(200, answer.get().statusCode());
                assertTrue(answer.get().body().contains("id=\"done\""), "told it is registered: " + answer.get().body());
            }
        } finally {
            twoTabs.shutdown();
        }
        Journey.awaitMail(smtp, "two-tabs@example.com", "メールアドレスの確認");
    }

    @Test
    void anApplicantMovesTheSignInToANewAddressOnlyThroughTheLinkMailedToItAndTheOldAddressIsTold() throws Exception {
        String old = "mover@example.com";
        String moved = "mover.new@example.com";
        String holder = "address-holder@example.com";
        String rival = "rival@example.com";
        try (Browser browser = Browser.open(); Browser rivalBrowser = Browser.open()) {
            // Another company has registered an address (not confirmed: it is taken all the same).
            register(browser, "Holly Holder", holder, "the holder's own passphrase");
            register(browser, "Morgan Mover", old, "the mover's long passphrase");
            Matcher verify = Pattern.compile("(http://\\S+/verify\\.xhtml\\?token=[A-Za-z0-9_-]+)")
                    .matcher(Journey.awaitMail(smtp, old, "confirm").getContent().toString());
            assertTrue(verify.find());
            browser.go(verify.group(1));
            browser.find("#verifiedText");
            signInAs(browser, old, "/applicant/index.xhtml", "the mover's long passphrase");
            browser.waitForText("#signInAddress", old);
            WebClient otherDevice = new WebClient();
            assertEquals(302, otherDevice.signIn(old, "the mover's long passphrase", "").statusCode());

            // My page leads to the change; the current password is asked, and the address must be new.
            browser.click("changeEmail");
            browser.waitForText("h1.banso-title", "Change your sign-in address");
            browser.type("changeEmail:email", moved);
            browser.type("changeEmail:current", "not the passphrase");
            browser.click("changeEmail:submit");
            browser.waitForText("#changeEmail", "The current password is not correct");
            assertEquals(moved, browser.find("[id='changeEmail:email']").getDomProperty("value"), "the typed address is kept");
            browser.type("changeEmail:email", old.toUpperCase(java.util.Locale.ROOT));
            browser.type("changeEmail:current", "the mover's long passphrase");
            browser.click("changeEmail:submit");
            browser.waitForText("#changeEmail", "must differ from the current one");
            browser.axe("email-change");
            browser.type("changeEmail:email", moved);
            browser.type("changeEmail:current", "the mover's long passphrase");
            browser.click("changeEmail:submit");
            browser.waitForText("#sentText", moved);
            browser.screenshot("05i-email-change-sent");
            // Back on the page later, the change that waits is shown with its link's lifetime.
            browser.go(url("/account/email.xhtml"));
            browser.waitForText("[id='changeEmail:pendingChange']", moved);
            assertTrue(browser.text("[id='changeEmail:pendingChange']").contains("until"), browser.text("[id='changeEmail:pendingChange']"));
            browser.waitForText("#currentAddress", old);
            browser.screenshot("05i-email-change-pending");

            // Nothing changes before the link is followed: the old address still signs in.
            assertEquals(200, otherDevice.get("/applicant/index.xhtml").statusCode());
            MimeMessage mail = Journey.awaitMail(smtp, moved, "Confirm your new sign-in address");
            Matcher link = Pattern.compile("(http://\\S+/confirm-email\\.xhtml\\?token=[A-Za-z0-9_-]+)").matcher(mail.getContent().toString());
            assertTrue(link.find(), "link in mail: " + mail.getContent());
            assertTrue(mail.getContent().toString().contains("24 hours"), "the account's language and the link's lifetime");

            // Another applicant asks for the same new address while it is still free: a link goes out too.
            register(rivalBrowser, "Rita Rival", rival, "the rival's own passphrase");
            Matcher rivalVerify = Pattern.compile("(http://\\S+/verify\\.xhtml\\?token=[A-Za-z0-9_-]+)")
                    .matcher(Journey.awaitMail(smtp, rival, "confirm").getContent().toString());
            assertTrue(rivalVerify.find());
            rivalBrowser.go(rivalVerify.group(1));
            rivalBrowser.find("#verifiedText");
            rivalBrowser.go(url("/signin.xhtml"));
            trySignIn(rivalBrowser, rival, "the rival's own passphrase", "#signInAddress", rival);
            rivalBrowser.click("changeEmail");
            rivalBrowser.type("changeEmail:email", moved);
            rivalBrowser.type("changeEmail:current", "the rival's own passphrase");
            rivalBrowser.click("changeEmail:submit");
            rivalBrowser.waitForText("#sentText", moved);
            String rivalLink = awaitOtherConfirmLink(moved, link.group(1));

            // Opening the link asks; the button changes the address, signs out and asks for the new one.
            browser.go(link.group(1));
            browser.waitForText("#confirmQuestion", moved);
            browser.axe("email-confirm");
            browser.screenshot("05j-email-confirm");
            browser.click("confirmEmail:confirm");
            browser.waitForText("#emailChanged", "Sign in with the new address");
            browser.screenshot("05k-email-changed");
            assertTrue(Journey.awaitMail(smtp, old, "Your sign-in address was changed").getContent().toString().contains(moved),
                    "the old address is told where the sign-in went");
            assertSignedOutBecauseOfTheAccount(otherDevice, "/applicant/index.xhtml");
            browser.go(link.group(1));
            browser.find("#linkInvalid");
            // The rival's link now meets a taken address: nothing changes for either account.
            rivalBrowser.go(rivalLink);
            rivalBrowser.waitForText("#confirmQuestion", moved);
            rivalBrowser.click("confirmEmail:confirm");
            rivalBrowser.waitForText("#addressTaken", "has taken this address");
            rivalBrowser.go(url("/applicant/index.xhtml"));
            rivalBrowser.waitForText("#signInAddress", rival);
            browser.go(url("/signin.xhtml"));
            trySignIn(browser, old, "the mover's long passphrase", "#messages", "not correct");
            trySignIn(browser, moved, "the mover's long passphrase", "#signInAddress", moved);

            // An address another account has: the same answer, that address is told, and no link goes out.
            browser.click("changeEmail");
            browser.type("changeEmail:email", holder);
            browser.type("changeEmail:current", "the mover's long passphrase");
            browser.click("changeEmail:submit");
            browser.waitForText("#sentText", holder);
            assertTrue(Journey.awaitMail(smtp, holder, "already has an account").getContent().toString().contains("/signin.xhtml"));
            // At most one request every five minutes.
            browser.go(url("/account/email.xhtml"));
            browser.type("changeEmail:email", "mover.third@example.com");
            browser.type("changeEmail:current", "the mover's long passphrase");
            browser.click("changeEmail:submit");
            browser.waitForText("#messages", "less than 5 minutes ago");
            Thread.sleep(2_000);
            for (MimeMessage m : smtp.getReceivedMessages()) {
                String to = m.getAllRecipients()[0].toString();
                assertTrue(!to.equals(holder) || !m.getSubject().contains("Confirm your new sign-in address"), "no link to a taken address");
                assertTrue(!to.equals("mover.third@example.com"), "nothing sent within five minutes");
            }

            // The old address stays the moved account's: it cannot be registered again (the same answer, a mail saying why).
            browser.click("headerForm:signOut");
            browser.find("#signInButton");
            register(browser, "Sam Successor", old, "a successor's passphrase");
            assertTrue(Journey.awaitMail(smtp, old, "cannot be used for another account").getContent().toString().contains("Sam Successor"));
            browser.go(url("/signin.xhtml"));
            trySignIn(browser, old, "a successor's passphrase", "#messages", "not correct");

            // The support desk finds the account by the address it had: ADMIN's search, which shows it as former.
            signInAs(browser, "admin@example.jp", "/admin/users.xhtml");
            browser.type("accounts:search", old.toUpperCase(java.util.Locale.ROOT));
            browser.click("accounts:find");
            By rows = By.cssSelector("#accounts\\:table tbody tr");
            browser.wait.until(d -> d.findElements(rows).size() == 1);
            browser.waitForText("#accounts\\:table", moved);
            assertEquals("Formerly " + old, browser.text("#accounts\\:table .banso-former-emails"));
            browser.axe("users-former-address");
            browser.screenshot("05l-former-address");
            // The audit names the account that confirmed the change, by its new address, and where it came from.
            browser.go(url("/admin/audit.xhtml"));
            browser.type("audit:action", "EMAIL_CHANGED");
            browser.click("audit:search");
            browser.waitForText("#audit\\:table", "from " + old);
            By auditRows = By.cssSelector("#audit\\:table tbody tr");
            browser.wait.until(d -> d.findElements(auditRows).size() == 1);
            assertTrue(browser.text("#audit\\:table tbody tr").contains(moved), browser.text("#audit\\:table tbody tr"));
        }
        // Staff addresses are named on applications and cases: the page says so and offers no form.
        WebClient screener = new WebClient();
        assertEquals(302, screener.signIn("screener@example.jp", DEMO_PASSWORD, "").statusCode());
        String page = screener.get("/account/email.xhtml").body();
        assertTrue(page.contains("id=\"staffAddress\"") && !page.contains("changeEmail:submit"), page);
    }

    /** The link of a second "confirm your new sign-in address" mail to {@code address}, not {@code known}. */
    private String awaitOtherConfirmLink(String address, String known) throws Exception {
        Pattern linkPattern = Pattern.compile("(http://\\S+/confirm-email\\.xhtml\\?token=[A-Za-z0-9_-]+)");
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage m : smtp.getReceivedMessages()) {
                if (m.getAllRecipients()[0].toString().equalsIgnoreCase(address)
                        && m.getSubject().contains("Confirm your new sign-in address")) {
                    Matcher found = linkPattern.matcher(m.getContent().toString());
                    if (found.find() && !found.group(1).equals(known)) {
                        return found.group(1);
                    }
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("No second link mailed to " + address);
    }

    /** Signs in on the sign-in page shown, and waits for the answer's text in the element {@code css}. */
    /**
     * The session's next request for {@code path} finds it ended (a password changed elsewhere, the
     * account disabled): sent to the sign-in page, which says why and leads back to the page.
     */
    private static void assertSignedOutBecauseOfTheAccount(WebClient client, String path) throws Exception {
        var r = client.get(path);
        assertEquals(302, r.statusCode(), "the ended session is sent to sign in");
        String location = WebClient.pathOf(r.headers().firstValue("Location").orElseThrow());
        assertTrue(location.startsWith("/signin.xhtml?ended=account&continue="), location);
        String page = client.get(location).body();
        assertTrue(page.contains("id=\"accountEnded\""), "the sign-in page says why: " + page);
        assertEquals(302, client.get(path).statusCode(), "signed out: the page asks for a sign-in again");
    }

    @Test
    void anAdministratorChangesARoleOrDisablesAnAccountWhoseSessionsEndAndEnablesItAgain() throws Exception {
        String email = "leaver@example.jp";
        String password = "the leaver's passphrase";
        try (Browser browser = Browser.open()) {
            signInAs(browser, "admin@example.jp", "/admin/users.xhtml");
            browser.type("newStaff:email", email);
            browser.type("newStaff:displayName", "Lee Leaver");
            browser.type("newStaff:initialPassword", password);
            browser.click("newStaff:create");
            browser.waitForText("#messages", email);

            // The new screener works in another browser.
            WebClient screener = new WebClient();
            assertEquals(302, screener.signIn(email, password, "/staff/inbox.xhtml").statusCode());
            assertEquals(200, screener.get("/staff/inbox.xhtml").statusCode());

            // ADMIN finds the account among all accounts, and sees no way to disable their own.
            By rows = By.cssSelector("#accounts\\:table tbody tr");
            assertTrue(browser.driver.findElements(rows).size() > 1, "all accounts at first");
            browser.type("accounts:search", "LEAVER");
            browser.click("accounts:find");
            browser.wait.until(d -> d.findElements(rows).size() == 1); // only the match is listed
            browser.waitForText("#accounts\\:table", "Lee Leaver");
            browser.type("accounts:search", "admin@example.jp");
            browser.click("accounts:find");
            browser.waitForText("#accounts\\:table", "admin@example.jp");
            assertEquals(1, browser.driver.findElements(rows).size());
            assertTrue(browser.driver.findElements(By.id("accounts:table:0:disable")).isEmpty(), "no button to disable one's own account");
            browser.type("accounts:search", "leaver");
            browser.click("accounts:find");
            browser.waitForText("#accounts\\:table", "Lee Leaver");

            // ADMIN makes the screener a coordinator: the session signed in as a screener ends, and the
            // next sign-in is a coordinator's (the cases list, which the EJB refuses to a screener).
            assertEquals(403, screener.get("/staff/cases.xhtml").statusCode(), "a screener has no cases list");
            browser.click("accounts:table:0:changeRole");
            browser.waitForText("#roleAccount", email);
            browser.select("roleForm:newRole", "コーディネーター");
            browser.screenshot("05h-change-role");
            browser.click("roleForm:saveRole");
            browser.waitForText("#messages", "コーディネーター");
            browser.waitForText("#accounts\\:table", "コーディネーター");
            assertSignedOutBecauseOfTheAccount(screener, "/staff/inbox.xhtml");
            assertEquals(302, screener.signIn(email, password, "/staff/cases.xhtml").statusCode());
            assertEquals(200, screener.get("/staff/cases.xhtml").statusCode(), "signed in again as a coordinator");

            // Disabled after a confirmation: the screener's session ends at its next request.
            browser.click("accounts:table:0:disable");
            browser.click("accounts:confirmYes");
            browser.waitForText("#messages", email);
            browser.find("#accounts\\:table\\:0\\:enable");
            browser.desktopAndPhone("05f-account-disabled");
            ((JavascriptExecutor) browser.driver).executeScript("document.getElementById('accounts').scrollIntoView()");
            browser.screenshot("05g-account-disabled-list");
            browser.axe("users");
            assertSignedOutBecauseOfTheAccount(screener, "/staff/inbox.xhtml");

            // The right password is told that the account is disabled; a wrong one learns nothing.
            var refused = screener.signIn(email, password, "");
            assertNotEquals(302, refused.statusCode(), "not signed in");
            assertTrue(refused.body().contains("このアカウントは無効になっています"), refused.body());
            var wrong = screener.signIn(email, "not the leaver's passphrase", "");
            assertNotEquals(302, wrong.statusCode());
            assertFalse(wrong.body().contains("このアカウントは無効になっています"), "only the password's owner learns it is disabled");

            // Enabled again: the same password signs in.
            browser.click("accounts:table:0:enable");
            browser.waitForText("#messages", email);
            browser.find("#accounts\\:table\\:0\\:disable");
            assertEquals(302, screener.signIn(email, password, "/staff/cases.xhtml").statusCode());
            assertEquals(200, screener.get("/staff/cases.xhtml").statusCode());
        }
    }

    private static void trySignIn(Browser browser, String email, String password, String css, String answer) {
        browser.type("signin:email", email);
        browser.type("signin:password", password);
        browser.click("signin:submit");
        browser.waitForText(css, answer);
    }

    private static void register(Browser browser, String name, String email, String password) {
        fillRegistration(browser, name, email, password);
        browser.click("registration:submit");
        browser.find("#done");
    }

    /** Opens the registration page in English and fills it in, without sending it. */
    private static void fillRegistration(Browser browser, String name, String email, String password) {
        browser.go(url("/register.xhtml"));
        if (!browser.text("h1.banso-title").contains("Register")) {
            browser.click("headerForm:langEn");
        }
        browser.waitForText("h1.banso-title", "Register");
        browser.type("registration:displayName", name);
        browser.type("registration:email", email);
        browser.type("registration:password", password);
        browser.type("registration:passwordRepeat", password);
    }

    private static void submitPasswordChange(Browser browser, String current, String newPassword) {
        browser.type("changePassword:current", current);
        browser.type("changePassword:password", newPassword);
        browser.type("changePassword:passwordRepeat", newPassword);
        browser.click("changePassword:submit");
    }

    private static long resetMailsTo(String recipient) throws Exception {
        long n = 0;
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equalsIgnoreCase(recipient) && m.getSubject().contains("Reset your password")) {
                n++;
            }
        }
        return n;
    }

    @Test
    void unknownPageShowsTheNotFoundPageWithAnErrorNumberAndNoStackTrace() throws Exception {
        HttpResponse<String> response = http().send(HttpRequest.newBuilder(URI.create(url("/no/such/page.xhtml"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("id=\"errorId\""), response.body());
        assertNoStackTrace(response.body());
    }

    /** PrimeFaces names exception classes in its settings script; a stack trace has frames and causes. */
    private static void assertNoStackTrace(String body) {
        assertFalse(body.contains("Caused by"), "no cause chain");
        assertFalse(body.matches("(?s).*\\bat [a-z]+\\.[a-z]+\\.[A-Za-z.$]+\\(.*"), "no stack frame");
    }

    @Test
    void postWithAnUnknownViewStateShowsTheExpiredPageNotAStackTrace() throws Exception {
        String form = "signin=signin&signin%3Aemail=a%40example.jp&signin%3Apassword=x&signin%3Asubmit="
                + "&jakarta.faces.ViewState=" + URLEncoder.encode("-123:456", StandardCharsets.UTF_8);
        HttpResponse<String> response = http().send(HttpRequest.newBuilder(URI.create(url("/signin.xhtml")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(response.body().contains("id=\"errorId\""), response.body());
        assertTrue(response.body().contains("画面の有効期限が切れました"), "expired-view page in Japanese");
        assertNoStackTrace(response.body());
    }

    /**
     * An ajax request (here the sign-in form sent by ajax) whose page state is unknown gets the
     * expired-view page as a full-page update of a partial response, answered with 200 so that
     * the browser's ajax script shows it; before, the container's error page was not a partial
     * response and the browser showed nothing.
     */
    @Test
    void anAjaxRequestWithAnUnknownViewStateGetsTheExpiredPageAsAPartialResponse() throws Exception {
        String nonce = WebClient.nonce(http().send(HttpRequest.newBuilder(URI.create(url("/signin.xhtml"))).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        String form = "jakarta.faces.partial.ajax=true&jakarta.faces.source=signin%3Asubmit&jakarta.faces.partial.execute=signin"
                + "&jakarta.faces.partial.render=signin&signin=signin&signin%3Aemail=a%40example.jp&signin%3Apassword=x"
                + "&primefaces.nonce=" + URLEncoder.encode(nonce, StandardCharsets.UTF_8)
                + "&jakarta.faces.ViewState=" + URLEncoder.encode("-123:456", StandardCharsets.UTF_8);
        HttpResponse<String> response = http().send(HttpRequest.newBuilder(URI.create(url("/signin.xhtml?continue=%2Fstaff%2Finbox.xhtml")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Faces-Request", "partial/ajax")
                .header("Referer", url("/signin.xhtml?continue=%2Fstaff%2Finbox.xhtml"))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String body = response.body();
        assertEquals(200, response.statusCode(), body);
        assertTrue(body.contains("<partial-response") && body.contains("<update id=\"jakarta.faces.ViewRoot\">"), body);
        assertTrue(body.contains("id=\"errorId\"") && body.contains("画面の有効期限が切れました"), "the expired-view page in Japanese: " + body);
        assertTrue(body.contains("href=\"/signin.xhtml?continue=%2Fstaff%2Finbox.xhtml\""), "offers to open the page again: " + body);
        assertNoStackTrace(body);
    }

    /**
     * An ajax request to a protected page without a signed-in caller (the session ended while
     * the form was open) is sent to sign in by a partial response's redirect, which the browser's
     * ajax script follows; a full request gets the usual 302.
     */
    @Test
    void anAjaxRequestWithoutASignedInCallerIsSentToSignInByAPartialResponse() throws Exception {
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(url("/applicant/application.xhtml")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("jakarta.faces.partial.ajax=true&form=form&jakarta.faces.ViewState=1%3A2"));
        HttpResponse<String> ajax = http().send(post.copy().header("Faces-Request", "partial/ajax").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ajax.statusCode(), ajax.body());
        assertTrue(ajax.body().contains("<partial-response><redirect url=\"/signin.xhtml?continue=%2Fapplicant%2Fapplication.xhtml&amp;ended=true\"/>"), ajax.body());
        HttpResponse<String> full = http().send(post.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, full.statusCode());
        assertTrue(full.headers().firstValue("Location").orElseThrow().contains("/signin.xhtml?continue=%2Fapplicant%2Fapplication.xhtml"));
    }

    /**
     * A session keeps the states of its most recently used pages only (web.xml,
     * com.sun.faces.numberOfLogicalViews): the page left longest expires first, and its expired
     * page offers to open that page again with its query.
     */
    @Test
    void theOldestOfManyOpenPagesExpiresFirstAndItsExpiredPageOffersToOpenItAgain() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        Pattern viewState = Pattern.compile("jakarta\\.faces\\.ViewState\"[^>]*?value=\"([^\"]+)\"");
        String page = url("/signin.xhtml?continue=%2Fstaff%2Finbox.xhtml");
        List<String> states = new ArrayList<>();
        List<String> nonces = new ArrayList<>();
        for (int i = 0; i <= PAGES_KEPT; i++) {
            String body = browser.send(HttpRequest.newBuilder(URI.create(page)).build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = viewState.matcher(body);
            assertTrue(m.find(), body);
            states.add(m.group(1));
            nonces.add(WebClient.nonce(body));
        }
        HttpResponse<String> newest = signInPost(browser, page, states.getLast(), nonces.getLast());
        assertEquals(200, newest.statusCode(), newest.body());
        assertFalse(newest.body().contains("id=\"errorId\""), "the newest page still answers (its form, not an error page): " + newest.body());
        assertTrue(newest.body().contains("id=\"signin\""), newest.body());
        HttpResponse<String> oldest = signInPost(browser, page, states.getFirst(), nonces.getFirst());
        assertTrue(oldest.body().contains("画面の有効期限が切れました"), "the page left longest has expired");
        assertTrue(oldest.body().contains("id=\"reopen\"") && oldest.body().contains("href=\"/signin.xhtml?continue=%2Fstaff%2Finbox.xhtml\""),
                "offers to open the page again: " + oldest.body());
        assertNoStackTrace(oldest.body());
    }

    /** web.xml, com.sun.faces.numberOfLogicalViews. */
    private static final int PAGES_KEPT = 15;

    /** The sign-in form sent as the browser sends it: with its page's state and CSP nonce. */
    private static HttpResponse<String> signInPost(HttpClient browser, String page, String state, String nonce) throws Exception {
        String form = "signin=signin&signin%3Aemail=&signin%3Apassword=&signin%3Asubmit="
                + "&primefaces.nonce=" + URLEncoder.encode(nonce, StandardCharsets.UTF_8)
                + "&jakarta.faces.ViewState=" + URLEncoder.encode(state, StandardCharsets.UTF_8);
        return browser.send(HttpRequest.newBuilder(URI.create(url("/signin.xhtml"))).header("Referer", page)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void applicantAreaRedirectsAnonymousVisitorsToSignInAndKeepsTheTarget() throws Exception {
        HttpResponse<String> response = http().send(HttpRequest.newBuilder(URI.create(url("/staff/index.xhtml"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, response.statusCode());
        assertEquals("/signin.xhtml?continue=%2Fstaff%2Findex.xhtml",
                URI.create(response.headers().firstValue("Location").orElseThrow()).getRawPath() + "?"
                        + URI.create(response.headers().firstValue("Location").orElseThrow()).getRawQuery());
    }

    @Test
    void everyPageCarriesProtectiveHeaders() throws Exception {
        HttpResponse<String> response = http().send(HttpRequest.newBuilder(URI.create(url("/"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(response.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'self'"));
        assertEquals("same-origin", response.headers().firstValue("Referrer-Policy").orElse(""));
    }

    /**
     * Issue 8: the theme, the icons and the widgets' texts in the screen language come from the
     * layout, and no script or stylesheet carries OmniFaces' crossorigin attribute. Both used to
     * be added as each page rendered, which kept them in every page state of the session.
     */
    @Test
    void pagesLinkTheThemeIconsAndWidgetTextsInTheScreenLanguageWithoutCrossOriginAttributes() throws Exception {
        for (String lang : List.of("ja", "en")) {
            HttpResponse<String> response = http().send(HttpRequest.newBuilder(URI.create(url("/signin.xhtml")))
                    .header("Cookie", "banso-lang=" + lang).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode());
            String page = response.body();
            int theme = page.indexOf("theme.css.xhtml?ln=primefaces-saga-blue");
            int icons = page.indexOf("primeicons/primeicons.css.xhtml?ln=primefaces");
            int own = page.indexOf("css/banso.css.xhtml");
            int core = page.indexOf("core.js.xhtml?ln=primefaces");
            int locale = page.indexOf("locales/locale-" + lang + ".js.xhtml?ln=primefaces");
            assertTrue(theme > 0 && icons > theme && own > icons, "theme, icons, then the application's own styles: " + lang);
            assertTrue(core > 0 && locale > core, "the widgets' " + lang + " texts after PrimeFaces' own scripts");
            assertEquals(1, page.split("theme\\.css", -1).length - 1, "the theme is linked once");
            assertFalse(page.contains("crossorigin"), "no crossorigin attribute on the application's own resources");
        }
    }

    private static HttpClient http() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    }
}
