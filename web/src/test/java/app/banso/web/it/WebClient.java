package app.banso.web.it;

import java.io.ByteArrayOutputStream;
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
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Plain HTTP as an attacker sends it: one session cookie that it keeps or replaces at will, no
 * redirects followed, Faces forms posted by hand with the view state taken from the page. It has
 * no dependencies beyond the JDK, so in-container tests can use it too.
 */
final class WebClient {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    private static final Pattern LIVE_IDS = Pattern.compile("<[a-z]+ id=\"([^\"]+)\"[^>]*class=\"[^\"]*\\bbanso-live\\b");

    private static final Pattern PARTIAL_VIEW_STATE = Pattern.compile("ViewState:0\"><!\\[CDATA\\[([^\\]]+)\\]\\]>");

    private static final Pattern SESSION_COOKIE = Pattern.compile("^JSESSIONID=([^;]*)");

    private static final Pattern LANGUAGE_COOKIE = Pattern.compile("^banso-lang=([^;]*)");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private String sessionId;

    /** The screen language chosen by the header's language links (the server's cookie), sent back as a browser would. */
    private String language;

    /**
     * The server's address: {@code -Dit.http.port} on the test client; inside the container (where
     * that property is not set) the server's own public address, so that in-container tests reach
     * the server on whatever port it runs.
     */
    static String url(String path) {
        String port = System.getProperty("it.http.port");
        String publicUrl = System.getProperty("banso.public.url");
        if (port == null && publicUrl != null) {
            return publicUrl.replaceAll("/+$", "") + path;
        }
        return "http://localhost:" + (port == null ? "18080" : port) + path;
    }

    /**
     * A multipart POST as PrimeFaces' file upload sends it: the fields, then one file part.
     */
    HttpResponse<String> postMultipart(String path, Map<String, String> fields, String fileField, String fileName,
                                       byte[] content) throws Exception {
        String boundary = "----banso" + System.nanoTime();
        var body = new ByteArrayOutputStream();
        for (var e : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n\r\n"
                    + e.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Faces-Request", "partial/ajax").POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    HttpResponse<String> get(String path) throws Exception {
        return send(request(path).GET());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).header("Accept-Language", "ja");
        List<String> cookies = new ArrayList<>();
        if (sessionId != null) {
            cookies.add("JSESSIONID=" + sessionId);
        }
        if (language != null) {
            cookies.add("banso-lang=" + language);
        }
        return cookies.isEmpty() ? b : b.header("Cookie", String.join("; ", cookies));
    }

    private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return send(b, HttpResponse.BodyHandlers.ofString());
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder b, HttpResponse.BodyHandler<T> handler) throws Exception {
        HttpResponse<T> r = http.send(b.build(), handler);
        for (String c : r.headers().allValues("Set-Cookie")) {
            Matcher m = SESSION_COOKIE.matcher(c);
            if (m.find()) {
                sessionId = m.group(1).isEmpty() ? null : m.group(1);
            }
            Matcher l = LANGUAGE_COOKIE.matcher(c);
            if (l.find()) {
                language = l.group(1);
            }
        }
        return r;
    }

    /** GET that follows redirects within the application (at most 5). */
    HttpResponse<String> open(String path) throws Exception {
        HttpResponse<String> r = get(path);
        for (int i = 0; i < 5 && r.statusCode() / 100 == 3; i++) {
            r = get(pathOf(r.headers().firstValue("Location").orElseThrow()));
        }
        return r;
    }

    HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A form POST whose answer is a file (a download): the body as bytes. */
    HttpResponse<byte[]> postForFile(String path, Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String viewState(String page) {
        Matcher m = VIEW_STATE.matcher(page);
        if (!m.find()) {
            throw new AssertionError("no view state on the page");
        }
        return m.group(1).replace("&#58;", ":").replace("&amp;", "&");
    }

    /** The ids of what a page marks banso-live: what an autosave renders again. */
    static List<String> liveIds(String page) {
        List<String> ids = new ArrayList<>();
        Matcher m = LIVE_IDS.matcher(page);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    /** The view state an ajax postback's partial response carries, or {@code otherwise} when it carries none. */
    static String partialViewState(String partialResponse, String otherwise) {
        Matcher m = PARTIAL_VIEW_STATE.matcher(partialResponse);
        return m.find() ? m.group(1) : otherwise;
    }

    /** The page's CSP nonce, which PrimeFaces' ajax postbacks send back. */
    static String nonce(String page) {
        Matcher n = NONCE.matcher(page);
        if (!n.find()) {
            throw new IllegalStateException("no nonce");
        }
        return n.group(1);
    }

    /**
     * The parameters of a Faces ajax postback as PrimeFaces sends it: source, what to execute and
     * render, the page's CSP nonce and view state; the caller adds the form's fields.
     */
    static Map<String, String> ajax(String source, String execute, String render, String nonce, String viewState) {
        Map<String, String> post = new LinkedHashMap<>();
        post.put("jakarta.faces.partial.ajax", "true");
        post.put("jakarta.faces.source", source);
        post.put("jakarta.faces.partial.execute", execute);
        post.put("jakarta.faces.partial.render", render);
        post.put("primefaces.nonce", nonce);
        post.put("jakarta.faces.ViewState", viewState);
        return post;
    }

    /**
     * The ajax post of a click on a sortable header of the inbox's table, as PrimeFaces sends it.
     * @param sortKey the header's client id; @param direction "1" ascending, "-1" descending
     */
    static Map<String, String> inboxSort(String sortKey, String direction, String nonce, String viewState) {
        Map<String, String> sort = ajax("inbox:table", "inbox:table", "inbox:table", nonce, viewState);
        sort.put("inbox", "inbox");
        sort.put("jakarta.faces.behavior.event", "sort");
        sort.put("jakarta.faces.partial.event", "sort");
        sort.put("inbox:table", "inbox:table");
        sort.put("inbox:table_sorting", "true");
        sort.put("inbox:table_skipChildren", "true");
        sort.put("inbox:table_encodeFeature", "true");
        sort.put("inbox:table_sortKey", sortKey);
        sort.put("inbox:table_sortDir", direction);
        return sort;
    }

    /** Posts the sign-in form. @return the response (a redirect on success) */
    HttpResponse<String> signIn(String email, String password, String continueTo) throws Exception {
        return post("/signin.xhtml", signInForm(get("/signin.xhtml").body(), email, password, continueTo));
    }

    /** The sign-in form's post for the sign-in page {@code page}, as a browser sends it. */
    static Map<String, String> signInForm(String page, String email, String password, String continueTo) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("signin", "signin");
        form.put("continue", continueTo);
        form.put("signin:email", email);
        form.put("signin:password", password);
        form.put("signin:submit", "");
        form.put("primefaces.nonce", nonce(page)); // a refused sign-in renders the page again, which checks it
        form.put("jakarta.faces.ViewState", viewState(page));
        return form;
    }

    /** Signs out with the header's button on the given page. */
    HttpResponse<String> signOut(String fromPath) throws Exception {
        String page = get(fromPath).body();
        return post(fromPath, Map.of("headerForm", "headerForm", "headerForm:signOut", "",
                "jakarta.faces.ViewState", viewState(page)));
    }

    Optional<String> sessionId() {
        return Optional.ofNullable(sessionId);
    }

    /** Replaces the session cookie, as an attacker who planted or stole it would. */
    void useSessionId(String id) {
        sessionId = id;
    }

    static String pathOf(String location) {
        URI u = URI.create(location);
        return u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    }
}
