package app.banso.web.it;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * The load side of {@code .ci/crash-test.sh}: N applicants ({@code draft-0001@example.jp}...,
 * each with a complete draft from the demo data) finish their application over plain HTTP, as
 * the browser would: sign in, open the form, go to step 6, upload the signed consent form, go
 * to step 7, submit. Any failure (the server was killed, a refused connection, an error page)
 * makes that applicant start over, until the deadline. A submission counts as acknowledged only
 * when the server answered the submit with its redirect to the status page; those are appended
 * to the acknowledgement file, which the script then checks against the database.
 *
 * <p>Arguments: count, concurrency, deadline in seconds, acknowledgement file. The server's port
 * is {@code -Dit.http.port}.
 */
public final class CrashDriver {

    private CrashDriver() {
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        int concurrency = Integer.parseInt(args[1]);
        long deadline = System.currentTimeMillis() + Long.parseLong(args[2]) * 1000;
        Path acks = Path.of(args[3]);
        byte[] pdf = onePagePdf();
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicInteger attempts = new AtomicInteger();
        AtomicInteger retries = new AtomicInteger();
        AtomicInteger alreadySubmitted = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> unfinished = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        for (int i = 1; i <= count; i++) {
            String email = String.format("draft-%04d@example.jp", i);
            pool.submit(() -> {
                while (System.currentTimeMillis() < deadline) {
                    attempts.incrementAndGet();
                    try {
                        Outcome o = finish(email, pdf);
                        if (o == Outcome.ACKNOWLEDGED) {
                            synchronized (CrashDriver.class) {
                                Files.writeString(acks, email + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                            }
                            acknowledged.incrementAndGet();
                        } else {
                            alreadySubmitted.incrementAndGet();
                        }
                        return null;
                    } catch (Exception | AssertionError e) { // WebClient asserts that pages carry a view state
                        retries.incrementAndGet();
                        if (failures.size() < 5) {
                            failures.add(email + ": " + e);
                        }
                        Thread.sleep(500);
                    }
                }
                unfinished.add(email);
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(Long.parseLong(args[2]) + 60, TimeUnit.SECONDS);
        System.out.printf("driver: %d applicants, %d acknowledged submissions, %d found submitted after a lost answer,"
                        + " %d attempts, %d restarts after a failure, %d unfinished%n",
                count, acknowledged.get(), alreadySubmitted.get(), attempts.get(), retries.get(), unfinished.size());
        failures.forEach(f -> System.out.println("driver: e.g. " + f));
        if (!unfinished.isEmpty()) {
            System.out.println("driver: unfinished " + unfinished);
            System.exit(2);
        }
    }

    enum Outcome { ACKNOWLEDGED, ALREADY_SUBMITTED }

    /** One applicant's whole remaining journey; throws on anything unexpected, to be started over. */
    static Outcome finish(String email, byte[] pdf) throws Exception {
        WebClient c = new WebClient();
        String page = c.get("/signin.xhtml").body();
        Map<String, String> signIn = new LinkedHashMap<>();
        signIn.put("signin", "signin");
        signIn.put("continue", "");
        signIn.put("signin:email", email);
        signIn.put("signin:password", "Banso-demo-2026");
        signIn.put("signin:submit", "");
        signIn.put("jakarta.faces.ViewState", WebClient.viewState(page));
        expect(c.post("/signin.xhtml", signIn), 302, "sign-in");

        String form = c.get("/applicant/application.xhtml").body();
        if (!form.contains("id=\"form:steps:5:step\"")) {
            throw new IllegalStateException("no form for " + email);
        }
        if (Pattern.compile("<input[^>]*id=\"form:legalNameJa\"[^>]*disabled=\"disabled\"").matcher(form).find()) {
            // Submitted before a crash swallowed the answer: read-only now; the status page must say so.
            String status = c.get("/applicant/status.xhtml").body();
            if (!status.contains("banso-status-complete")) {
                throw new IllegalStateException("read-only form but not complete");
            }
            return Outcome.ALREADY_SUBMITTED;
        }
        String nonce = WebClient.nonce(form);
        String viewState = WebClient.viewState(form);
        viewState = step(c, 6, nonce, viewState);
        HttpResponse<String> uploaded = upload(c, nonce, viewState, "consent.pdf", pdf);
        expect(uploaded, 200, "upload");
        if (!uploaded.body().contains("consent.pdf")) {
            throw new IllegalStateException("upload not acknowledged");
        }
        viewState = step(c, 7, nonce, viewState);
        Map<String, String> submit = new LinkedHashMap<>();
        submit.put("form", "form");
        submit.put("form:submit", "");
        submit.put("primefaces.nonce", nonce);
        submit.put("jakarta.faces.ViewState", viewState);
        HttpResponse<String> done = c.post("/applicant/application.xhtml", submit);
        expect(done, 302, "submit");
        if (!done.headers().firstValue("Location").orElse("").contains("/applicant/status.xhtml")) {
            throw new IllegalStateException("submit did not lead to the status page");
        }
        return Outcome.ACKNOWLEDGED;
    }

    /** Goes to a step of the application form by its step link (ajax). @return the view state to post next */
    static String step(WebClient c, int step, String nonce, String viewState) throws Exception {
        return WebClient.partialViewState(goToStep(c, step, nonce, viewState).body(), viewState);
    }

    /** Posts a step link of the application form (ajax) and checks the answer. @return the partial response */
    static HttpResponse<String> goToStep(WebClient c, int step, String nonce, String viewState) throws Exception {
        String link = "form:steps:" + (step - 1) + ":step";
        Map<String, String> go = new LinkedHashMap<>();
        go.put("jakarta.faces.partial.ajax", "true");
        go.put("jakarta.faces.source", link);
        go.put("jakarta.faces.partial.execute", link);
        go.put("jakarta.faces.partial.render", "form");
        go.put("form", "form");
        go.put(link, link);
        go.put("primefaces.nonce", nonce);
        go.put("jakarta.faces.ViewState", viewState);
        HttpResponse<String> r = c.post("/applicant/application.xhtml", go);
        expect(r, 200, "step " + step);
        if (r.body().contains("/error/")) {
            throw new IllegalStateException("error page at step " + step);
        }
        return r;
    }

    private static void expect(HttpResponse<String> r, int status, String what) {
        if (r.statusCode() != status) {
            throw new IllegalStateException(what + ": HTTP " + r.statusCode());
        }
    }

    /** Uploads a file as the consent form from step 6. @return the partial response */
    static HttpResponse<String> upload(WebClient c, String nonce, String viewState, String fileName, byte[] content)
            throws Exception {
        Map<String, String> upload = new LinkedHashMap<>();
        upload.put("jakarta.faces.partial.ajax", "true");
        upload.put("jakarta.faces.source", "form:consentFile");
        upload.put("jakarta.faces.partial.execute", "form:consentFile");
        upload.put("jakarta.faces.partial.render", "form:consentState form:consentFileMessage messages");
        upload.put("form", "form");
        upload.put("primefaces.nonce", nonce);
        upload.put("jakarta.faces.ViewState", viewState);
        upload.put("form:consentFile_totalFilesCount", "1");
        return c.postMultipart("/applicant/application.xhtml", upload, "form:consentFile", fileName, content);
    }

    static byte[] onePagePdf() throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            return out.toByteArray();
        }
    }
}
