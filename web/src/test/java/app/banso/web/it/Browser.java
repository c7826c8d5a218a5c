package app.banso.web.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by Selenium. Never lets Selenium download a browser: the
 * binary and the driver are given. Without Chromium the browser tests are skipped with a loud
 * message, unless {@code -Dbrowser.required=true} (CI), where that is a failure.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    final WebDriver driver;
    final WebDriverWait wait;
    private final Path userDataDir;
    private final Path screenshots;
    /** Serious and critical accessibility violations found by {@link #axe}, reported at {@link #close}. */
    private final List<String> axeViolations = new ArrayList<>();
    private static String axeSource;
    /** Pages wider than a 375px phone screen, found by {@link #desktopAndPhone}, reported at {@link #close}. */
    private final List<String> layoutProblems = new ArrayList<>();

    private Browser(WebDriver driver, Path userDataDir) {
        this.driver = driver;
        this.userDataDir = userDataDir;
        this.wait = new AjaxTolerantWait(driver, Duration.ofSeconds(20));
        this.screenshots = Path.of(System.getProperty("it.screenshots", "target/screenshots"));
    }

    /**
     * A wait that also tries again when Chromium reports that the element it was reading has just been
     * replaced by an ajax update ("Node with given id does not belong to the document": an unknown
     * error, not a stale element, so WebDriverWait would give up at once; seen once in CI on the
     * registration page's messages).
     */
    private static final class AjaxTolerantWait extends WebDriverWait {
        AjaxTolerantWait(WebDriver driver, Duration timeout) {
            super(driver, timeout);
            ignoring(StaleElementReferenceException.class);
        }

        @Override
        public <V> V until(Function<? super WebDriver, ? extends V> isTrue) {
            return super.until(d -> {
                try {
                    return isTrue.apply(d);
                } catch (WebDriverException e) {
                    if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                        return null; // not yet: read the page again
                    }
                    throw e;
                }
            });
        }
    }

    static Browser open() {
        boolean present = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!present) {
            String text = "\n\n*** BROWSER TESTS SKIPPED: " + CHROMIUM + " or " + CHROMEDRIVER + " is missing. "
                    + "Install them with: apt-get install chromium chromium-driver ***\n";
            System.err.println(text);
            if (Boolean.getBoolean("browser.required")) {
                throw new IllegalStateException(text);
            }
            Assumptions.abort(text);
        }
        try {
            Path dir = Files.createTempDirectory("banso-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--lang=ja", "--user-data-dir=" + dir, "--window-size=1366,900");
            // The console is read at the end: a script or style the Content-Security-Policy blocked fails the test.
            options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
            return new Browser(new ChromeDriver(service, options), dir);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    void go(String url) {
        driver.get(url);
    }

    WebElement find(String css) {
        try {
            return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
        } catch (RuntimeException e) {
            failed(css);
            throw e;
        }
    }

    /** A screenshot of the page at the moment a wait failed, and its address in the message log. */
    private void failed(String what) {
        String name = "FAILED-" + what.replaceAll("[^A-Za-z0-9]+", "_");
        screenshot(name);
        System.err.println("Browser wait failed for " + what + " at " + driver.getCurrentUrl() + " (screenshot " + name + ".png)");
    }

    /** Types into a PrimeFaces input found by the end of its client id (e.g. {@code signin:email}). */
    void type(String clientId, String text) {
        try {
            actOn(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id='" + clientId + "']")), input -> {
                input.clear();
                // Masked inputs (p:inputNumber) ignore clear(): select everything and delete it.
                input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
                input.sendKeys(text);
            });
        } catch (RuntimeException e) {
            failed(clientId);
            throw e;
        }
    }

    /**
     * Acts on the element once it is ready, inside the wait: when an ajax update replaced the
     * element between finding it and acting on it (a late autosave re-renders parts of the form;
     * stop 21's CI failed on such a read), the wait, which ignores stale elements, finds it again
     * and acts again. A stale element was gone before the action, so nothing happens twice.
     */
    private void actOn(ExpectedCondition<WebElement> ready, Consumer<WebElement> action) {
        wait.until(d -> {
            WebElement element = ready.apply(d);
            if (element == null) {
                return null;
            }
            action.accept(element);
            return Boolean.TRUE;
        });
    }

    void click(String clientId) {
        By by = By.cssSelector("[id='" + clientId + "']");
        try {
            actOn(ExpectedConditions.elementToBeClickable(by), WebElement::click);
        } catch (ElementClickInterceptedException e) {
            // an overlay (growl, dialog mask) is fading: click through JavaScript instead
            ((JavascriptExecutor) driver).executeScript("arguments[0].click();", driver.findElement(by));
        } catch (RuntimeException e) {
            failed(clientId);
            throw e;
        }
    }

    /**
     * Chooses an option of a PrimeFaces selectOneMenu by its visible label, through the widget
     * (as a click on the item does), which is reliable however long the list and wherever the
     * overlay panel sits.
     */
    void select(String clientId, String label) {
        find("[id='" + clientId + "']");
        Object found = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                var w = PrimeFaces.getWidgetById(arguments[0]);
                if (!w) { return -1; }
                w.show();
                var items = w.panel.find('li.ui-selectonemenu-item').filter(function() {
                    return this.getAttribute('data-label') === arguments[1]; });
                return items.length;""".replace("arguments[1]", "'" + label.replace("'", "\\'") + "'"), clientId);
        if (!(found instanceof Number n) || n.intValue() != 1) {
            failed(clientId + "_" + label);
            throw new IllegalStateException("No single option '" + label + "' in " + clientId + ": " + found);
        }
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                var w = PrimeFaces.getWidgetById(arguments[0]);
                var item = w.panel.find('li.ui-selectonemenu-item').filter(function() {
                    return this.getAttribute('data-label') === LABEL; });
                w.selectItem(item);
                w.hide();""".replace("LABEL", "'" + label.replace("'", "\\'") + "'"), clientId);
        try {
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[id='" + clientId + "_label']"), label));
        } catch (RuntimeException e) {
            failed(clientId + "_" + label);
            throw e;
        }
        ajaxDone();
    }

    /** Clicks a radio button of a PrimeFaces selectOneRadio (index 0 = first option). */
    void radio(String clientId, int index) {
        clickCss("label[for='" + clientId + ":" + index + "']");
    }

    /** Ticks a PrimeFaces selectBooleanCheckbox. */
    void checkbox(String clientId) {
        clickCss("[id='" + clientId + "'] .ui-chkbox-box");
    }

    void clickCss(String css) {
        try {
            actOn(ExpectedConditions.elementToBeClickable(By.cssSelector(css)), WebElement::click);
        } catch (RuntimeException e) {
            failed(css);
            throw e;
        }
    }

    /** Waits until PrimeFaces has no ajax request running. */
    void ajaxDone() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return !window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    /** Waits until the control is enabled (PrimeFaces greys a command button out while its request runs). */
    void waitForEnabled(String clientId) {
        By control = By.id(clientId);
        try {
            wait.until(d -> {
                WebElement e = d.findElement(control);
                String classes = e.getDomAttribute("class");
                return e.isEnabled() && (classes == null || !classes.contains("ui-state-disabled"));
            });
        } catch (RuntimeException e) {
            failed(clientId + "_enabled");
            throw e;
        }
    }

    void waitForText(String css, String text) {
        try {
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
        } catch (RuntimeException e) {
            failed(css + "_" + text);
            throw e;
        }
    }

    /**
     * The visible text of the element, read again if an ajax update replaced the element between
     * finding and reading it (a late autosave re-renders the eligibility panel; seen in CI).
     */
    String text(String css) {
        find(css);
        return wait.until(d -> d.findElement(By.cssSelector(css)).getText());
    }

    /** Waits until the element no longer shows the text (an ajax update may still be on its way). */
    void waitForTextGone(String css, String text) {
        try {
            wait.until(d -> !d.findElement(By.cssSelector(css)).getText().contains(text));
        } catch (RuntimeException e) {
            failed(css + "_gone_" + text);
            throw e;
        }
    }

    void phoneWidth() {
        driver.manage().window().setSize(new Dimension(375, 812));
    }

    void desktopWidth() {
        driver.manage().window().setSize(new Dimension(1366, 900));
    }

    /**
     * Screenshots of the page at 1366px (NAME.png) and at 375px (NAME-375px.png), and at 375px a
     * check that nothing is wider than the screen (no sideways scrolling on a phone); what is too
     * wide is reported at {@link #close}.
     */
    void desktopAndPhone(String name) {
        desktopWidth();
        ajaxDone();
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0);");
        screenshot(name);
        phoneWidth();
        wait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript("return window.innerWidth;")).intValue() <= 400);
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0);");
        screenshot(name + "-375px");
        @SuppressWarnings("unchecked")
        List<String> tooWide = (List<String>) ((JavascriptExecutor) driver).executeScript("""
                var width = document.documentElement.clientWidth, found = [];
                if (document.documentElement.scrollWidth <= width) { return found; }
                document.querySelectorAll('body *').forEach(function (e) {
                    var r = e.getBoundingClientRect(), style = getComputedStyle(e);
                    if (r.width > 0 && r.right > width + 1 && style.position !== 'fixed' && !e.closest('.ui-helper-hidden-accessible')
                            && found.length < 8) {
                        found.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + String(e.className).split(' ').join('.')
                            + ' right=' + Math.round(r.right));
                    }
                });
                return found.length ? found : ['page ' + document.documentElement.scrollWidth + 'px wide'];""");
        if (!tooWide.isEmpty()) {
            layoutProblems.add(name + " at 375px (" + driver.getCurrentUrl() + "): " + tooWide);
            System.err.println("Too wide at 375px: " + name + " " + tooWide);
        }
        desktopWidth();
    }

    /**
     * The page as Chromium prints it: saved as target/screenshots/NAME.pdf (what the print dialog
     * would produce) and, with the print media emulated, as the screenshot NAME.png to look at.
     *
     * @return the printed PDF's text, to check what is left out
     */
    String printed(String name) {
        try {
            byte[] pdf = Base64.getDecoder().decode(((PrintsPage) driver).print(new PrintOptions()).getContent());
            Files.createDirectories(screenshots);
            Files.write(screenshots.resolve(name + ".pdf"), pdf);
            ChromeDriver chrome = (ChromeDriver) driver;
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0);");
            screenshot(name);
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            try (PDDocument document = Loader.loadPDF(pdf)) {
                return new PDFTextStripper().getText(document);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Saves a screenshot under target/screenshots/NAME.png. */
    void screenshot(String name) {
        try {
            Files.createDirectories(screenshots);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page as it stands, saves the results as
     * {@code target/axe/PAGE.json} and records every "serious" or "critical" violation (rule id,
     * the elements concerned); {@link #close} fails the test when there was any, after the
     * journey, so that one run lists every page's violations. The script is executed through
     * WebDriver, which the page's Content-Security-Policy does not govern, so no script element
     * is injected and the policy stays as strict as in production.
     */
    void axe(String pageName) {
        ajaxDone();
        // A button restored after an ajax request fades back in (a CSS transition); measured
        // mid-fade its contrast is too low, so wait until no transition runs.
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return (!document.getAnimations || document.getAnimations().every(function (a) {"
                        + " return !(a instanceof CSSTransition) || a.playState !== 'running'; }));")));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) ((JavascriptExecutor) driver)
                .executeAsyncScript(axeScript() + """
                        ;
                        var done = arguments[arguments.length - 1];
                        axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                                resultTypes: ['violations']}).then(function (r) {
                            var serious = [];
                            r.violations.forEach(function (v) {
                                if (v.impact === 'serious' || v.impact === 'critical') {
                                    serious.push(v.id + ' (' + v.impact + '): ' + v.help + ' -> '
                                        + v.nodes.map(function (n) { return n.target.join(' '); }).join(', '));
                                }
                            });
                            done({json: JSON.stringify({url: r.url, timestamp: r.timestamp, testEngine: r.testEngine,
                                    violations: r.violations}, null, 1), serious: serious});
                        }, function (e) { done({error: String(e)}); });""");
        if (result.get("error") != null) {
            throw new IllegalStateException("axe-core failed on " + pageName + ": " + result.get("error"));
        }
        try {
            Path dir = Path.of(System.getProperty("it.axe.results", "target/axe"));
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(pageName + ".json"), (String) result.get("json"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        @SuppressWarnings("unchecked")
        List<String> serious = (List<String>) result.get("serious");
        if (!serious.isEmpty()) {
            screenshot("AXE-" + pageName);
            serious.forEach(v -> axeViolations.add(pageName + " (" + driver.getCurrentUrl() + "): " + v));
            System.err.println("axe-core on " + pageName + ": " + serious);
        }
    }

    private static synchronized String axeScript() {
        if (axeSource == null) {
            Path script = Path.of(System.getProperty("it.axe.script", "target/npm/node_modules/axe-core/axe.min.js"));
            try {
                axeSource = Files.readString(script);
            } catch (IOException e) {
                throw new IllegalStateException("axe-core is missing at " + script
                        + ": the build fetches it with npm at pre-integration-test (web/pom.xml)", e);
            }
        }
        return axeSource;
    }

    /** Console messages about the Content-Security-Policy blocking something, since the last call. */
    List<String> cspViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy")).toList();
    }

    /** Closes the browser; fails when the Content-Security-Policy blocked anything during the journey. */
    @Override
    public void close() {
        List<String> violations;
        try {
            violations = cspViolations();
        } catch (RuntimeException e) {
            violations = List.of();
        }
        driver.quit();
        try (var files = Files.walk(userDataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory; nothing else depends on it
        }
        if (!violations.isEmpty()) {
            throw new AssertionError("The Content-Security-Policy blocked: " + violations);
        }
        List<String> problems = new ArrayList<>();
        if (!layoutProblems.isEmpty()) {
            problems.add("Wider than a 375px phone screen:\n  " + String.join("\n  ", layoutProblems));
        }
        if (!axeViolations.isEmpty()) {
            problems.add("Serious or critical accessibility violations (axe-core, results in target/axe):\n  "
                    + String.join("\n  ", axeViolations));
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(String.join("\n", problems));
        }
    }
}
