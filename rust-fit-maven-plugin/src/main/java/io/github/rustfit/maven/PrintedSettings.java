package io.github.rustfit.maven;

import io.github.rustfit.core.analysis.AnalysisRequest;
import io.github.rustfit.core.analysis.ReactorAnalyzer;
import io.github.rustfit.core.manifest.ManifestCommands.Setting;
import io.github.rustfit.core.review.ReviewPolicy;
import io.github.rustfit.core.review.ReviewRequirement;
import io.github.rustfit.run.RunOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which settings of a run the commands it prints (the review and init commands of its hints, its
 * starter manifest and its reports) carry, and with which values. A printed command is run as
 * printed, so it must measure what this run measured and write where this run wrote: a review
 * recorded without {@code rustfit.includeTests} would hold the digest of other evidence than the
 * gate that asked for it judges, and one without {@code rustfit.manifest} would land in another
 * manifest; either way the gate would fail again however often the command ran.
 *
 * <p>Every {@code rustfit.*} property of every goal is named here, either {@link #CARRIED} or
 * {@link #LEFT_OUT} with the reason, and a test holds the plugin's descriptor to that, so a new
 * parameter cannot be forgotten. A carried setting at its default is left out, so a run with the
 * defaults prints the commands it always printed.
 */
final class PrintedSettings {

    /**
     * What a carried setting's value is taken from.
     *
     * @param options the run's options, every parameter checked
     * @param defaultManifest the manifest the run would use without {@code rustfit.manifest}
     * @param defaultOutputDirectory the output directory without {@code rustfit.outputDirectory}
     * @param base the directory Maven resolves a relative file setting against (the build's project
     *     directory): a file under it is printed relative to it
     */
    record Run(RunOptions options, Path defaultManifest, Path defaultOutputDirectory, Path base) {

        AnalysisRequest request() {
            return options.request();
        }

        ReviewPolicy policy() {
            return options.policy();
        }

        /** {@code file} as the command passes it: relative to {@link #base} when under it, else absolute. */
        String path(Path file) {
            Path absolute = normal(file);
            Path from = normal(base);
            Path shown = absolute.startsWith(from) && !absolute.equals(from) ? from.relativize(absolute) : absolute;
            return shown.toString().replace('\\', '/');
        }
    }

    /**
     * The settings printed commands carry, in the order they are printed, each with what it changes.
     * Each gives its value only when it differs from its default.
     */
    static final Map<String, Carried> CARRIED = carried(
            new Carried(
                    "rustfit.manifest",
                    "where reviews are recorded, and the declared answers and suppressions the evidence is judged by",
                    run -> differs(normal(run.options().manifestFile()), normal(run.defaultManifest()))
                            .map(run::path)),
            new Carried(
                    "rustfit.includeTests",
                    "which source files are read, so the evidence a review's digest is of",
                    run -> flag(run.request().includeTests())),
            new Carried(
                    "rustfit.includeGenerated",
                    "which source files are read, so the evidence a review's digest is of",
                    run -> flag(run.request().includeGenerated())),
            new Carried(
                    "rustfit.excludes",
                    "which source files are read, so the evidence a review's digest is of",
                    run -> joined(run.request().excludes())),
            new Carried(
                    "rustfit.languageLevel",
                    "which files parse, so the evidence a review's digest is of",
                    run -> run.request().languageLevel().map(String::strip)),
            new Carried(
                    "rustfit.maxFileSize",
                    "which files are parsed, so the evidence a review's digest is of",
                    run -> differs(run.options().analyzer().maxFileBytes(), ReactorAnalyzer.DEFAULT_MAX_FILE_BYTES)
                            .map(String::valueOf)),
            new Carried(
                    "rustfit.maxEvidencePerSignal",
                    "the evidence lines the result the command writes keeps",
                    run -> differs(run.request().maxEvidencePerSignal(), AnalysisRequest.DEFAULT_MAX_EVIDENCE)
                            .map(String::valueOf)),
            new Carried(
                    "rustfit.planFor",
                    "the extraction plans in the result the command writes",
                    run -> joined(run.request().planFor())),
            new Carried(
                    "rustfit.requireReviewFor",
                    "the review states and stubs the command writes",
                    run -> differs(run.policy().requirement(), ReviewRequirement.STRONG_CANDIDATE)
                            .map(ReviewRequirement::name)),
            new Carried(
                    "rustfit.driftTolerance",
                    "the review states and stubs the command writes",
                    run -> differs(run.policy().driftTolerance(), ReviewPolicy.DEFAULT_DRIFT_TOLERANCE)
                            .map(String::valueOf)),
            new Carried(
                    "rustfit.revisitWarningDays",
                    "the review states and stubs the command writes",
                    run -> differs(run.policy().revisitWarningDays(), ReviewPolicy.DEFAULT_REVISIT_WARNING_DAYS)
                            .map(String::valueOf)),
            new Carried(
                    "rustfit.outputDirectory",
                    "where the command writes the result and the review stubs",
                    run -> differs(normal(run.options().outputDirectory()), normal(run.defaultOutputDirectory()))
                            .map(run::path)));

    /** The properties printed commands never carry, each with why. */
    static final Map<String, String> LEFT_OUT = Map.ofEntries(
            Map.entry("rustfit.skip", "a skipped run prints no command, and the printed one must run"),
            Map.entry("rustfit.threads", "the result is the same, byte for byte, for any number of threads"),
            Map.entry("rustfit.fork", "the result is the same, byte for byte, wherever files are parsed"),
            Map.entry("rustfit.forkJvmArguments", "the result is the same, byte for byte, wherever files are parsed"),
            Map.entry("rustfit.useCache", "the cache changes how long a run takes, never its result"),
            Map.entry("rustfit.cacheMode", "the cache changes how long a run takes, never its result"),
            Map.entry("rustfit.cacheFile", "the cache changes how long a run takes, never its result"),
            Map.entry("rustfit.cacheKeyFile", "the cache changes how long a run takes, never its result"),
            Map.entry("rustfit.sourceUrl", "links in the reports, which neither review nor init writes"),
            Map.entry("rustfit.failOnMissingReview", "check's and report's own: review and init have no gate to fail"),
            Map.entry("rustfit.failOnManifestMismatch", "check's own: review and init have no gate to fail"),
            Map.entry("rustfit.failOnUnreadableSources", "check's own: review and init have no gate to fail"),
            Map.entry("rustfit.compareTo", "report's own: review and init write no report"),
            Map.entry("rustfit.module", "the review command's own value, which it names itself"),
            Map.entry("rustfit.decision", "the review command's own value, left to fill in"),
            Map.entry("rustfit.rationale", "the review command's own value, left to fill in"),
            Map.entry("rustfit.reviewers", "the review command's own value, left to fill in"),
            Map.entry("rustfit.revisitBy", "one review's own date, never another's"));

    /**
     * A setting printed commands carry.
     *
     * @param property the user property
     * @param changes what it changes of what the command does, the reason it is carried
     * @param value its value in a run, empty at its default
     */
    record Carried(String property, String changes, Function<Run, Optional<String>> value) {}

    private PrintedSettings() {}

    /** The settings of {@code run} that differ from their defaults, in {@link #CARRIED}'s order. */
    static List<Setting> of(Run run) {
        List<Setting> settings = new ArrayList<>();
        for (Carried carried : CARRIED.values()) {
            carried.value().apply(run).ifPresent(value -> settings.add(new Setting(carried.property(), value)));
        }
        return settings;
    }

    private static Map<String, Carried> carried(Carried... settings) {
        Map<String, Carried> byProperty = new LinkedHashMap<>();
        for (Carried setting : settings) {
            byProperty.put(setting.property(), setting);
        }
        return Collections.unmodifiableMap(byProperty);
    }

    private static <T> Optional<T> differs(T value, T byDefault) {
        return value.equals(byDefault) ? Optional.empty() : Optional.of(value);
    }

    private static Path normal(Path file) {
        return file.toAbsolutePath().normalize();
    }

    private static Optional<String> flag(boolean on) {
        return on ? Optional.of("true") : Optional.empty();
    }

    private static Optional<String> joined(List<String> values) {
        return values.isEmpty() ? Optional.empty() : Optional.of(String.join(",", values));
    }
}
