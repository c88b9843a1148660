package io.github.rustfit.maven;

import io.github.rustfit.core.criteria.Verdict;
import io.github.rustfit.core.result.AnalysisResult;
import io.github.rustfit.core.result.ModuleResult;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Analyses every module of the reactor and writes one result, {@code rust-fit.json}, at the
 * execution root: per module its code signals, the article's three questions answered from them,
 * a verdict and the reasons. Reads only POMs and sources: no dependency resolution, no compiled
 * classes, no prior {@code install}.
 */
@Mojo(
        name = "analyze",
        defaultPhase = LifecyclePhase.VERIFY,
        aggregator = true,
        threadSafe = true,
        requiresDependencyResolution = ResolutionScope.NONE)
public class AnalyzeMojo extends AbstractAnalysisMojo {

    @Override
    void run() throws MojoExecutionException {
        AnalysisResult result = analyzeAndWrite();
        for (String line : summary(result)) {
            getLog().info(line);
        }
    }

    private List<String> summary(AnalysisResult result) {
        var verdicts = result.summary().verdicts();
        var files = result.summary().files();
        int analysed = result.summary().modules() - verdicts.get(Verdict.NOT_ANALYZED);
        String first = String.format(
                Locale.ROOT,
                "rust-fit: analysed %d of %d modules (%,d files, %,d lines of code): %d strong candidate(s),"
                        + " %d to consider, %d keep",
                analysed,
                result.summary().modules(),
                files.seen(),
                files.linesOfCode(),
                verdicts.get(Verdict.STRONG_CANDIDATE),
                verdicts.get(Verdict.CONSIDER),
                verdicts.get(Verdict.KEEP));
        List<String> candidates = result.modules().stream()
                .filter(module -> module.verdict().isAtLeast(Verdict.CONSIDER))
                .map(module -> module.artifactId() + " (" + module.verdict() + ")")
                .toList();
        var lines = new java.util.ArrayList<String>();
        lines.add(first);
        if (!candidates.isEmpty()) {
            lines.add("rust-fit: candidates: " + String.join(", ", candidates));
        }
        if (files.failed() > 0) {
            lines.add("rust-fit: " + files.failed() + " file(s) could not be parsed; they are listed in the result"
                    + " (run with -X for each parser message)");
        }
        lines.add("rust-fit: result written to " + resultFile());
        for (ModuleResult module : result.modules()) {
            getLog().debug("rust-fit: " + module.path() + " -> " + module.verdict() + ": "
                    + String.join(" ", module.rationale()));
        }
        return lines;
    }
}
