package app.banso.bench;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Applicant flow against the trivial Faces page (/ping.xhtml) of the same server, interleaved:
 * warm-up (flow, then trivial), then rounds of trivial-N and flow-N, each phase alone with the
 * same number of concurrent users. A flow user takes a load account (a complete draft from
 * bench/seed.sh) and, with its own cookies: signs in, opens the form, autosaves two answers by
 * ajax, goes to the next step three times, jumps to the consent step, uploads the consent PDF,
 * goes to the review step and submits; then the next account.
 */
public class ApplicantFlowSimulation extends Simulation {

    static final int USERS = Integer.getInteger("bench.users", 50);
    static final int ROUNDS = Integer.getInteger("bench.rounds", 2);
    static final Duration WARMUP = Duration.ofSeconds(Integer.getInteger("bench.warmup", 60));
    static final Duration PHASE = Duration.ofSeconds(Integer.getInteger("bench.phase", 30));

    HttpProtocolBuilder protocol = http.baseUrl(System.getProperty("bench.url", "http://localhost:18580"))
            .disableFollowRedirect().acceptHeader("text/html,application/xhtml+xml,application/xml").acceptLanguageHeader("ja")
            .userAgentHeader("banso-bench");

    static final String NONCE = "nonce=\"([^\"]+)\"";
    static final String PARTIAL_VS = "ViewState:0\"><!\\[CDATA\\[([^\\]]+)\\]\\]>";

    static ChainBuilder trivial(String phase) {
        return Phases.start(phase).exec(Phases.req(phase, "ping", http("ping").get("/ping.xhtml").check(status().is(200))));
    }

    static ChainBuilder ajax(String phase, String name, String source, String execute, String render, String event, String field,
                             String value) {
        return ajax(phase, name, source, execute, render, event, field, value, Map.of());
    }

    /** Step 2's answers (radio buttons: a browser always posts them with the form, and a missing one means "no answer"). */
    static final Map<String, String> STEP2 = Map.of("form:placementBusiness", "false", "form:ownWebsite", "true",
            "form:overseasSubsidiaryOnly", "false", "form:regularFullTime", "true", "form:employedGraduatesBefore", "true",
            "form:employedByApplicant", "true", "form:globalSouthInterest", "true", "form:financialBaseSufficient", "true",
            "form:sameCompanySupported", "true");
    static final Map<String, String> STEP4 = Map.of("form:resultCategory", "BUSINESS_GROWTH");

    static ChainBuilder ajax(String phase, String name, String source, String execute, String render, String event, String field,
                             String value, Map<String, String> extra) {
        var r = http(name).post("/applicant/application.xhtml").header("Faces-Request", "partial/ajax")
                .formParam("jakarta.faces.partial.ajax", "true").formParam("jakarta.faces.source", source)
                .formParam("jakarta.faces.partial.execute", execute).formParam("jakarta.faces.partial.render", render);
        if (event != null) {
            r = r.formParam("jakarta.faces.behavior.event", event).formParam("jakarta.faces.partial.event", event);
        } else {
            r = r.formParam(source, source);
        }
        r = r.formParam("form", "form");
        if (field != null) {
            r = r.formParam(field, value);
        }
        for (var e : extra.entrySet()) {
            r = r.formParam(e.getKey(), e.getValue()); // what the browser posts with the form (radio answers)
        }
        r = r.formParam("primefaces.nonce", "#{nonce}").formParam("jakarta.faces.ViewState", "#{vs}")
                .check(status().is(200), substring("<partial-response"), substring("<error").notExists(),
                        regex(PARTIAL_VS).optional().saveAs("vs"));
        return Phases.req(phase, name, r);
    }

    static final String COOKIE = System.getProperty("bench.cookie", "JSESSIONID");

    /** Signed-in applicants (session cookie, company name), one per virtual user, made before the measured phases. */
    static final List<String[]> SESSIONS = Collections.synchronizedList(new ArrayList<>());

    /** Sign-in (measured as its own phase: PBKDF2 with 600,000 iterations is most of its cost). */
    static ScenarioBuilder signInPhase() {
        return scenario("sign-in").exec(Phases.start("sign-in")).feed(csv(System.getProperty("bench.accounts", "accounts.csv")).queue())
                .group("steps").on(
                        Phases.req("sign-in", "sign-in page", http("sign-in page").get("/signin.xhtml")
                                .check(status().is(200), css("input[name='jakarta.faces.ViewState']", "value").saveAs("vs"))),
                        Phases.req("sign-in", "sign-in", http("sign-in").post("/signin.xhtml").formParam("signin", "signin").formParam("continue", "")
                                .formParam("signin:email", "#{email}").formParam("signin:password", "Banso-demo-2026")
                                .formParam("signin:submit", "").formParam("jakarta.faces.ViewState", "#{vs}").check(status().is(302))),
                        exec(getCookieValue(CookieKey(COOKIE).saveAs("sid"))).exec(s -> {
                            SESSIONS.add(new String[] {s.getString("sid"), s.getString("company")});
                            return s;
                        }));
    }

    /** Takes over one of the signed-in sessions (the same applicant in each phase: phases never overlap). */
    static ChainBuilder resume() {
        return exec(s -> {
            String[] session = SESSIONS.get((int) ((s.userId() - 1) % SESSIONS.size()));
            return s.set("sid", session[0]).set("company", session[1]);
        }).exec(addCookie(Cookie(COOKIE, "#{sid}")));
    }

    static ChainBuilder openForm(String phase) {
        return Phases.req(phase, "open form", http("open form").get("/applicant/application.xhtml")
                .check(status().is(200), substring("form:steps:5:step"), regex(NONCE).saveAs("nonce"),
                        css("input[name='jakarta.faces.ViewState']", "value").saveAs("vs")));
    }

    /**
     * Goes to a step by the step navigation. Only the link is processed (as CrashDriver does): the
     * browser would post every field of the current step with it, and a field missing from the
     * post would be taken as emptied.
     */
    static ChainBuilder step(String phase, int n) {
        String link = "form:steps:" + (n - 1) + ":step";
        return ajax(phase, "step " + n, link, link, "form", null, null, null);
    }

    /** Numbers the rounds of all users, so that each round's typed answers differ from the stored ones. */
    static final AtomicLong ROUND = new AtomicLong();

    /**
     * The form as an applicant fills it: open, autosave by ajax, next steps, consent upload, review,
     * back to step 1. The two typed answers change in every round, as a person's typing does (a
     * save that changes nothing writes nothing); the radio answer is the one the draft has.
     */
    static ChainBuilder formRound(String phase) {
        return group("steps").on(
                exec(s -> {
                    long n = ROUND.incrementAndGet();
                    return s.set("name", s.getString("company") + "（" + n + "）").set("round", n);
                }),
                openForm(phase),
                ajax(phase, "autosave", "form:legalNameJa", "form:legalNameJa", "form:saved", "change", "form:legalNameJa",
                        "#{name}"),
                ajax(phase, "autosave", "form:address", "form:address", "form:saved", "change", "form:address",
                        "港区赤坂1-12-32 アーク森ビル #{round}"),
                step(phase, 2),
                ajax(phase, "autosave", "form:ownWebsite", "form:ownWebsite", "form:saved", "change", "form:ownWebsite", "true"),
                step(phase, 3),
                step(phase, 4),
                step(phase, 6),
                Phases.req(phase, "consent upload", http("consent upload").post("/applicant/application.xhtml").header("Faces-Request", "partial/ajax")
                        .asMultipartForm()
                        .formParam("jakarta.faces.partial.ajax", "true").formParam("jakarta.faces.source", "form:consentFile")
                        .formParam("jakarta.faces.partial.execute", "form:consentFile")
                        .formParam("jakarta.faces.partial.render", "form:consentState form:consentFileMessage messages")
                        .formParam("form", "form").formParam("primefaces.nonce", "#{nonce}")
                        .formParam("jakarta.faces.ViewState", "#{vs}").formParam("form:consentFile_totalFilesCount", "1")
                        .bodyPart(RawFileBodyPart("form:consentFile", "consent.pdf").fileName("consent.pdf").contentType("application/pdf"))
                        .check(status().is(200), substring("consent.pdf"))),
                ajax(phase, "step 7", "form:steps:6:step", "form:steps:6:step", "form", null, null, null),
                ajax(phase, "step 1", "form:steps:0:step", "form:steps:0:step", "form", null, null, null));
    }

    /** The end of the journey: from the review step, submit (once per applicant). */
    static ChainBuilder submit(String phase) {
        return group("steps").on(
                openForm(phase),
                ajax(phase, "step 7", "form:steps:6:step", "form:steps:6:step", "form", null, null, null),
                Phases.req(phase, "submit", http("submit").post("/applicant/application.xhtml").formParam("form", "form")
                        .formParam("form:submit", "").formParam("primefaces.nonce", "#{nonce}")
                        .formParam("jakarta.faces.ViewState", "#{vs}")
                        .check(status().is(302), header("Location").find().transform(l -> l.contains("/applicant/status.xhtml")).is(true))));
    }

    static ScenarioBuilder trivialPhase(String phase, Duration d) {
        return scenario(phase).exec(Phases.start(phase)).during(d, false).on(trivial(phase));
    }

    static ScenarioBuilder flowPhase(String phase, Duration d) {
        return scenario(phase).exec(resume()).exec(Phases.start(phase)).during(d, false).on(formRound(phase));
    }

    static ScenarioBuilder submitPhase() {
        return scenario("submit").exec(resume()).exec(Phases.start("submit")).exec(submit("submit"));
    }

    {
        Duration half = WARMUP.dividedBy(2);
        PopulationBuilder tail = submitPhase().injectOpen(atOnceUsers(USERS));
        for (int r = ROUNDS; r >= 1; r--) {
            PopulationBuilder flow = flowPhase("flow-" + r, PHASE).injectOpen(atOnceUsers(USERS));
            if (tail != null) {
                flow = flow.andThen(tail);
            }
            tail = trivialPhase("trivial-" + r, PHASE).injectOpen(atOnceUsers(USERS)).andThen(flow);
        }
        setUp(signInPhase().injectOpen(atOnceUsers(USERS)).andThen(flowPhase("warmup-flow", half).injectOpen(atOnceUsers(USERS))
                .andThen(trivialPhase("warmup-trivial", half).injectOpen(atOnceUsers(USERS)).andThen(tail))))
                .protocols(protocol);
    }

    @Override
    public void after() {
        Phases.print("applicant form flow (signed in), " + USERS + " concurrent users", "flow", ROUNDS);
    }
}
