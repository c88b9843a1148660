package io.github.rustfit.core.review;

import io.github.rustfit.core.criteria.Verdict;
import io.github.rustfit.core.manifest.ClosestMatch;
import io.github.rustfit.core.manifest.Component;
import io.github.rustfit.core.manifest.Manifest;
import io.github.rustfit.core.result.AnalysisResult;
import io.github.rustfit.core.result.ModuleResult;
import io.github.rustfit.core.review.ReviewProblem.Kind;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The manifest and the reactor agree: every analysed module with code is in a component, and
 * every module a component names exists in the project.
 */
final class ManifestCoverageRule {

    static final String UNCOVERED = "no component of the manifest covers this module";
    static final String ADD_IT = "add it to a component's modules, or add a component for it (see %s).";
    static final String PHANTOM = "component '%s' names this module, and the reactor has no such module";
    static final String NAME_IT = "write the module's artifactId or path as the reactor has it, or remove it.";
    static final String DID_YOU_MEAN =
            "did you mean '%s'? Write the module's artifactId or path as the reactor has it," + " or remove it.";

    private ManifestCoverageRule() {}

    /** Every analysed module with code is in a component. */
    static void uncovered(AnalysisResult result, Manifest manifest, GateContext context, List<ReviewProblem> out) {
        for (ModuleResult module : result.modules()) {
            if (uncovered(module, manifest)) {
                out.add(ReviewProblem.of(
                        module.artifactId(),
                        Kind.UNCOVERED_MODULE,
                        context.policy(),
                        manifest.file().toString(),
                        UNCOVERED,
                        String.format(Locale.ROOT, ADD_IT, context.stubsFile())));
            }
        }
    }

    /** True when {@code module} holds code to place in a component, and no component of {@code manifest} covers it. */
    static boolean uncovered(ModuleResult module, Manifest manifest) {
        // an aggregator POM holds no code to place in a component
        boolean aggregator = "pom".equals(module.identity().packaging()) && module.verdict() == Verdict.NOT_ANALYZED;
        return !aggregator
                && manifest.componentFor(module.artifactId(), module.path()).isEmpty();
    }

    /** Every module a component names is a module of the project. */
    static void phantoms(AnalysisResult result, Manifest manifest, GateContext context, List<ReviewProblem> out) {
        if (context.projectModules().isEmpty()) {
            return; // the project's other modules are unknown, so a name the result lacks may still be one
        }
        Set<String> known = new TreeSet<>(context.projectModules().orElseThrow());
        for (ModuleResult module : result.modules()) {
            known.add(module.artifactId());
            known.add(module.path());
        }
        for (Component component : manifest.components()) {
            for (int i = 0; i < component.modules().size(); i++) {
                String name = component.modules().get(i);
                if (!known.contains(name)) {
                    out.add(ReviewProblem.of(
                            name,
                            Kind.PHANTOM_MODULE,
                            context.policy(),
                            manifest.describe(component, "modules", String.valueOf(i)),
                            String.format(Locale.ROOT, PHANTOM, component.name()),
                            ClosestMatch.among(name, known)
                                    .map(match -> String.format(Locale.ROOT, DID_YOU_MEAN, match))
                                    .orElse(NAME_IT)));
                }
            }
        }
    }
}
