package io.github.rustfit.core.review;

import io.github.rustfit.core.manifest.Review;
import java.util.List;

/**
 * One check of a recorded review. Each rule is a small class listed in {@link ReviewGate}; a rule
 * adds the problems it finds, as data, and never decides how they are printed.
 */
interface ReviewRule {

    /** Adds to {@code out} what this rule finds wrong with {@code review}, the module's recorded review. */
    void check(ModuleUnderReview subject, Review review, List<ReviewProblem> out);
}
