package io.github.rustfit.core.analysis;

import io.github.rustfit.core.adoption.AdoptionAdvisor;
import io.github.rustfit.core.analysis.FileDigests.DigestedModule;
import io.github.rustfit.core.criteria.Verdict;
import io.github.rustfit.core.extraction.ExtractionPlanner;
import io.github.rustfit.core.file.AnalysisListener;
import io.github.rustfit.core.manifest.ClosestMatch;
import io.github.rustfit.core.result.ModuleResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The analysis's extraction stage: each tallied module's outline goes to the planner as soon as the
 * module is done (so no file report outlives its module), and each assembled candidate, or module
 * named by {@code rustfit.planFor}, gets its plan in its adoption group, and a candidate's first
 * step is revised to follow the plan's boundary.
 */
final class ModulePlans {

    /** Said when rustfit.planFor names no module of the reactor: the name, and the closest module. */
    static final String UNKNOWN_PLAN_REQUEST = "rust-fit: rustfit.planFor names '%s', which is no module of this"
            + " reactor (by artifactId or path)%s; no plan is made for it.";

    private final ExtractionPlanner planner;
    private long nanos;

    ModulePlans(AnalysisRequest request) {
        this.planner = new ExtractionPlanner(request.planFor());
    }

    /** Hands a tallied module to the planner, which keeps only an outline of it. */
    void tallied(ModuleRequest request, String path, ModuleTally tally) {
        long start = System.nanoTime();
        List<String> dependencies =
                request.dependencies().stream().map(DeclaredDependency::key).toList();
        planner.moduleDone(
                new ExtractionPlanner.Module(request.key(), request.artifactId(), path, dependencies),
                tally.takeOutline(),
                tally.hotspotFiles(request.artifactId()));
        nanos += System.nanoTime() - start;
    }

    /**
     * The module's result with its extraction plan, when it is a candidate or was asked for. A module
     * shaped like a service that no module of the reactor depends on runs on its own: its public API
     * is no surface anyone calls through.
     */
    ModuleResult withPlan(ModuleRequest request, ModuleResult module, boolean serviceShaped) {
        if (!module.verdict().isAtLeast(Verdict.CONSIDER) && !planner.requested(module.artifactId(), module.path())) {
            return module;
        }
        long start = System.nanoTime();
        boolean runsAsService = serviceShaped && module.graph().dependents().isEmpty();
        ModuleResult planned = planner.plan(request.key(), runsAsService)
                .map(plan -> module.adoption() == null
                        ? module.withExtraction(plan)
                        : module.withAdoption(
                                AdoptionAdvisor.withPlan(module.artifactId(), module.adoption(), plan, runsAsService)))
                .orElse(module);
        nanos += System.nanoTime() - start;
        return planned;
    }

    /** Warns of every name in {@code rustfit.planFor} that is no module of the reactor. */
    void warnOfUnknownRequests(AnalysisRequest request, List<DigestedModule> digested, AnalysisListener listener) {
        List<String> names = new ArrayList<>();
        for (DigestedModule module : digested) {
            names.add(module.module().artifactId());
            names.add(module.sources().path());
        }
        for (String wanted : request.planFor()) {
            if (!names.contains(wanted)) {
                String closest = ClosestMatch.among(wanted, names)
                        .map(match -> "; did you mean " + match + "?")
                        .orElse("");
                listener.warn(String.format(Locale.ROOT, UNKNOWN_PLAN_REQUEST, wanted, closest));
            }
        }
    }

    /** Says, at debug level, how long planning took over the whole run. */
    void reportTime(AnalysisListener listener) {
        listener.debug(String.format(Locale.ROOT, "Extraction plans took %.2f s", nanos / 1e9));
    }
}
