package io.github.rustfit.core.review;

import io.github.rustfit.core.manifest.Review;
import io.github.rustfit.core.review.ReviewProblem.Kind;
import java.util.List;
import java.util.Locale;

/** A review is incomplete without a rationale in the team's own words, or without a reviewer. */
final class RationaleAndReviewersRule implements ReviewRule {

    static final String PLACEHOLDER = "its review's rationale is empty or a placeholder (\"%s\")";
    static final String WRITE_WHY = "write why the team decided %s, in its own words.";
    static final String NO_REVIEWER = "its review names no reviewer";
    static final String NAME_REVIEWERS = "list who reviewed it under reviewers: [...].";

    @Override
    public void check(ModuleUnderReview subject, Review review, List<ReviewProblem> out) {
        if (Rationales.isPlaceholder(review.rationale())) {
            String given = review.rationale() == null ? "" : review.rationale().strip();
            out.add(subject.problem(
                    Kind.PLACEHOLDER_RATIONALE,
                    subject.where("review", "rationale"),
                    String.format(Locale.ROOT, PLACEHOLDER, given),
                    String.format(Locale.ROOT, WRITE_WHY, review.decision().yamlName())));
        }
        if (review.reviewers().stream().allMatch(String::isBlank)) {
            out.add(subject.problem(Kind.NO_REVIEWER, subject.where("review"), NO_REVIEWER, NAME_REVIEWERS));
        }
    }
}
