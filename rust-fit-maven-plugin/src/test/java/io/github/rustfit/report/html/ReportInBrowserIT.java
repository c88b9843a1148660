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
import org.openqa.selenium.Keys;
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
            String ci = System.getenv("CI");
            if (ci != null && !ci.isBlank()) {
                // on CI a missing browser must not pass as a skipped test
                fail("CI is set, and " + message);
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
            // every module once: a card per module with something to judge, one line for the rest
            List<String> names = new java.util.ArrayList<>();
            browser.findElements(By.cssSelector("#details article.module h3")).stream()
                    .map(WebElement::getText)
                    .forEach(names::add);
            browser.findElements(By.cssSelector("#nothing-to-judge .unjudged-module")).stream()
                    .map(WebElement::getText)
                    .forEach(names::add);
            assertThat(names)
                    .containsExactlyInAnyOrderElementsOf(result.modules().stream()
                            .map(ModuleResult::artifactId)
                            .toList());
            // candidates first: the verdicts of the cards never rise down the page
            List<Integer> ranks = browser.findElements(By.cssSelector("#details article.module")).stream()
                    .map(card -> io.github.rustfit.core.criteria.Verdict.valueOf(card.getAttribute("data-verdict"))
                            .ordinal())
                    .toList();
            assertThat(ranks).isSortedAccordingTo(java.util.Comparator.reverseOrder());
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

    /** The width of a reader's wide window, at which page heights are measured. */
    private static final int READER_WIDTH = 1400;

    /** How tall a report of a real reactor of 15 or so modules may be at that width, nothing opened. */
    private static final int MAX_HEIGHT_OF_15_MODULES = 10_000;

    /**
     * How much taller the page may grow per module beyond those, nothing opened: a table row, a
     * heat-map row and a folded line, not a card (a card per module made it about 160 pixels).
     */
    private static final int MAX_PIXELS_PER_MODULE = 75;

    @Test
    void the_page_grows_by_a_line_per_module_not_by_a_card() throws Exception {
        try {
            browser.executeCdpCommand(
                    "Emulation.setDeviceMetricsOverride",
                    Map.of("width", READER_WIDTH, "height", 1000, "deviceScaleFactor", 1, "mobile", false));
            long fifteen = heightOf(SyntheticResults.large(15, 8), "15-modules.html");
            long hundredTwenty = heightOf(SyntheticResults.large(120, 8), "120-modules.html");

            assertThat(fifteen).as("page height of 15 modules").isLessThan(MAX_HEIGHT_OF_15_MODULES);
            assertThat((hundredTwenty - fifteen) / 105.0)
                    .as("pixels per module from 15 to 120 modules (%d and %d px)", fifteen, hundredTwenty)
                    .isLessThan(MAX_PIXELS_PER_MODULE);
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            browser.get(report.toUri().toString());
        }
    }

    /** The height of the page of {@code result} with nothing opened, in CSS pixels. */
    private static long heightOf(AnalysisResult result, String name) throws Exception {
        Path page = Path.of("target", "browser-it", name).toAbsolutePath();
        HtmlReport.write(ReportModels.of(result), page);
        browser.get(page.toUri().toString());
        assertThat(browser.findElements(By.cssSelector("details[open]"))).isEmpty();
        return ((Number) browser.executeScript("return document.documentElement.scrollHeight")).longValue();
    }

    @Test
    void the_filter_stays_in_view_at_the_foot_of_the_page() {
        try {
            browser.executeScript("window.scrollTo(0, document.documentElement.scrollHeight)");

            Map<?, ?> box = (Map<?, ?>)
                    browser.executeScript("var b = document.getElementById('module-filter').getBoundingClientRect();"
                            + " return {top: b.top, bottom: b.bottom, height: window.innerHeight};");
            assertThat(((Number) box.get("top")).doubleValue()).isGreaterThanOrEqualTo(0);
            assertThat(((Number) box.get("bottom")).doubleValue())
                    .isLessThanOrEqualTo(((Number) box.get("height")).doubleValue());
        } finally {
            browser.executeScript("window.scrollTo(0, 0)");
        }
    }

    @Test
    void a_folded_module_opens_from_the_keyboard_and_following_a_link_to_it_opens_it() {
        WebElement summary = browser.findElement(By.cssSelector("#details details.module-fold > summary"));
        WebElement fold = summary.findElement(By.xpath(".."));
        String anchor = fold.findElement(By.xpath("..")).getAttribute("id");
        try {
            assertThat(fold.getAttribute("open")).isNull();
            browser.executeScript("arguments[0].focus()", summary);
            summary.sendKeys(Keys.ENTER);
            assertThat(fold.getAttribute("open")).isNotNull();
            summary.sendKeys(Keys.ENTER);
            assertThat(fold.getAttribute("open")).isNull();

            // the page's own hashchange listener runs first; this one reports what it did
            Object opened = browser.executeAsyncScript(
                    "var fold = arguments[0], done = arguments[arguments.length - 1];"
                            + " window.addEventListener('hashchange', function () { done(fold.open); }, {once: true});"
                            + " window.location.hash = arguments[1];",
                    fold,
                    anchor);
            assertThat(opened).isEqualTo(true);
        } finally {
            browser.executeScript("arguments[0].open = false; history.replaceState(null, '', ' ')", fold);
        }
    }

    /** Every point's centre, its verdict, and the verdicts of the regions of its panel that hold it. */
    private static final String POINTS_AND_REGIONS = """
            var out = [];
            document.querySelectorAll('#fit-chart figure.fit-panel').forEach(function (panel) {
              var regions = Array.prototype.map.call(panel.querySelectorAll('rect.region'), function (r) {
                var b = r.getBoundingClientRect();
                return {verdict: r.getAttribute('data-verdict'), left: b.left, right: b.right, top: b.top, bottom: b.bottom};
              });
              panel.querySelectorAll('a.point').forEach(function (point) {
                var c = point.querySelector('circle').getBoundingClientRect();
                var x = (c.left + c.right) / 2, y = (c.top + c.bottom) / 2;
                var inside = [], near = [];
                regions.forEach(function (r) {
                  if (x > r.left + 1 && x < r.right - 1 && y > r.top + 1 && y < r.bottom - 1) { inside.push(r.verdict); }
                  if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) { near.push(r.verdict); }
                });
                out.push({module: point.getAttribute('data-module'), verdict: point.getAttribute('data-verdict'),
                          inside: inside.join(','), near: near.join(',')});
              });
            });
            return out;
            """;

    @Test
    @SuppressWarnings("unchecked")
    void no_module_is_drawn_in_a_region_of_the_chart_that_contradicts_its_verdict() {
        List<Map<String, Object>> points = (List<Map<String, Object>>) browser.executeScript(POINTS_AND_REGIONS);

        assertThat(points).isNotEmpty();
        for (Map<String, Object> point : points) {
            String verdict = (String) point.get("verdict");
            String inside = (String) point.get("inside");
            String near = (String) point.get("near");
            // a point well inside a region is in that region; one on a border is in one of the two
            if (!inside.isEmpty()) {
                assertThat(List.of(inside.split(","))).as(point.toString()).containsOnly(verdict);
            } else {
                assertThat(List.of(near.split(","))).as(point.toString()).contains(verdict);
            }
        }
        if (result != null) {
            long judged = result.modules().stream()
                    .filter(module -> module.verdict() != io.github.rustfit.core.criteria.Verdict.NOT_ANALYZED)
                    .count();
            assertThat(points).hasSize((int) judged);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void no_two_labels_of_the_chart_overlap() {
        List<Map<String, Object>> overlaps = (List<Map<String, Object>>) browser.executeScript("""
                var out = [];
                document.querySelectorAll('#fit-chart figure.fit-panel').forEach(function (panel) {
                  var labels = Array.prototype.map.call(
                      panel.querySelectorAll('text.point-label, text.threshold-label'), function (t) {
                        return {text: t.textContent, box: t.getBoundingClientRect()};
                      });
                  for (var i = 0; i < labels.length; i++) {
                    for (var j = i + 1; j < labels.length; j++) {
                      var a = labels[i].box, b = labels[j].box;
                      if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) {
                        out.push({first: labels[i].text, second: labels[j].text});
                      }
                    }
                  }
                });
                return out;
                """);

        assertThat(overlaps).isEmpty();
    }

    /**
     * As a reader saw it on a reactor of 47 modules: a point's name laid over the balance line or a
     * threshold was struck through by it. Each name is drawn over a halo of its panel's background.
     */
    @Test
    @SuppressWarnings("unchecked")
    void every_point_name_of_the_chart_is_drawn_over_a_halo_of_its_panel_s_background() {
        List<Map<String, Object>> labels = (List<Map<String, Object>>) browser.executeScript("""
                return Array.prototype.map.call(document.querySelectorAll('#fit-chart text.point-label'), function (t) {
                  var style = getComputedStyle(t);
                  return {text: t.lastChild.textContent, paintOrder: style.paintOrder, stroke: style.stroke,
                          width: parseFloat(style.strokeWidth),
                          background: getComputedStyle(t.closest('section.panel')).backgroundColor};
                });
                """);

        assertThat(labels).isNotEmpty();
        for (Map<String, Object> label : labels) {
            assertThat(label.get("paintOrder"))
                    .as("paint-order of %s", label.get("text"))
                    .isEqualTo("stroke");
            assertThat(label.get("stroke")).as("halo of %s", label.get("text")).isEqualTo(label.get("background"));
            assertThat(((Number) label.get("width")).doubleValue())
                    .as("halo width of %s", label.get("text"))
                    .isEqualTo(3);
        }
    }

    /**
     * As a user saw it on a reactor of 27 modules: names of the reactor graph dropped though there
     * was room, and the lines of the graph drawn through the names. Measured as drawn: no name covers
     * another or a circle, and each is drawn over a halo of the panel's background.
     */
    @Test
    @SuppressWarnings("unchecked")
    void no_name_of_the_reactor_graph_covers_another_or_a_circle_and_each_is_drawn_over_a_halo() {
        Map<String, Object> drawn = (Map<String, Object>) browser.executeScript("""
                var names = Array.prototype.map.call(
                    document.querySelectorAll('#reactor-graph text.node-label'), function (t) {
                      return {text: t.textContent, box: t.getBoundingClientRect(), style: getComputedStyle(t),
                              halo: t.classList.contains('halo')};
                    });
                var circles = Array.prototype.map.call(
                    document.querySelectorAll('#reactor-graph circle'), function (c) {
                      return {name: c.closest('a').getAttribute('data-module'), box: c.getBoundingClientRect()};
                    });
                var background = getComputedStyle(document.getElementById('graph')).backgroundColor;
                function overlap(a, b) {
                  return a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
                }
                var out = [], unhaloed = [];
                for (var i = 0; i < names.length; i++) {
                  for (var j = i + 1; j < names.length; j++) {
                    if (overlap(names[i].box, names[j].box)) { out.push(names[i].text + ' / ' + names[j].text); }
                  }
                  circles.forEach(function (c) {
                    if (overlap(names[i].box, c.box)) { out.push(names[i].text + ' over ' + c.name); }
                  });
                  if (names[i].halo && (names[i].style.paintOrder !== 'stroke' || names[i].style.stroke !== background)) {
                    unhaloed.push(names[i].text);
                  }
                }
                return {names: names.length, overlaps: out, unhaloed: unhaloed,
                        haloed: names.filter(function (n) { return n.halo; }).length,
                        circles: document.querySelectorAll('#reactor-graph a.node').length};
                """);

        assertThat(drawn.get("overlaps")).asList().isEmpty();
        assertThat(drawn.get("unhaloed")).asList().isEmpty();
        assertThat(((Number) drawn.get("haloed")).intValue())
                .as("every circle's name has a halo")
                .isEqualTo(((Number) drawn.get("names")).intValue()
                        - browser.findElements(By.cssSelector("#reactor-graph text.apart-label"))
                                .size());
    }

    /**
     * As a user saw it: the Y and N of the three questions' squares were drawn in their square's own
     * colour, so only red and green told the answers apart.
     */
    @Test
    @SuppressWarnings("unchecked")
    void every_answer_square_shows_its_letter_in_a_colour_its_square_is_not() {
        List<Map<String, Object>> cells = (List<Map<String, Object>>) browser.executeScript("""
                return Array.prototype.map.call(document.querySelectorAll('.a-cell'), function (cell) {
                  var style = getComputedStyle(cell);
                  return {letter: cell.textContent.trim(), color: style.color, background: style.backgroundColor};
                });
                """);

        assertThat(cells).isNotEmpty();
        assertThat(cells).extracting(cell -> cell.get("letter")).contains("Y", "N");
        for (Map<String, Object> cell : cells) {
            assertThat(cell.get("color"))
                    .as("the letter %s", cell.get("letter"))
                    .isNotEqualTo(cell.get("background"));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void every_heat_map_row_shades_exactly_the_criteria_its_module_s_rationale_cites() {
        List<Map<String, Object>> rows = (List<Map<String, Object>>) browser.executeScript("""
                var ids = Array.prototype.map.call(
                    document.querySelectorAll('#heatmap th.crit'), function (th) { return th.getAttribute('data-criterion'); });
                var blank = document.createElement('td');
                blank.className = 'cell s-none strong-fit';
                document.querySelector('#heatmap tbody tr').appendChild(blank);
                var neutral = getComputedStyle(blank).backgroundColor;
                blank.remove();
                return Array.prototype.map.call(document.querySelectorAll('#heatmap tbody tr'), function (row) {
                  var module = row.getAttribute('data-module');
                  var card = document.querySelector('#details article.module[data-module="' + CSS.escape(module) + '"]');
                  var rationale = Array.prototype.map.call(card.querySelectorAll('.rationale li'),
                      function (li) { return li.textContent; }).join(' ');
                  // shaded: drawn in another colour than a cell of no criterion
                  var shaded = Array.prototype.filter.call(row.querySelectorAll('td.cell'), function (td) {
                    return getComputedStyle(td).backgroundColor !== neutral;
                  }).map(function (td) { return td.getAttribute('data-criterion'); });
                  var cited = Array.prototype.map.call(row.querySelectorAll('td.cited'),
                      function (td) { return td.getAttribute('data-criterion'); });
                  return {module: module, ids: ids.join(','), rationale: rationale,
                          shaded: shaded.join(','), cited: cited.join(',')};
                });
                """);

        assertThat(rows).isNotEmpty();
        for (Map<String, Object> row : rows) {
            String rationale = (String) row.get("rationale");
            List<String> named = new java.util.ArrayList<>();
            for (String id : ((String) row.get("ids")).split(",")) {
                boolean byDensity = rationale.contains(id + " weak") || rationale.contains(id + " strong");
                boolean byGate = (id.equals("prototype")
                                && rationale.contains("example, demo, prototype, benchmark or test-support code"))
                        || (id.equals("numerical-research")
                                && rationale.contains("machine-learning or numerical research code"));
                if (byDensity || byGate) {
                    named.add(id);
                }
            }
            assertThat(split((String) row.get("cited"))).as(row.toString()).containsExactlyElementsOf(named);
            assertThat(split((String) row.get("shaded"))).as(row.toString()).containsExactlyElementsOf(named);
        }
    }

    private static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : List.of(joined.split(","));
    }
}
