package io.github.rustfit.run;

import io.github.rustfit.core.file.AnalysisListener;
import io.github.rustfit.core.result.AnalysisResult;
import io.github.rustfit.core.result.ResultFileException;
import io.github.rustfit.core.result.ResultFiles;
import io.github.rustfit.report.html.HtmlReport;
import io.github.rustfit.report.markdown.MarkdownSummary;
import io.github.rustfit.report.model.ReportModel;
import io.github.rustfit.report.model.ReportModels;
import io.github.rustfit.report.model.SourceLinks;
import io.github.rustfit.report.sarif.SarifReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The reports of a run: the HTML page, the Markdown summary and the SARIF log, all from the run's
 * outcome (its result and the manifest it was judged against, read once).
 */
public final class Reports {

    /**
     * What the reports add to the run.
     *
     * @param compareTo an earlier result, read by {@link #earlier}, for a "since last time" section
     * @param sourceUrl a URL template for source locations ({@code {path}}, {@code {line}}); without
     *     it, locations link relative to the report
     * @param failOnMissingReview whether the gate fails the build on review problems: SARIF then
     *     calls them errors, else warnings
     */
    public record ReportOptions(Optional<Earlier> compareTo, Optional<String> sourceUrl, boolean failOnMissingReview) {

        /** No comparison, relative links, review problems as errors (the gate's default). */
        public static final ReportOptions PLAIN = new ReportOptions(Optional.empty(), Optional.empty(), true);
    }

    /**
     * An earlier result to compare with.
     *
     * @param file the {@code rust-fit.json} it was read from
     * @param result what it holds
     */
    public record Earlier(Path file, AnalysisResult result) {}

    /**
     * Refuses the result given to {@code rustfit.compareTo} when it cannot be read: the file, line and
     * column, what is wrong there, and the fix.
     */
    public static final String UNREADABLE_EARLIER = "rust-fit: rustfit.compareTo: %s: %s. Point rustfit.compareTo at"
            + " a rust-fit.json written by this plugin, such as target/rust-fit/rust-fit.json kept from an earlier"
            + " build, or remove the setting.";

    /**
     * Warned when the result given to {@code rustfit.compareTo} was made with other settings: the
     * file, and each setting with its two values.
     */
    public static final String OTHER_SETTINGS = "rust-fit: rustfit.compareTo: %s was made with other settings than"
            + " this run (%s); the \"since last time\" section compares them anyway, so what rose or fell may have"
            + " changed with the settings rather than the code. To compare the code alone, compare with a result"
            + " made with the same settings.";

    private Reports() {}

    /**
     * Writes every report of the outcome into {@code directory}; returns the HTML file. A comparison
     * with a result made with other settings is warned about through {@code listener}.
     */
    public static Path write(RunOutcome outcome, Path directory, ReportOptions options, AnalysisListener listener)
            throws RunException {
        Path reports = directory.toAbsolutePath().normalize();
        ReportModel model = ReportModels.of(
                outcome.result(),
                earlier(options),
                links(outcome, reports, options),
                outcome.options().commands());
        if (model.comparison() != null && !model.comparison().settingChanges().isEmpty()) {
            listener.warn(String.format(
                    Locale.ROOT,
                    OTHER_SETTINGS,
                    options.compareTo().orElseThrow().file(),
                    model.comparison().settingsDiffer()));
        }
        Path html = reports.resolve(HtmlReport.FILE_NAME);
        try {
            HtmlReport.write(model, html);
            MarkdownSummary.write(model, reports.resolve(MarkdownSummary.FILE_NAME));
            SarifReport.write(
                    outcome.result(),
                    outcome.manifest(),
                    fromRoot(outcome, outcome.options().manifestFile()),
                    options.failOnMissingReview(),
                    outcome.options().commands(),
                    fromRoot(outcome, reports),
                    reports.resolve(SarifReport.FILE_NAME));
        } catch (IOException e) {
            throw new RunException("rust-fit: could not write the report to " + reports + ": " + e, e);
        }
        return html;
    }

    /** The report model of the outcome, its source locations linked from {@code from}. */
    public static ReportModel model(RunOutcome outcome, Path from, ReportOptions options) {
        return ReportModels.of(
                outcome.result(),
                earlier(options),
                links(outcome, from.toAbsolutePath().normalize(), options),
                outcome.options().commands());
    }

    /**
     * How source locations link: through the URL template when there is one, else relative from
     * {@code from} (the report's directory) to the root the result's paths start at.
     */
    static SourceLinks links(RunOutcome outcome, Path from, ReportOptions options) {
        return links(options.sourceUrl(), from, outcome.options().request().executionRoot());
    }

    /**
     * How source locations link: through {@code sourceUrl} when there is one, else relative from
     * {@code from} (the report's directory) to {@code root}.
     */
    public static SourceLinks links(Optional<String> sourceUrl, Path from, Path root) {
        if (sourceUrl.isPresent()) {
            return SourceLinks.template(sourceUrl.get());
        }
        try {
            return SourceLinks.relative(from.toAbsolutePath()
                    .normalize()
                    .relativize(root.toAbsolutePath().normalize())
                    .toString()
                    .replace('\\', '/'));
        } catch (IllegalArgumentException e) {
            // another drive or file system: no relative path leads there
            return SourceLinks.NONE;
        }
    }

    /**
     * Reads the result to compare with, so that a file that is not one is refused before the
     * analysis rather than after it.
     */
    public static Earlier earlier(Path file) throws RunException {
        try {
            return new Earlier(file, ResultFiles.read(file));
        } catch (ResultFileException e) {
            throw new RunException(String.format(Locale.ROOT, UNREADABLE_EARLIER, e.where(), e.problem()), e);
        }
    }

    private static Optional<AnalysisResult> earlier(ReportOptions options) {
        return options.compareTo().map(Earlier::result);
    }

    /** {@code file} from the root, with forward slashes, as SARIF locations are. */
    private static String fromRoot(RunOutcome outcome, Path file) {
        Path root = outcome.options().request().executionRoot().toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        return (absolute.startsWith(root) ? root.relativize(absolute) : absolute)
                .toString()
                .replace('\\', '/');
    }
}
