package io.github.rustfit.core.analysis;

import io.github.rustfit.core.criteria.Answer;
import io.github.rustfit.core.criteria.Question;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * @param declaredAnswers the team's answers from the component manifest, by module artifactId or
 *     module path; they override the answers inferred from the code
 * @param planFor artifactIds or paths of modules that get an extraction plan whatever their verdict
 */
public record AnalysisRequest(
        Path executionRoot,
        List<ModuleRequest> modules,
        Optional<String> languageLevel,
        boolean includeTests,
        boolean includeGenerated,
        int maxEvidencePerSignal,
        String toolVersion,
        Map<String, Map<Question, Answer>> declaredAnswers,
        List<String> planFor) {

    /** Evidence lines kept per signal and module unless configured otherwise. */
    public static final int DEFAULT_MAX_EVIDENCE = 20;

    public AnalysisRequest {
        modules = List.copyOf(modules);
        Map<String, Map<Question, Answer>> copy = new LinkedHashMap<>();
        declaredAnswers.forEach((module, answers) -> copy.put(module, Map.copyOf(new EnumMap<>(answers))));
        declaredAnswers = Map.copyOf(copy);
        planFor = List.copyOf(planFor);
        if (maxEvidencePerSignal < 1) {
            throw new IllegalArgumentException("maxEvidencePerSignal must be at least 1, was " + maxEvidencePerSignal);
        }
    }

    /** A request without modules to plan whatever their verdict. */
    public AnalysisRequest(
            Path executionRoot,
            List<ModuleRequest> modules,
            Optional<String> languageLevel,
            boolean includeTests,
            boolean includeGenerated,
            int maxEvidencePerSignal,
            String toolVersion,
            Map<String, Map<Question, Answer>> declaredAnswers) {
        this(
                executionRoot,
                modules,
                languageLevel,
                includeTests,
                includeGenerated,
                maxEvidencePerSignal,
                toolVersion,
                declaredAnswers,
                List.of());
    }

    /** A request without declared answers. */
    public AnalysisRequest(
            Path executionRoot,
            List<ModuleRequest> modules,
            Optional<String> languageLevel,
            boolean includeTests,
            boolean includeGenerated,
            int maxEvidencePerSignal,
            String toolVersion) {
        this(
                executionRoot,
                modules,
                languageLevel,
                includeTests,
                includeGenerated,
                maxEvidencePerSignal,
                toolVersion,
                Map.of());
    }

    /** This request with the team's declared answers, by module artifactId or path. */
    public AnalysisRequest withDeclaredAnswers(Map<String, Map<Question, Answer>> answers) {
        return new AnalysisRequest(
                executionRoot,
                modules,
                languageLevel,
                includeTests,
                includeGenerated,
                maxEvidencePerSignal,
                toolVersion,
                answers,
                planFor);
    }

    /** This request, planning the extraction of these modules (artifactIds or paths) whatever their verdict. */
    public AnalysisRequest withPlanFor(List<String> modules) {
        return new AnalysisRequest(
                executionRoot,
                this.modules,
                languageLevel,
                includeTests,
                includeGenerated,
                maxEvidencePerSignal,
                toolVersion,
                declaredAnswers,
                modules);
    }
}
