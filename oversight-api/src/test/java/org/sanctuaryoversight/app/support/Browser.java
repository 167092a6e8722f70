package org.sanctuaryoversight.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) for a browser test: its own
 * profile and cookies, so two instances are two people. It checks pages with axe-core against WCAG 2.2 AA and
 * keeps screenshots under {@code target/screenshots} for a person to look at (never committed).
 *
 * <p>Where Chromium is missing the test is skipped on a developer's machine, but fails when {@code CI=true}: a
 * browser journey that silently did not run proves nothing.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    /** A phone (390 CSS pixels wide) and a desktop. */
    public static final int PHONE = 390;
    public static final int DESKTOP = 1280;

    private static String axeSource;

    private final WebDriver driver;
    private final String baseUrl;

    private Browser(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    /** Skips (on a developer's machine) or fails (with {@code CI=true}) when Chromium is not installed. */
    public static void requireChromium() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            assertThat(installed).as("CI=true: Chromium and chromedriver must be installed (.ci/run installs them)").isTrue();
        }
        Assumptions.assumeTrue(installed, "Chromium and chromedriver are not installed (.ci/run installs them)");
    }

    public static Browser open(int port, int width, String language) {
        requireChromium();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=" + width + ",900", "--lang=" + language);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        // Headless Chromium keeps its window at least 500 px wide whatever --window-size says: a "phone" was 500 px.
        // Setting the size once it runs gives the width asked for (390 px is 390 px, as window.innerWidth reports).
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
        return new Browser(driver, "http://127.0.0.1:" + port);
    }

    public WebDriver driver() {
        return driver;
    }

    public String url(String path) {
        return baseUrl + path;
    }

    public Browser get(String path) {
        driver.get(url(path));
        return this;
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    public WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    public String text(By by) {
        return driver.findElement(by).getText();
    }

    public String mainText() {
        return text(By.tagName("main"));
    }

    /** Clicks something that loads a new page and waits until the old page is gone and the new one complete. */
    public void navigate(WebElement trigger) {
        WebElement page = driver.findElement(By.tagName("html"));
        trigger.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> isGone(page));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d ->
                "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    public void navigate(By trigger) {
        navigate(driver.findElement(trigger));
    }

    /** The reload button: a page that answered a form is posted again, as when a person confirms the resubmission. */
    public void refresh() {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.navigate().refresh();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> isGone(page));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d ->
                "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * Chromium answers a question about an element of a page being replaced either "stale" or, while the new
     * document is being attached, "node does not belong to the document": both mean the old page is gone.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException gone) {
            return true;
        } catch (WebDriverException replaced) {
            if (String.valueOf(replaced.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw replaced;
        }
    }

    /** Runs axe-core on the current page and fails on any WCAG 2.2 AA violation. */
    @SuppressWarnings("unchecked")
    public void assertAccessible(String page) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axe());
        Map<String, Object> results = (Map<String, Object>) js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})"
                        + ".then(r => done({violations: r.violations.map(v => v.id + ': ' + v.help + ' ' "
                        + "+ v.nodes.map(n => n.target.join(' ')).join(', ')), passes: r.passes.length}))"
                        + ".catch(e => done({error: String(e)}));", WCAG_TAGS);
        assertThat(results).as("axe on %s", page).doesNotContainKey("error");
        assertThat((List<String>) results.get("violations")).as("WCAG 2.2 AA violations on %s", page).isEmpty();
        assertThat(((Number) results.get("passes")).intValue()).as("axe checks that ran on %s", page).isPositive();
    }

    /** Saves a full-page screenshot as {@code target/screenshots/<name>.png} for a person to look at. */
    public Path screenshot(String name) {
        try {
            Path directory = Path.of("target", "screenshots");
            Files.createDirectories(directory);
            Path file = directory.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized String axe() {
        if (axeSource == null) {
            try (InputStream axe = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
                axeSource = new String(axe.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeSource;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
