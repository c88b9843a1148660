package io.github.rustfit.core.review;

import io.github.rustfit.core.manifest.Component;
import io.github.rustfit.core.manifest.Manifest;
import io.github.rustfit.core.manifest.Review;
import io.github.rustfit.core.manifest.ReviewEvidence;
import io.github.rustfit.core.result.AnalysisResult;
import io.github.rustfit.core.result.ModuleResult;
import java.util.List;
import java.util.Optional;

/**
 * What the review rules see of one module: its result, the component covering it (if any), the
 * evidence of every module that component covers, and where things sit in the manifest.
 *
 * @param module the module
 * @param component the manifest's component covering it, if any
 * @param evidence the evidence of the modules the component covers (the module alone without one)
 * @param manifest the manifest, if there is one
 * @param context what the gate judges by
 */
record ModuleUnderReview(
        ModuleResult module,
        Optional<Component> component,
        ReviewEvidence evidence,
        Optional<Manifest> manifest,
        GateContext context) {

    static ModuleUnderReview of(
            AnalysisResult result, ModuleResult module, Optional<Manifest> manifest, GateContext context) {
        Optional<Component> component = manifest.flatMap(m -> m.componentFor(module.artifactId(), module.path()));
        List<ModuleResult> covered = Coverage.covered(result.modules(), module, component);
        return new ModuleUnderReview(module, component, ReviewEvidence.of(covered), manifest, context);
    }

    /** The module's artifactId, as problems name it. */
    String name() {
        return module.artifactId();
    }

    /** Whether the module's verdict calls for a review under the policy. */
    boolean required() {
        return context.policy().requirement().requires(module.verdict());
    }

    /** The recorded review, if the module's component has one. */
    Optional<Review> review() {
        return component.map(Component::review);
    }

    /** {@code file:line} of the component or of one of its values, such as {@code review}. */
    String where(String... keys) {
        return manifest.orElseThrow().describe(component.orElseThrow(), keys);
    }

    /** The fix's closing words: the command that records a review of this module. */
    String recordIt() {
        return "record it with " + context.commands().review(name());
    }

    /** A problem of this module. */
    ReviewProblem problem(ReviewProblem.Kind kind, String where, String what, String fix) {
        return ReviewProblem.of(name(), kind, context.policy(), where, what, fix);
    }
}
