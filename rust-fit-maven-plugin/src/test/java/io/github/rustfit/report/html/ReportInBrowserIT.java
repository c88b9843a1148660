package io.github.rustfit.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.rustfit.core.result.AnalysisResult;
import io.github.rustfit.core.result.ModuleResult;
import io.github.rustfit.core.result.ResultFiles;
import io.github.rustfit.report.SyntheticResults;
import io.github.rustfit.report.model.ReportModels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Opens the HTML report in Debian's headless Chromium, as a reader would. The report comes from
 * the system property {@code rustfit.report.file}, else from the built sample project, else it is
 * generated here from a synthetic result (which includes a snippet that tries to run script).
 */
class ReportInBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOT = Path.of("target", "rust-fit-report-screenshot.png");

    private static ChromeDriver browser;
    private static Path report;
    private static AnalysisResult result;

    @BeforeAll
    static void open_the_report_in_chromium() throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String message = "The browser test needs Debian's chromium and chromium-driver packages (" + CHROMIUM + ", "
                    + CHROMEDRIVER + "): apt-get install chromium chromium-driver";
            if ("true".equals(System.getenv("CI"))) {
                fail(message);
            }
            assumeTrue(false, message);
        }
        locateReport();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        Path profile = Files.createTempDirectory("rust-fit-chromium");
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1280,1000",
                "--user-data-dir=" + profile);
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        browser.get(report.toUri().toString());
        // get() returns once the page has loaded; the page needs nothing else
    }

    private static void locateReport() throws Exception {
        String given = System.getProperty("rustfit.report.file");
        String built = System.getProperty("rustfit.sampleProject.built");
        if (given != null && !given.isBlank()) {
            report = Path.of(given).toAbsolutePath();
            assertThat(report).as("rustfit.report.file").isRegularFile();
        } else if (built != null && Files.isRegularFile(Path.of(built, "target/rust-fit/index.html"))) {
            report = Path.of(built, "target/rust-fit/index.html").toAbsolutePath();
        } else {
            result = SyntheticResults.rich();
            report = Path.of("target", "browser-it", "index.html").toAbsolutePath();
            HtmlReport.write(ReportModels.of(result), report);
            return;
        }
        Path json = report.resolveSibling(ResultFiles.FILE_NAME);
        if (Files.isRegularFile(json)) {
            result = ResultFiles.read(json);
        }
    }

    @AfterAll
    static void close_the_browser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void the_page_logs_no_console_error_and_runs_no_injected_script() {
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .toList();
        assertThat(errors).as("console errors").isEmpty();
        try {
            String text = browser.switchTo().alert().getText();
            fail("The report opened a dialog: " + text);
        } catch (NoAlertPresentException expected) {
            // no dialog: injected script did not run
        }
        assertThat(browser.findElements(By.tagName("script"))).hasSize(1);
    }

    @Test
    void the_summary_and_every_module_are_present() {
        assertThat(browser.findElement(By.id("summary")).isDisplayed()).isTrue();
        List<WebElement> rows = browser.findElements(By.cssSelector("#module-table tbody tr"));
        assertThat(rows).isNotEmpty();
        if (result != null) {
            assertThat(rows).hasSize(result.modules().size());
            List<String> names = browser.findElements(By.cssSelector("#details article.module h3")).stream()
                    .map(WebElement::getText)
                    .toList();
            assertThat(names)
                    .containsExactlyElementsOf(result.modules().stream()
                            .map(ModuleResult::artifactId)
                            .toList());
        }
    }

    @Test
    void typing_into_the_filter_hides_the_modules_that_do_not_match() {
        WebElement filter = browser.findElement(By.id("module-filter"));
        List<WebElement> rows = browser.findElements(By.cssSelector("#module-table tbody tr"));
        String wanted =
                rows.get(rows.size() - 1).findElement(By.cssSelector("td a")).getText();
        try {
            filter.sendKeys(wanted);

            List<WebElement> visible =
                    rows.stream().filter(WebElement::isDisplayed).toList();
            assertThat(visible)
                    .isNotEmpty()
                    .allSatisfy(row -> assertThat(row.getAttribute("data-search"))
                            .contains(wanted.toLowerCase(java.util.Locale.ROOT)));
            if (rows.size() > 1) {
                assertThat(visible.size()).isLessThan(rows.size());
            }
            assertThat(browser.findElement(By.id("module-count")).getText())
                    .isEqualTo(visible.size() + " of " + rows.size() + " modules");
        } finally {
            browser.executeScript("var f = document.getElementById('module-filter'); f.value = '';"
                    + " f.dispatchEvent(new Event('input'));");
        }
    }

    @Test
    void choosing_a_verdict_shows_only_the_modules_with_it() {
        List<WebElement> rows = browser.findElements(By.cssSelector("#module-table tbody tr"));
        String verdict = rows.get(0).getAttribute("data-verdict");
        try {
            browser.findElement(By.cssSelector("#verdict-filter option[value='" + verdict + "']"))
                    .click();

            assertThat(rows.stream().filter(WebElement::isDisplayed))
                    .isNotEmpty()
                    .allSatisfy(
                            row -> assertThat(row.getAttribute("data-verdict")).isEqualTo(verdict));
        } finally {
            browser.executeScript("var v = document.getElementById('verdict-filter'); v.value = '';"
                    + " v.dispatchEvent(new Event('change'));");
        }
    }

    @Test
    void clicking_a_column_heading_sorts_the_modules_by_it() {
        WebElement lines = browser.findElement(By.xpath("//table[@id='module-table']//th[normalize-space()='Lines']"));
        int column =
                browser.findElements(By.cssSelector("#module-table thead th")).indexOf(lines);

        lines.click();
        List<Long> ascending = columnValues(column);
        lines.click();
        List<Long> descending = columnValues(column);

        assertThat(ascending).isSorted();
        assertThat(descending).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(lines.getAttribute("aria-sort")).isEqualTo("descending");
    }

    private static List<Long> columnValues(int column) {
        return browser.findElements(By.cssSelector("#module-table tbody tr")).stream()
                .map(row -> Long.parseLong(
                        row.findElements(By.tagName("td")).get(column).getAttribute("data-value")))
                .toList();
    }

    @Test
    void a_screenshot_of_the_whole_page_is_saved_for_people_to_look_at() throws Exception {
        Map<String, Object> shot = browser.executeCdpCommand(
                "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
        byte[] png = OutputType.BYTES.convertFromBase64Png((String) shot.get("data"));
        Files.createDirectories(SCREENSHOT.getParent());
        Files.write(SCREENSHOT, png);

        assertThat(SCREENSHOT).isNotEmptyFile();
        assertThat(new String(png, 1, 3, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("PNG");
    }
}
