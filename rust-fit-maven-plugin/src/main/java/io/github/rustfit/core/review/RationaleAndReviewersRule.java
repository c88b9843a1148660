package io.github.rustfit.core.review;

import io.github.rustfit.core.manifest.Placeholders;
import io.github.rustfit.core.manifest.Review;
import io.github.rustfit.core.review.ReviewProblem.Kind;
import java.util.List;
import java.util.Locale;

/**
 * A review is incomplete without a rationale in the team's own words, or without a reviewer: a
 * name that is a placeholder ({@code TODO}, the printed command's {@code <names, comma-separated>})
 * names no one.
 */
final class RationaleAndReviewersRule implements ReviewRule {

    static final String PLACEHOLDER = "its review's rationale is empty or a placeholder (\"%s\")";
    static final String WRITE_WHY = "write why the team decided %s, in its own words.";
    static final String NO_REVIEWER = "its review names no reviewer";
    static final String ONLY_PLACEHOLDERS = "its review names no reviewer, only the placeholder%s %s";
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
        } else if (review.reviewers().stream().allMatch(Placeholders::isPlaceholderName)) {
            List<String> given = review.reviewers().stream()
                    .filter(name -> !name.isBlank())
                    .map(name -> "'" + name.strip() + "'")
                    .toList();
            out.add(subject.problem(
                    Kind.NO_REVIEWER,
                    subject.where("review", "reviewers"),
                    String.format(
                            Locale.ROOT, ONLY_PLACEHOLDERS, given.size() == 1 ? "" : "s", String.join(", ", given)),
                    NAME_REVIEWERS));
        }
    }
}
