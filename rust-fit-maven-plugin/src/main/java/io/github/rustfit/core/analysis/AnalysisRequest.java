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
 * @param excludes globs over paths relative to the execution root; matching files are not analysed
 * @param suppressions the manifest's suppressions, in manifest order: findings they match count
 *     toward no module's evidence or verdict, and are tallied for them instead
 * @param planFor artifactIds or paths of modules that get an extraction plan whatever their verdict
 * @param otherModules the project's modules this build leaves out (those {@code -pl} did not select,
 *     or those outside the directory the build started in): never analysed or reported, but part of
 *     the dependency graph the analysed modules are judged by, as in a build of the whole project
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
        List<String> excludes,
        List<SuppressionRule> suppressions,
        List<String> planFor,
        List<ModuleRequest> otherModules) {

    /** Evidence lines kept per signal and module unless configured otherwise. */
    public static final int DEFAULT_MAX_EVIDENCE = 20;

    public AnalysisRequest {
        modules = List.copyOf(modules);
        Map<String, Map<Question, Answer>> copy = new LinkedHashMap<>();
        declaredAnswers.forEach((module, answers) -> copy.put(module, Map.copyOf(new EnumMap<>(answers))));
        declaredAnswers = Map.copyOf(copy);
        excludes = List.copyOf(excludes);
        suppressions = suppressions == null ? List.of() : List.copyOf(suppressions);
        planFor = planFor == null ? List.of() : List.copyOf(planFor);
        otherModules = otherModules == null ? List.of() : List.copyOf(otherModules);
        if (maxEvidencePerSignal < 1) {
            throw new IllegalArgumentException("maxEvidencePerSignal must be at least 1, was " + maxEvidencePerSignal);
        }
    }

    /** A request without declared answers, exclusions, suppressions or modules to plan whatever their verdict. */
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
                Map.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    /** This request with the team's declared answers, by module artifactId or path. */
    public AnalysisRequest withDeclaredAnswers(Map<String, Map<Question, Answer>> answers) {
        return copy(answers, excludes, suppressions, planFor, otherModules);
    }

    /** This request, setting aside the files the globs match. */
    public AnalysisRequest withExcludes(List<String> globs) {
        return copy(declaredAnswers, globs, suppressions, planFor, otherModules);
    }

    /** This request with the manifest's suppressions (see {@link Suppressions#resolve}). */
    public AnalysisRequest withSuppressions(List<SuppressionRule> rules) {
        return copy(declaredAnswers, excludes, rules, planFor, otherModules);
    }

    /** This request, planning the extraction of these modules (artifactIds or paths) whatever their verdict. */
    public AnalysisRequest withPlanFor(List<String> modules) {
        return copy(declaredAnswers, excludes, suppressions, modules, otherModules);
    }

    /** This request, judging its modules within a project that also has {@code others}, not analysed. */
    public AnalysisRequest withOtherModules(List<ModuleRequest> others) {
        return copy(declaredAnswers, excludes, suppressions, planFor, others);
    }

    private AnalysisRequest copy(
            Map<String, Map<Question, Answer>> answers,
            List<String> globs,
            List<SuppressionRule> rules,
            List<String> plans,
            List<ModuleRequest> others) {
        return new AnalysisRequest(
                executionRoot,
                modules,
                languageLevel,
                includeTests,
                includeGenerated,
                maxEvidencePerSignal,
                toolVersion,
                answers,
                globs,
                rules,
                plans,
                others);
    }
}
