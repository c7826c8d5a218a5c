import java.net.CookieHandler;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The capacity race (issue 8, bench/capacity-race.sh): N applicants, each signed in with its
 * own session and standing on the review step of a complete draft, press "submit" at the same
 * moment. Prints how many the server acknowledged (redirect to the status page); the script
 * then counts in the database. Arguments: base URL, accounts file (one e-mail a line), preparing
 * threads. No dependencies: run with {@code java CapacityRace.java}.
 */
public final class CapacityRace {

    static final Pattern VS = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
    static final Pattern PARTIAL_VS = Pattern.compile("ViewState:0\"><!\\[CDATA\\[([^\\]]+)\\]\\]>");

    record Ready(HttpClient client, String nonce, String viewState, String email) { }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        List<String> emails = Files.readAllLines(Path.of(args[1])).stream().filter(s -> !s.isBlank()).toList();
        int threads = Integer.parseInt(args[2]);
        long t0 = System.nanoTime();
        List<Ready> ready = new ArrayList<>();
        AtomicInteger failed = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<Ready>> fs = new ArrayList<>();
            for (String e : emails) {
                fs.add(pool.submit(() -> prepare(base, e)));
            }
            for (Future<Ready> f : fs) {
                try {
                    ready.add(f.get());
                } catch (Exception ex) {
                    if (failed.incrementAndGet() <= 3) {
                        System.out.println("race: preparing failed: " + ex.getCause());
                    }
                }
            }
        }
        System.out.printf("race: %d applicants signed in and on the review step (%d failed) in %d s%n", ready.size(), failed.get(),
                (System.nanoTime() - t0) / 1_000_000_000L);
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long t1;
        try (ExecutorService all = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Ready r : ready) {
                all.submit(() -> {
                    go.await();
                    try {
                        HttpResponse<String> res = r.client.send(post(base + "/applicant/application.xhtml", Map.of(
                                "form", "form", "form:submit", "", "primefaces.nonce", r.nonce, "jakarta.faces.ViewState", r.viewState)),
                                HttpResponse.BodyHandlers.ofString());
                        if (res.statusCode() == 302 && res.headers().firstValue("Location").orElse("").contains("/applicant/status.xhtml")) {
                            acknowledged.incrementAndGet();
                        } else if (res.statusCode() == 200) {
                            refused.incrementAndGet(); // the form again, with the message (APPLY-4 full)
                        } else if (errors.incrementAndGet() <= 3) {
                            System.out.println("race: submission answered HTTP " + res.statusCode() + ": "
                                    + res.body().substring(0, Math.min(300, res.body().length())));
                        }
                    } catch (Exception ex) {
                        if (errors.incrementAndGet() <= 3) {
                            System.out.println("race: submission failed: " + ex);
                        }
                    }
                    return null;
                });
            }
            t1 = System.nanoTime();
            go.countDown();
        }
        System.out.printf("race: %d simultaneous submissions: %d acknowledged, %d refused with the form, %d errors, in %d ms%n",
                ready.size(), acknowledged.get(), refused.get(), errors.get(), (System.nanoTime() - t1) / 1_000_000L);
    }

    static Ready prepare(String base, String email) throws Exception {
        HttpClient c = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new PlainCookies()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(30)).build();
        String page = c.send(HttpRequest.newBuilder(URI.create(base + "/signin.xhtml")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Map<String, String> signIn = new LinkedHashMap<>();
        signIn.put("signin", "signin");
        signIn.put("continue", "");
        signIn.put("signin:email", email);
        signIn.put("signin:password", "Banso-demo-2026");
        signIn.put("signin:submit", "");
        signIn.put("jakarta.faces.ViewState", find(VS, page));
        HttpResponse<String> s = c.send(post(base + "/signin.xhtml", signIn), HttpResponse.BodyHandlers.ofString());
        if (s.statusCode() != 302) {
            throw new IllegalStateException("sign-in " + email + ": HTTP " + s.statusCode());
        }
        String form = c.send(HttpRequest.newBuilder(URI.create(base + "/applicant/application.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String nonce = find(NONCE, form);
        String vs = find(VS, form);
        Map<String, String> go = new LinkedHashMap<>();
        go.put("jakarta.faces.partial.ajax", "true");
        go.put("jakarta.faces.source", "form:steps:6:step");
        go.put("jakarta.faces.partial.execute", "form:steps:6:step");
        go.put("jakarta.faces.partial.render", "form");
        go.put("form", "form");
        go.put("form:steps:6:step", "form:steps:6:step");
        go.put("primefaces.nonce", nonce);
        go.put("jakarta.faces.ViewState", vs);
        HttpResponse<String> r = c.send(post(base + "/applicant/application.xhtml", go), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200 || !r.body().contains("form:submit")) {
            throw new IllegalStateException("review step " + email + ": HTTP " + r.statusCode());
        }
        Matcher m = PARTIAL_VS.matcher(r.body());
        return new Ready(c, nonce, m.find() ? m.group(1) : vs, email);
    }

    /**
     * Cookies sent back exactly as the server set them. The JDK's {@code CookieManager} sends
     * Payara's session-version cookie quoted ({@code JSESSIONIDVERSION="2f:0"}), which Payara cannot
     * parse ("Odd number of hexadecimal digits"): the sign-in then answered an empty HTTP 200.
     */
    static final class PlainCookies extends CookieHandler {
        private final Map<String, String> cookies = new ConcurrentHashMap<>();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
            return cookies.isEmpty() ? Map.of() : Map.of("Cookie", List.of(cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "))));
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) {
            responseHeaders.forEach((name, values) -> {
                if ("Set-Cookie".equalsIgnoreCase(name)) {
                    for (String value : values) {
                        String pair = value.split(";", 2)[0];
                        int eq = pair.indexOf('=');
                        if (eq > 0) {
                            cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
                        }
                    }
                }
            });
        }
    }

    static HttpRequest post(String url, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(300))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    static String find(Pattern p, String text) {
        Matcher m = p.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("not found: " + p);
        }
        return m.group(1);
    }
}
