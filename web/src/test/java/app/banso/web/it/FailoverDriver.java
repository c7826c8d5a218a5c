package app.banso.web.it;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The client side of {@code bench/cluster-failover.sh}: an applicant in the middle of the form,
 * over plain HTTP through the load balancer ({@code -Dit.http.port}), as the browser sends it.
 *
 * <ul>
 *   <li>{@code autosave <state-file>}: signs in, opens the application form, autosaves the
 *       Japanese company name as its change event does, and writes the session cookie, CSP nonce,
 *       view state, the saved value and the node that served the autosave (the balancer's
 *       {@code X-Banso-Node} header) to the state file.</li>
 *   <li>{@code ended-sessions <port-1> <port-2>}: signs the demo coordinator in on the second
 *       node directly, then changes their password on the first; the second node's session must be
 *       ended (its next page sent to the sign-in page with the reason) within the nodes' check
 *       period, while the session that changed it goes on.</li>
 *   <li>{@code continue <state-file>}: after that node was killed, sends the applicant's next
 *       request (the step change to step 2) with the same cookie and view state, then goes back to
 *       step 1; checks that both are answered in the same session (no new session cookie, no
 *       redirect to sign-in, no expired-view or error page), by the other node, and that step 1
 *       shows the autosaved value.</li>
 * </ul>
 * Every cookie is kept as a browser would (the session cookie, Payara's session version cookie and
 * the balancer's stickiness prefix). Prints one line of figures; exits with 1 on any failure.
 */
public final class FailoverDriver {

    private static final String PASSWORD = "Banso-demo-2026";

    private FailoverDriver() {
    }

    public static void main(String[] args) throws Exception {
        try {
            switch (args[0]) {
                case "autosave" -> autosave(args.length > 2 ? args[2] : "applicant@example.jp", Path.of(args[1]));
                case "continue" -> resume(Path.of(args[1]));
                case "ended-sessions" -> endedSessions(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
                default -> throw new IllegalArgumentException("autosave|continue <state-file>, or ended-sessions <port-1> <port-2>");
            }
        } catch (Exception | AssertionError e) {
            System.out.println("driver: FAIL " + e.getMessage());
            System.exit(1);
        }
    }

    /** Signs in with the sign-in form; fails unless redirected away from it. */
    private static void signIn(Client c, String email, String password) throws Exception {
        HttpResponse<String> signedIn = c.post("/signin.xhtml", WebClient.signInForm(c.get("/signin.xhtml").body(), email, password, ""));
        check(signedIn.statusCode() == 302 && !signedIn.headers().firstValue("Location").orElse("").contains("signin"),
                "sign-in as " + email + ": HTTP " + signedIn.statusCode());
    }

    static void endedSessions(int port1, int port2) throws Exception {
        String email = "coordinator@example.jp";
        String page = "/staff/index.xhtml";
        Client onNode2 = new Client(new LinkedHashMap<>(), "http://127.0.0.1:" + port2);
        signIn(onNode2, email, PASSWORD);
        check(onNode2.get(page).statusCode() == 200, "the coordinator's page on node 2");
        Client onNode1 = new Client(new LinkedHashMap<>(), "http://127.0.0.1:" + port1);
        signIn(onNode1, email, PASSWORD);
        String html = onNode1.get("/account/password.xhtml").body();
        Map<String, String> change = new LinkedHashMap<>();
        change.put("changePassword", "changePassword");
        change.put("changePassword:current", PASSWORD);
        String newPassword = "cluster check passphrase " + System.currentTimeMillis();
        change.put("changePassword:password", newPassword);
        change.put("changePassword:passwordRepeat", newPassword);
        change.put("changePassword:submit", "");
        change.put("primefaces.nonce", WebClient.nonce(html));
        change.put("jakarta.faces.ViewState", WebClient.viewState(html));
        HttpResponse<String> changed = onNode1.post("/account/password.xhtml", change);
        check(changed.statusCode() == 200 && changed.body().contains("id=\"changed\""), "the password change on node 1: HTTP " + changed.statusCode());
        long t0 = System.nanoTime();
        HttpResponse<String> r;
        do {
            Thread.sleep(250);
            r = onNode2.get(page);
            check(System.nanoTime() - t0 < 60_000_000_000L, "the session on node 2 was not ended within 60 s");
        } while (r.statusCode() == 200);
        long endedMs = (System.nanoTime() - t0) / 1_000_000;
        String location = r.headers().firstValue("Location").orElse("");
        check(r.statusCode() == 302 && location.contains("/signin.xhtml?ended=account"), "node 2 answered HTTP " + r.statusCode() + " " + location);
        check(onNode1.get(page).statusCode() == 200, "the session that changed the password was signed out on node 1");
        System.out.println("driver: password changed on node 1; the same account's session on node 2 was sent to sign in after "
                + endedMs + " ms (" + location + "); the changing session on node 1 goes on");
    }

    static void autosave(String email, Path state) throws Exception {
        Client c = new Client(new LinkedHashMap<>());
        signIn(c, email, PASSWORD);
        HttpResponse<String> formPage = c.get("/applicant/application.xhtml");
        check(formPage.statusCode() == 200 && formPage.body().contains("id=\"form:legalNameJa\""),
                "the application form: HTTP " + formPage.statusCode());
        String html = formPage.body();
        String nonce = WebClient.nonce(html);
        String viewState = WebClient.viewState(html);
        List<String> live = WebClient.liveIds(html);
        String value = "フェイルオーバー株式会社" + System.currentTimeMillis() % 100_000;
        Map<String, String> post = WebClient.ajax("form:legalNameJa", "form:legalNameJa", String.join(" ", live), nonce, viewState);
        post.put("jakarta.faces.behavior.event", "change");
        post.put("jakarta.faces.partial.event", "change");
        post.put("form", "form");
        post.put("form:legalNameJa", value);
        HttpResponse<String> saved = c.post("/applicant/application.xhtml", post);
        check(saved.statusCode() == 200 && saved.body().contains("<partial-response") && !saved.body().contains("<redirect"),
                "autosave: HTTP " + saved.statusCode());
        viewState = WebClient.partialViewState(saved.body(), viewState);
        String node = saved.headers().firstValue("X-Banso-Node").orElseThrow(() -> new AssertionError("no X-Banso-Node header"));
        Properties p = new Properties();
        check(c.cookies.containsKey("JSESSIONID"), "no session cookie");
        c.cookies.forEach((name, v) -> p.setProperty("cookie." + name, v));
        p.setProperty("nonce", nonce);
        p.setProperty("viewState", viewState);
        p.setProperty("value", value);
        p.setProperty("node", node);
        try (var out = Files.newBufferedWriter(state, StandardCharsets.UTF_8)) {
            p.store(out, "failover driver state");
        }
        Files.writeString(Path.of(state + ".value"), value, StandardCharsets.UTF_8); // for the script's SQL check
        System.out.println("driver: signed in as " + email + ", autosaved the company name on node " + node);
    }

    static void resume(Path state) throws Exception {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(state, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        Map<String, String> jar = new LinkedHashMap<>();
        p.stringPropertyNames().stream().filter(k -> k.startsWith("cookie.")).forEach(k -> jar.put(k.substring(7), p.getProperty(k)));
        Client c = new Client(jar);
        String session = jar.get("JSESSIONID");
        String killed = p.getProperty("node");
        long t0 = System.nanoTime();
        HttpResponse<String> step2 = step(c, 2, p.getProperty("nonce"), p.getProperty("viewState"));
        long firstMs = (System.nanoTime() - t0) / 1_000_000;
        String node = step2.headers().firstValue("X-Banso-Node").orElse("?");
        check(!node.equals(killed), "the step change was answered by the killed node " + killed);
        check(step2.body().contains("id=\"form:step2\""),
                "the step change did not render the form: " + abbreviate(step2.body()));
        String viewState = WebClient.partialViewState(step2.body(), p.getProperty("viewState"));
        HttpResponse<String> step1 = step(c, 1, p.getProperty("nonce"), viewState);
        check(step1.body().contains(p.getProperty("value")), "step 1 does not show the autosaved value " + p.getProperty("value"));
        check(session.equals(c.cookies.get("JSESSIONID")), "the session cookie changed: " + session + " -> " + c.cookies.get("JSESSIONID"));
        System.out.println("driver: node " + killed + " killed; the step change was answered by node " + node + " in " + firstMs
                + " ms, same session, view state accepted; step 1 shows the autosaved value");
    }

    /** The step change as the step link sends it; fails on anything but a partial response of the same view. */
    private static HttpResponse<String> step(Client c, int step, String nonce, String viewState) throws Exception {
        String link = "form:steps:" + (step - 1) + ":step";
        Map<String, String> go = new LinkedHashMap<>(WebClient.ajax(link, link, "form", nonce, viewState));
        go.put("form", "form");
        go.put(link, link);
        HttpResponse<String> r = c.post("/applicant/application.xhtml", go);
        String body = r.body();
        check(r.statusCode() == 200, "step " + step + ": HTTP " + r.statusCode() + " " + r.headers().firstValue("Location").orElse(""));
        check(body.contains("<partial-response"), "step " + step + ": not a partial response: " + abbreviate(body));
        check(!body.contains("<redirect"), "step " + step + ": redirected (signed out or expired view): " + abbreviate(body));
        check(!body.contains("<error>") && !body.contains("/error/"), "step " + step + ": an error: " + abbreviate(body));
        return r;
    }

    /** Plain HTTP as a browser sends it through the balancer: every cookie kept, no redirects followed. */
    private static final class Client {
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        final Map<String, String> cookies;
        /** A node's own address, or null for the balancer's ({@code -Dit.http.port}). */
        private final String base;

        Client(Map<String, String> cookies) {
            this(cookies, null);
        }

        Client(Map<String, String> cookies, String base) {
            this.cookies = cookies;
            this.base = base;
        }

        HttpResponse<String> get(String path) throws Exception {
            return send(request(path).GET());
        }

        HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
            String body = fields.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base == null ? WebClient.url(path) : base + path)).timeout(Duration.ofSeconds(30))
                    .header("Accept-Language", "ja");
            if (!cookies.isEmpty()) {
                b.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
            }
            return b;
        }

        private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            for (String c : r.headers().allValues("Set-Cookie")) {
                String pair = c.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
                }
            }
            return r;
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }

    private static void check(boolean ok, String failure) {
        if (!ok) {
            throw new AssertionError(failure);
        }
    }
}
