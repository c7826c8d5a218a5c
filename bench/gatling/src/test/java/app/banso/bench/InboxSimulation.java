package app.banso.bench;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Staff inbox over the seeded 100,000 applications against the trivial page and the issue's
 * in-memory 25-row table page, interleaved as in {@link ApplicantFlowSimulation} (each round:
 * trivial, table, inbox). Each user signs in once as a screener (own session) before
 * its phase is measured, then loops: first page (GET), a filter (prefecture), the filter cleared,
 * a sort (company name), page 2,000 (rows 49,976-50,000). The table remembers its page for the
 * session, so from the second loop on the GET opens on page 2,000 again, as a screener coming back
 * finds it; a filter and the sort start from the first page.
 */
public class InboxSimulation extends Simulation {

    static final int USERS = Integer.getInteger("bench.users", 50);
    static final int ROUNDS = Integer.getInteger("bench.rounds", 2);
    static final Duration WARMUP = Duration.ofSeconds(Integer.getInteger("bench.warmup", 60));
    static final Duration PHASE = Duration.ofSeconds(Integer.getInteger("bench.phase", 30));

    HttpProtocolBuilder protocol = http.baseUrl(System.getProperty("bench.url", "http://localhost:18580"))
            .disableFollowRedirect().acceptLanguageHeader("ja").userAgentHeader("banso-bench");

    static final String COOKIE = System.getProperty("bench.cookie", "JSESSIONID");
    static final String PARTIAL_VS = "ViewState:0\"><!\\[CDATA\\[([^\\]]+)\\]\\]>";

    static HttpRequestActionBuilder ajax(String name, String source, String execute, String render) {
        return http(name).post("/staff/inbox.xhtml").header("Faces-Request", "partial/ajax")
                .formParam("jakarta.faces.partial.ajax", "true").formParam("jakarta.faces.source", source)
                .formParam("jakarta.faces.partial.execute", execute).formParam("jakarta.faces.partial.render", render)
                .formParam("inbox", "inbox").formParam("primefaces.nonce", "#{nonce}").formParam("jakarta.faces.ViewState", "#{vs}");
    }

    static HttpRequestActionBuilder checked(HttpRequestActionBuilder r) {
        return r.check(status().is(200), substring("<partial-response"), substring("<error").notExists(),
                regex(PARTIAL_VS).optional().saveAs("vs"));
    }

    static ChainBuilder signIn() {
        return exec(http("sign-in page").get("/signin.xhtml").check(css("input[name='jakarta.faces.ViewState']", "value").saveAs("vs")))
                .exec(http("sign-in").post("/signin.xhtml").formParam("signin", "signin").formParam("continue", "")
                        .formParam("signin:email", s -> String.format("screener-%02d@example.jp", 1 + (s.userId() - 1) % 50)).formParam("signin:password", "Banso-demo-2026")
                        .formParam("signin:submit", "").formParam("jakarta.faces.ViewState", "#{vs}").check(status().is(302)));
    }

    static ChainBuilder loop(String phase) {
        return group("steps").on(
                Phases.req(phase, "inbox first page", http("inbox first page").get("/staff/inbox.xhtml").check(status().is(200),
                        regex("nonce=\"([^\"]+)\"").saveAs("nonce"), css("input[name='jakarta.faces.ViewState']", "value").saveAs("vs"),
                        regex("<th id=\"(inbox:table:j_id[^\"]+)\" class=\"[^\"]*ui-sortable-column").find(0).optional().saveAs("sortCol"))),
                Phases.req(phase, "inbox filter", checked(ajax("inbox filter", "inbox:apply", "inbox", "inbox:table")
                        .formParam("inbox:apply", "inbox:apply").formParam("inbox:prefecture_input", "OSAKA")
                        .formParam("inbox:text", ""))),
                Phases.req(phase, "inbox filter cleared", checked(ajax("inbox filter cleared", "inbox:apply", "inbox", "inbox:table")
                        .formParam("inbox:apply", "inbox:apply").formParam("inbox:prefecture_input", "").formParam("inbox:text", ""))),
                Phases.req(phase, "inbox sort", checked(ajax("inbox sort", "inbox:table", "inbox:table", "inbox:table")
                        .formParam("jakarta.faces.behavior.event", "sort").formParam("jakarta.faces.partial.event", "sort")
                        .formParam("inbox:table_sorting", "true").formParam("inbox:table_skipChildren", "true")
                        .formParam("inbox:table_encodeFeature", "true").formParam("inbox:table_sortKey", "#{sortCol}")
                        .formParam("inbox:table_sortDir", "1"))),
                Phases.req(phase, "inbox page 2000", checked(ajax("inbox page 2000", "inbox:table", "inbox:table", "inbox:table")
                        .formParam("jakarta.faces.behavior.event", "page").formParam("jakarta.faces.partial.event", "page")
                        .formParam("inbox:table_pagination", "true").formParam("inbox:table_first", "49975")
                        .formParam("inbox:table_rows", "25").formParam("inbox:table_skipChildren", "true")
                        .formParam("inbox:table_encodeFeature", "true"))));
    }

    static ScenarioBuilder trivialPhase(String phase, Duration d) {
        return scenario(phase).exec(Phases.start(phase)).during(d, false).on(ApplicantFlowSimulation.trivial(phase));
    }

    /** Session ids of screeners signed in once before the measured phases (sign-in is not what this measures). */
    static final List<String> SESSIONS = Collections.synchronizedList(new ArrayList<>());

    static ScenarioBuilder signInPhase() {
        return scenario("sign-ins").exec(signIn()).exec(getCookieValue(CookieKey(COOKIE).saveAs("sid"))).exec(s -> {
            SESSIONS.add(s.getString("sid"));
            return s;
        });
    }

    static ScenarioBuilder inboxPhase(String phase, Duration d) {
        return scenario(phase).exec(resume()).exec(Phases.start(phase)).during(d, false).on(loop(phase));
    }

    /** Takes over one of the screeners' sessions. */
    static ChainBuilder resume() {
        return exec(s -> s.set("sid", SESSIONS.get((int) (s.userId() % SESSIONS.size())))).exec(addCookie(Cookie(COOKIE, "#{sid}")));
    }

    /**
     * The anchor, "a PrimeFaces page with an in-memory 25-row p:dataTable in a form"
     * (/ping-table.xhtml), opened by the same screeners with the same sessions as the inbox: its
     * page state goes to the same session, which the node copies to the store after each request
     * as it does the inbox's. The inbox's goal (0.2 of the trivial page) reads "as fast as an
     * in-memory table"; this measures that table on this machine, in the same run.
     */
    static ScenarioBuilder tablePhase(String phase, Duration d) {
        return scenario(phase).exec(resume()).exec(Phases.start(phase)).during(d, false)
                .on(Phases.req(phase, "table", http("table").get("/ping-table.xhtml").check(status().is(200), substring("R-0025"))));
    }

    {
        PopulationBuilder tail = null;
        for (int r = ROUNDS; r >= 1; r--) {
            PopulationBuilder inbox = inboxPhase("inbox-" + r, PHASE).injectOpen(atOnceUsers(USERS));
            if (tail != null) {
                inbox = inbox.andThen(tail);
            }
            PopulationBuilder table = tablePhase("table-" + r, PHASE).injectOpen(atOnceUsers(USERS)).andThen(inbox);
            tail = trivialPhase("trivial-" + r, PHASE).injectOpen(atOnceUsers(USERS)).andThen(table);
        }
        Duration third = WARMUP.dividedBy(3);
        setUp(signInPhase().injectOpen(atOnceUsers(USERS)).andThen(inboxPhase("warmup-inbox", third).injectOpen(atOnceUsers(USERS))
                .andThen(tablePhase("warmup-table", third).injectOpen(atOnceUsers(USERS))
                        .andThen(trivialPhase("warmup-trivial", third).injectOpen(atOnceUsers(USERS)).andThen(tail)))))
                .protocols(protocol);
    }

    @Override
    public void after() {
        Phases.print("staff inbox over 100,000 applications, " + USERS + " concurrent users", "inbox", ROUNDS);
        Phases.summary("in-memory 25-row table page (/ping-table.xhtml), " + USERS + " concurrent users", "table", "trivial", "trivial page",
                ROUNDS);
        Phases.summary("staff inbox against the in-memory table, " + USERS + " concurrent users", "inbox", "table", "table page", ROUNDS);
    }
}
