package io.github.rustfit.core.result;

import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.criteria.Verdict;
import java.util.List;
import java.util.Map;

/** Hand-built analysis results for gate tests. */
public final class Results {

    private Results() {}

    public static ModuleResult module(
            String artifactId, Verdict verdict, long linesOfCode, Map<String, Integer> signals) {
        List<SignalResult> signalResults = signals.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new SignalResult(
                        e.getKey(), Criterion.DATA_PLANE, "test signal", e.getValue(), 1.0, List.of(), 0))
                .toList();
        return new ModuleResult(
                new ModuleResult.Identity("it.test", artifactId, artifactId, "jar"),
                new ModuleResult.Sources(
                        List.of(artifactId + "/src/main/java"),
                        new FileStats(3, 3, 0, linesOfCode),
                        List.of(),
                        List.of()),
                new ModuleResult.Graph(List.of(), List.of()),
                new ModuleResult.Findings(signalResults, List.of()),
                new ModuleResult.Judgement(List.of(), verdict, List.of("Because the test says so."), List.of(), null),
                null,
                null);
    }

    /** A module with code at {@code path} of the reactor, of {@code groupId}. */
    public static ModuleResult module(String groupId, String artifactId, String path) {
        ModuleResult m = module(artifactId, Verdict.KEEP, 10, Map.of());
        return new ModuleResult(
                new ModuleResult.Identity(
                        groupId, artifactId, path, m.identity().packaging()),
                m.sources(),
                m.graph(),
                m.evidence(),
                new ModuleResult.Judgement(
                        m.judgement().questions(),
                        m.verdict(),
                        m.judgement().rationale(),
                        m.judgement().whatWouldChange(),
                        null),
                null,
                null);
    }

    public static AnalysisResult result(ModuleResult... modules) {
        return result(List.of(modules));
    }

    public static AnalysisResult result(List<ModuleResult> modules) {
        return new AnalysisResult(
                AnalysisResult.SCHEMA_VERSION,
                "rust-fit-maven-plugin",
                "test",
                new RunSettings("JAVA_17", false, false, 20),
                new Summary(modules.size(), Map.of(), FileStats.EMPTY),
                modules);
    }
}
