package io.github.rustfit.run;

import io.github.rustfit.core.criteria.Verdict;
import io.github.rustfit.core.result.AnalysisResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The few lines the {@code analyze} goal prints: counts, candidates, failures and where the result is. */
public final class AnalysisSummary {

    /** The first line. */
    static final String ANALYSED = "rust-fit: analysed %d of %d modules (%,d files, %,d lines of code): %d strong"
            + " candidate(s), %d to consider, %d keep";

    private AnalysisSummary() {}

    public static List<String> lines(RunOutcome outcome) {
        AnalysisResult result = outcome.result();
        var verdicts = result.summary().verdicts();
        var files = result.summary().files();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(
                Locale.ROOT,
                ANALYSED,
                result.summary().modules() - verdicts.get(Verdict.NOT_ANALYZED),
                result.summary().modules(),
                files.seen(),
                files.linesOfCode(),
                verdicts.get(Verdict.STRONG_CANDIDATE),
                verdicts.get(Verdict.CONSIDER),
                verdicts.get(Verdict.KEEP)));
        List<String> candidates = result.modules().stream()
                .filter(module -> module.verdict().isAtLeast(Verdict.CONSIDER))
                .map(module -> module.artifactId() + " (" + module.verdict() + ")")
                .toList();
        if (!candidates.isEmpty()) {
            lines.add("rust-fit: candidates: " + String.join(", ", candidates));
        }
        if (files.excluded() > 0) {
            lines.add("rust-fit: " + files.excluded() + " file(s) set aside by rustfit.excludes; the result counts them"
                    + " per module");
        }
        if (files.failed() > 0) {
            lines.add("rust-fit: " + files.failed() + " file(s) could not be parsed; they are listed in the result"
                    + " (run with -X for each parser message)");
        }
        lines.add("rust-fit: result written to " + outcome.options().resultFile());
        return lines;
    }

    /** One line per module for the debug log: its verdict and why. */
    public static List<String> details(RunOutcome outcome) {
        return outcome.result().modules().stream()
                .map(module -> "rust-fit: " + module.path() + " -> " + module.verdict() + ": "
                        + String.join(" ", module.judgement().rationale()))
                .toList();
    }
}
