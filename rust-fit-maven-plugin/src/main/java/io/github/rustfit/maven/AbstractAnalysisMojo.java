package io.github.rustfit.maven;

import io.github.rustfit.core.analysis.AnalysisRequest;
import io.github.rustfit.core.analysis.ReactorAnalyzer;
import io.github.rustfit.core.cache.FileReportCache;
import io.github.rustfit.core.result.AnalysisResult;
import io.github.rustfit.core.result.ResultFileException;
import io.github.rustfit.core.result.ResultFiles;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;

/** The parameters that shape an analysis, shared by every goal that may run one. */
abstract class AbstractAnalysisMojo extends AbstractRustFitMojo {

    /**
     * Java language level to parse sources at, such as {@code 17} or {@code 21}. Empty means the
     * newest level the bundled JavaParser knows, which reads records, sealed types, pattern
     * matching and text blocks.
     *
     * @since 0.1.0
     */
    @Parameter(property = "rustfit.languageLevel")
    String languageLevel;

    /**
     * Also analyses test source roots. Off by default: tests rarely decide where Rust pays.
     *
     * @since 0.1.0
     */
    @Parameter(property = "rustfit.includeTests", defaultValue = "false")
    boolean includeTests;

    /**
     * Also analyses generated source roots (those inside the build directory).
     *
     * @since 0.1.0
     */
    @Parameter(property = "rustfit.includeGenerated", defaultValue = "false")
    boolean includeGenerated;

    /**
     * How many evidence lines each module keeps per signal in the result. Every occurrence is
     * still counted.
     *
     * @since 0.1.0
     */
    @Parameter(property = "rustfit.maxEvidencePerSignal", defaultValue = "20")
    int maxEvidencePerSignal;

    /**
     * Reuses what each unchanged source file contributed to the previous run, so a build with no
     * source change costs the hashing of the files, not their parsing. A cache written by another
     * plugin build or with other settings is never trusted.
     *
     * @since 0.1.0
     */
    @Parameter(property = "rustfit.useCache", defaultValue = "true")
    boolean useCache;

    /**
     * Where the per-file cache lives. Point it at a directory your CI caches between builds to
     * keep warm runs fast there too.
     *
     * @since 0.1.0
     */
    @Parameter(
            property = "rustfit.cacheFile",
            defaultValue = "${session.executionRootDirectory}/target/rust-fit/cache/file-reports.json")
    File cacheFile;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    PluginDescriptor plugin;

    /** Where the result file lives. */
    Path resultFile() {
        return outputDirectory.toPath().resolve(ResultFiles.FILE_NAME);
    }

    /**
     * The plugin's version; for a snapshot also its jar's size and time, since a rebuilt snapshot
     * may find other signals under the same version.
     */
    private String buildIdentity() {
        String identity = plugin.getVersion();
        File jar = plugin.getPluginArtifact() == null
                ? null
                : plugin.getPluginArtifact().getFile();
        if (identity.endsWith("-SNAPSHOT") && jar != null && jar.isFile()) {
            identity += "@" + jar.length() + "-" + jar.lastModified();
        }
        return identity;
    }

    /** Analyses the reactor, writes the result atomically and returns it. */
    AnalysisResult analyzeAndWrite() throws MojoExecutionException {
        ReactorRequests.Settings settings = new ReactorRequests.Settings(
                Path.of(session.getExecutionRootDirectory()),
                Optional.ofNullable(languageLevel).filter(level -> !level.isBlank()),
                includeTests,
                includeGenerated,
                maxEvidencePerSignal,
                plugin.getVersion());
        AnalysisRequest request = ReactorRequests.from(session.getProjects(), settings);
        AnalysisResult result;
        MavenLogListener listener = new MavenLogListener(getLog());
        try {
            ReactorAnalyzer analyzer = new ReactorAnalyzer();
            FileReportCache cache = useCache
                    ? FileReportCache.open(
                            cacheFile.toPath(), analyzer.cacheFingerprint(request, buildIdentity()), listener)
                    : FileReportCache.disabled();
            result = analyzer.analyze(request, listener, cache);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("rust-fit: " + e.getMessage() + " (rustfit.languageLevel)", e);
        }
        try {
            ResultFiles.write(result, resultFile());
        } catch (ResultFileException e) {
            throw new MojoExecutionException("rust-fit: " + e.getMessage(), e);
        }
        return result;
    }
}
