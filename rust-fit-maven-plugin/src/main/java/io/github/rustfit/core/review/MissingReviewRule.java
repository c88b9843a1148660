package io.github.rustfit.core.review;

import io.github.rustfit.core.review.ReviewProblem.Kind;
import java.util.Locale;
import java.util.Optional;

/** A module whose verdict calls for a review needs one recorded. */
final class MissingReviewRule {

    static final String MISSING = "its verdict %s calls for a fit review, and none is recorded";

    private MissingReviewRule() {}

    /** The problem of a module without a recorded review, when it needs one. */
    static Optional<ReviewProblem> check(ModuleUnderReview subject) {
        if (!subject.required()) {
            return Optional.empty();
        }
        GateContext context = subject.context();
        String where = subject.component().isPresent()
                ? subject.where()
                : context.manifestFile() + (subject.manifest().isPresent() ? "" : " (no such file)");
        String fix = "copy its stub from " + context.stubsFile() + " into the manifest"
                + (subject.manifest().isPresent()
                        ? ""
                        : " (" + context.commands().init() + " starts one)") + ", or "
                + subject.recordIt();
        return Optional.of(subject.problem(
                Kind.MISSING_REVIEW,
                where,
                String.format(Locale.ROOT, MISSING, subject.module().verdict()),
                fix));
    }
}
