package io.github.rustfit.core.result;

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
 */
public record AnalysisResult(
        int schemaVersion,
        String tool,
        String toolVersion,
        RunSettings settings,
        Summary summary,
        List<ModuleResult> modules) {

    /**
     * The schema version this code writes. Version 2 groups each module's fields (identity,
     * sources, graph, evidence, judgement, review, adoption) and each review's recorded values;
     * version 1 files are still read (see {@link ResultFiles#read}).
     */
    public static final int SCHEMA_VERSION = 2;

    public AnalysisResult {
        modules = List.copyOf(modules);
    }
}
