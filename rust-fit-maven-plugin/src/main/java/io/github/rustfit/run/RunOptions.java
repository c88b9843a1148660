package io.github.rustfit.run;

import io.github.rustfit.core.analysis.AnalysisRequest;
import io.github.rustfit.core.manifest.ManifestCommands;
import io.github.rustfit.core.result.ResultFiles;
import io.github.rustfit.core.review.GateContext;
import io.github.rustfit.core.review.ReviewPolicy;
import io.github.rustfit.core.review.ReviewStubs;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Everything one run needs, validated and plain.
 *
 * @param request the reactor to analyse (the manifest's declared answers are added by the run)
 * @param analyzer how files are read and parsed
 * @param cache how the analysis cache is used
 * @param manifestFile where the component manifest is, or would be
 * @param outputDirectory where the result, the stubs and the reports go
 * @param policy how strict the review gate is
 * @param today the date reviews are dated and judged on, in UTC
 * @param commands how hints name the plugin's goals
 * @param projectModules every module of the project by artifactId and path, analysed or not; empty
 *     when the build cannot know them (see {@link GateContext#projectModules()})
 */
public record RunOptions(
        AnalysisRequest request,
        AnalyzerOptions analyzer,
        CacheOptions cache,
        Path manifestFile,
        Path outputDirectory,
        ReviewPolicy policy,
        LocalDate today,
        ManifestCommands commands,
        Optional<Set<String>> projectModules) {

    /** Where the result is written. */
    public Path resultFile() {
        return outputDirectory.resolve(ResultFiles.FILE_NAME);
    }

    /** Where the review stubs are written. */
    public Path stubsFile() {
        return outputDirectory.resolve(ReviewStubs.FILE_NAME);
    }

    /** What the review gate judges by. */
    public GateContext gateContext() {
        return new GateContext(manifestFile, stubsFile(), policy, today, commands, projectModules);
    }

    /** These options, their hints naming the plugin's goals with {@code other}. */
    public RunOptions withCommands(ManifestCommands other) {
        return new RunOptions(
                request, analyzer, cache, manifestFile, outputDirectory, policy, today, other, projectModules);
    }

    /** These options under another review policy. */
    public RunOptions withPolicy(ReviewPolicy other) {
        return new RunOptions(
                request, analyzer, cache, manifestFile, outputDirectory, other, today, commands, projectModules);
    }
}
