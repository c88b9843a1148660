package io.github.rustfit.core.analysis;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything an analysis needs to know, as plain immutable values.
 *
 * @param executionRoot directory all reported paths are relative to
 * @param modules the reactor's modules, in reactor order
 * @param languageLevel the JavaParser language level name (such as {@code JAVA_21}); empty for
 *     the newest the parser supports
 * @param includeTests whether test source roots are analysed
 * @param includeGenerated whether generated source roots are analysed
 * @param maxEvidencePerSignal how many evidence lines to keep per signal and module
 * @param toolVersion the version recorded in the result
 */
public record AnalysisRequest(
        Path executionRoot,
        List<ModuleRequest> modules,
        Optional<String> languageLevel,
        boolean includeTests,
        boolean includeGenerated,
        int maxEvidencePerSignal,
        String toolVersion) {

    /** Evidence lines kept per signal and module unless configured otherwise. */
    public static final int DEFAULT_MAX_EVIDENCE = 20;

    public AnalysisRequest {
        modules = List.copyOf(modules);
        if (maxEvidencePerSignal < 1) {
            throw new IllegalArgumentException("maxEvidencePerSignal must be at least 1, was " + maxEvidencePerSignal);
        }
    }
}
