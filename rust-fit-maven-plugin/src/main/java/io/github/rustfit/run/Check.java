package io.github.rustfit.run;

import io.github.rustfit.core.review.GateOutcome;
import io.github.rustfit.core.review.ReviewPolicy;
import io.github.rustfit.core.review.ReviewProblem;
import io.github.rustfit.report.html.HtmlReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the {@code check} goal concludes from a run: each problem once, a closing summary, and,
 * when any problem is an error, the one short line the build fails with.
 *
 * @param problems every problem, errors and warnings, each to be printed once
 * @param summary the closing line: counts, then where to look
 * @param failure the failure's message, when the gate fails
 */
public record Check(List<ReviewProblem> problems, String summary, Optional<String> failure) {

    /** The closing line: counts, then where to look. */
    public static final String SUMMARY = "rust-fit: review gate: %d module(s) need a review, %d hold; %d error(s), %d"
            + " warning(s). Manifest: %s; result: %s; review stubs: %s%s";

    /** The failure: the problems themselves are the lines printed above it, each once. */
    public static final String FAILED =
            "rust-fit: the fit-review gate failed with %d error(s): each is an [ERROR] line" + " above, with its fix.";

    public Check {
        problems = List.copyOf(problems);
    }

    /**
     * Ends the closing line when the report on disk was not written by this build: a build that
     * judged other modules, or changed code, leaves an earlier report that no longer describes the run.
     */
    public static final String EARLIER_REPORT =
            "; an earlier build's report, which may not describe this run: %s (%s rewrites it)";

    /**
     * The check of {@code outcome} under {@code policy}, linking the report in {@code reportDirectory}
     * if there is one: as this run's when this build wrote it, else as an earlier build's.
     */
    public static Check of(RunOutcome outcome, ReviewPolicy policy, Path reportDirectory, boolean reportOfThisBuild) {
        GateOutcome gate = ReactorRun.gate(outcome, policy);
        RunOptions options = outcome.options();
        Path report = reportDirectory.resolve(HtmlReport.FILE_NAME);
        String summary = String.format(
                Locale.ROOT,
                SUMMARY,
                gate.requiring(),
                gate.reviewed(),
                gate.errors(),
                gate.warnings(),
                options.manifestFile() + (outcome.manifest().isPresent() ? "" : " (none)"),
                options.resultFile(),
                options.stubsFile(),
                !Files.isRegularFile(report)
                        ? ""
                        : reportOfThisBuild
                                ? "; report: " + report
                                : String.format(
                                        Locale.ROOT,
                                        EARLIER_REPORT,
                                        report,
                                        options.commands().goal("report")));
        Optional<String> failure =
                gate.errors() > 0 ? Optional.of(String.format(Locale.ROOT, FAILED, gate.errors())) : Optional.empty();
        return new Check(gate.problems(), summary, failure);
    }
}
