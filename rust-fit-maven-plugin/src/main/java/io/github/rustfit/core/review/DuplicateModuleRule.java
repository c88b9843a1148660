package io.github.rustfit.core.review;

import io.github.rustfit.core.manifest.Component;
import io.github.rustfit.core.manifest.Manifest;
import io.github.rustfit.core.result.AnalysisResult;
import io.github.rustfit.core.result.ModuleResult;
import io.github.rustfit.core.review.ReviewProblem.Kind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Each module in one component, once. The manifest reader catches a module written the same way
 * twice; only the reactor knows that an artifactId and a path are the same module, so this one is
 * caught here, always as an error.
 */
final class DuplicateModuleRule {

    static final String TWICE =
            "the manifest names this module twice: as '%s' in component '%s' (%s) and as '%s' in" + " component '%s'";
    static final String KEEP_ONE = "keep it in one component only; remove '%s' from component '%s'.";

    /** One module entry of a component: as written, the component, and its manifest file:line. */
    private record Naming(String name, String component, String where) {}

    private DuplicateModuleRule() {}

    static void check(AnalysisResult result, Manifest manifest, GateContext context, List<ReviewProblem> out) {
        Map<String, Naming> named = new LinkedHashMap<>();
        for (Component component : manifest.components()) {
            for (int i = 0; i < component.modules().size(); i++) {
                Naming here = new Naming(
                        component.modules().get(i),
                        component.name(),
                        manifest.describe(component, "modules", String.valueOf(i)));
                for (ModuleResult module : result.modules()) {
                    boolean same = module.artifactId().equals(here.name())
                            || module.path().equals(here.name());
                    Naming first = same ? named.putIfAbsent(module.path(), here) : null;
                    if (first != null) {
                        out.add(ReviewProblem.of(
                                module.artifactId(),
                                Kind.DUPLICATE_MODULE,
                                context.policy(),
                                here.where(),
                                String.format(
                                        Locale.ROOT,
                                        TWICE,
                                        first.name(),
                                        first.component(),
                                        first.where(),
                                        here.name(),
                                        here.component()),
                                String.format(Locale.ROOT, KEEP_ONE, here.name(), here.component())));
                    }
                }
            }
        }
    }
}
