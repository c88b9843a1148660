package io.github.rustfit.maven;

import org.apache.maven.plugins.annotations.Parameter;

/** The parameters that say what is analysed and how it is read; every goal that analyses has them. */
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
     * Also analyses test source roots: {@code true} or {@code false}; any other value is refused. Off by default: tests rarely
     * decide where Rust pays.
     *
     * @since 0.1.0
     */
    @Parameter(property = "rustfit.includeTests", defaultValue = "false")
    String includeTests;

    /**
     * Also analyses generated source roots (those inside the build directory): {@code true} or {@code false}; any other value is refused.
     *
     * @since 0.1.0
     */
    @Parameter(property = "rustfit.includeGenerated", defaultValue = "false")
    String includeGenerated;

    /**
     * Source files to leave out of the analysis, such as vendored or generated code the build does
     * not mark: comma-separated globs over paths relative to the execution root, as the JDK reads
     * them ({@code *} within a directory, {@code **} across directories, {@code {a,b}} either), such as
     * {@code **}{@code /generated/**,legacy/**}. A leading {@code **}{@code /} also matches the top
     * directory. The result counts the files set aside in each module.
     *
     * @since 0.2.0
     */
    @Parameter(property = "rustfit.excludes")
    String excludes;

    /**
     * How many evidence lines each module keeps per signal in the result. Every occurrence is
     * still counted.
     *
     * @since 0.1.0
     */
    @Parameter(property = "rustfit.maxEvidencePerSignal", defaultValue = "20")
    String maxEvidencePerSignal;

    /**
     * How many source files are parsed at once. {@code 0}, the default, uses one thread per
     * processor, as PMD does. The result is the same, byte for byte, for any number of threads;
     * set {@code 1} to keep the analysis on Maven's own thread.
     *
     * @since 0.1.0
     */
    @Parameter(property = "rustfit.threads", defaultValue = "0")
    String threads;

    /**
     * Whether source files are parsed in a separate JVM started for the purpose: {@code auto} (the
     * default) does so when 200 or more files are likely to need parsing (those of modules the cache
     * knows nothing of), {@code always} whenever files are examined, and {@code never} parses in
     * Maven's JVM. That JVM uses this one's Java and class path, a heap sized for parsing (never more
     * than Maven's), and flags that suit a short burst of parsing (quick compilation only, and
     * JavaParser's large lexer method compiled). Results are the same, byte for byte; if the JVM
     * cannot start or fails, the rest of the run is parsed in Maven's JVM with a warning.
     *
     * @since 0.1.0
     */
    @Parameter(property = "rustfit.fork", defaultValue = "auto")
    String fork;

    /**
     * More arguments for the parsing JVM (see {@code fork}), separated by spaces, such as
     * {@code -Xmx1g}. They come after the plugin's own, so they win.
     *
     * @since 0.1.0
     */
    @Parameter(property = "rustfit.forkJvmArguments")
    String forkJvmArguments;

    /**
     * The largest source file, in bytes, that is parsed. A larger file is counted and listed as not
     * parsed, and gives no evidence: its syntax tree could need a hundred times its size in heap.
     * Such files are mostly generated tables.
     *
     * @since 0.2.0
     */
    @Parameter(property = "rustfit.maxFileSize", defaultValue = "1048576")
    String maxFileSize;

    /**
     * Modules, by artifactId or path and separated by commas, that get an extraction plan whatever
     * their verdict (strong candidates and modules to consider always get one): the cut around their
     * hotspots, the surface the rest of the reactor uses it through, what would cross that boundary,
     * what the cut needs, and whether the boundary is narrow, chatty or wide.
     *
     * @since 0.2.0
     */
    @Parameter(property = "rustfit.planFor")
    String planFor;
}
