package io.github.rustfit.core.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Everything one reactor-wide analysis found, in the shape written to {@code rust-fit.json}.
 * Lists are kept in a canonical order (modules by path, signals by id, evidence by file and
 * line) so the same sources always give the same bytes.
 *
 * @param schemaVersion version of this file format; readers refuse a newer one
 * @param tool the producing tool's name
 * @param toolVersion the producing tool's version
 * @param settings the configuration that shaped the analysis
 * @param summary reactor-wide counts
 * @param modules one entry per reactor module, sorted by path
 * @param suppressions every suppression of the manifest, in manifest order, with what it set aside
 *     over the reactor; one that set aside nothing is unused (left out of the file when empty)
 */
public record AnalysisResult(
        int schemaVersion,
        String tool,
        String toolVersion,
        RunSettings settings,
        Summary summary,
        List<ModuleResult> modules,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<SuppressionUse> suppressions) {

    /**
     * The schema version this code writes. Version 2 groups each module's fields (identity,
     * sources, graph, evidence, judgement, review, adoption) and each review's recorded values;
     * version 1 files are still read (see {@link ResultFiles#read}).
     */
    public static final int SCHEMA_VERSION = 2;

    public AnalysisResult {
        modules = List.copyOf(modules);
        suppressions = suppressions == null ? List.of() : List.copyOf(suppressions);
    }

    /** A result of a run without suppressions. */
    public AnalysisResult(
            int schemaVersion,
            String tool,
            String toolVersion,
            RunSettings settings,
            Summary summary,
            List<ModuleResult> modules) {
        this(schemaVersion, tool, toolVersion, settings, summary, modules, List.of());
    }

    /** This result with other module results (such as the same ones with their review states). */
    public AnalysisResult withModules(List<ModuleResult> newModules) {
        return new AnalysisResult(schemaVersion, tool, toolVersion, settings, summary, newModules, suppressions);
    }

    /** The suppressions that set aside nothing: each is reported as unused. */
    public List<SuppressionUse> unusedSuppressions() {
        return suppressions.stream().filter(use -> use.occurrences() == 0).toList();
    }
}
