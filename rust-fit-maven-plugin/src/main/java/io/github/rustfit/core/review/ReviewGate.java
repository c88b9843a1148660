package io.github.rustfit.core.review;

import io.github.rustfit.core.manifest.Component;
import io.github.rustfit.core.manifest.Manifest;
import io.github.rustfit.core.manifest.Review;
import io.github.rustfit.core.result.AnalysisResult;
import io.github.rustfit.core.result.ModuleResult;
import io.github.rustfit.core.result.ReviewState;
import io.github.rustfit.core.result.ReviewState.Status;
import io.github.rustfit.core.review.ReviewProblem.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Judges every module's fit review: the analysis result says which modules need one and what
 * their evidence is now; the manifest says what was reviewed; today's date says what has expired.
 * It reads data only and never analyses code itself. Each check is a rule of its own: the
 * {@linkplain #RULES rules of a recorded review}, {@link MissingReviewRule},
 * {@link UnreadableSourcesRule}, {@link ManifestCoverageRule} and
 * {@link DuplicateModuleRule}.
 */
public final class ReviewGate {

    /** The checks of a recorded review, in the order their problems are listed. */
    static final List<ReviewRule> RULES = List.of(
            new EvidenceDriftRule(),
            new SetAsideSinceReviewRule(),
            new VerdictRoseRule(),
            new ReviewDateRule(),
            new RevisitDateRule(),
            new RationaleAndReviewersRule());

    private ReviewGate() {}

    /**
     * Judges the reviews.
     *
     * @param result the analysis result
     * @param manifest the manifest, empty when there is none
     * @param context what to judge by: the policy, today, where things are
     */
    public static GateOutcome judge(AnalysisResult result, Optional<Manifest> manifest, GateContext context) {
        List<ReviewProblem> problems = new ArrayList<>();
        Map<String, ReviewState> states = new LinkedHashMap<>();
        int requiring = 0;
        for (ModuleResult module : result.modules()) {
            UnreadableSourcesRule.check(module, context.policy()).ifPresent(problems::add);
            ModuleUnderReview subject = ModuleUnderReview.of(result, module, manifest, context);
            requiring += subject.required() ? 1 : 0;
            Optional<Review> review = subject.review();
            List<ReviewProblem> found = new ArrayList<>();
            if (review.isPresent()) {
                RULES.forEach(rule -> rule.check(subject, review.get(), found));
            } else {
                MissingReviewRule.check(subject).ifPresent(found::add);
            }
            if (subject.required()) {
                problems.addAll(found);
            }
            states.put(module.path(), state(subject, review, found));
        }
        manifest.ifPresent(m -> {
            ManifestCoverageRule.uncovered(result, m, context, problems);
            DuplicateModuleRule.check(result, m, context, problems);
            ManifestCoverageRule.phantoms(result, m, context, problems);
        });
        return new GateOutcome(problems, states, requiring);
    }

    /** The module's result with its review state, for the result file. */
    /**
     * Whether {@code result} already holds every state {@code outcome} gives its modules, so that
     * {@link #withStates} would make an equal result.
     */
    public static boolean holdsStates(AnalysisResult result, GateOutcome outcome) {
        return result.modules().stream()
                .allMatch(module -> Objects.equals(outcome.states().get(module.path()), module.review()));
    }

    public static AnalysisResult withStates(AnalysisResult result, GateOutcome outcome) {
        return result.withModules(result.modules().stream()
                .map(module -> module.withReview(outcome.states().get(module.path())))
                .toList());
    }

    private static ReviewState state(ModuleUnderReview subject, Optional<Review> review, List<ReviewProblem> found) {
        String component = subject.component().map(Component::name).orElse(null);
        String digest = subject.evidence().digest();
        if (review.isEmpty()) {
            boolean required = subject.required();
            return new ReviewState(
                    required ? Status.MISSING : Status.NONE,
                    required,
                    component,
                    null,
                    digest,
                    required ? List.of("No review is recorded.") : List.of());
        }
        Review recorded = review.get();
        return new ReviewState(
                status(found),
                subject.required(),
                component,
                new ReviewState.Recorded(
                        recorded.decision().yamlName(),
                        recorded.rationale(),
                        recorded.reviewers(),
                        recorded.date().toString(),
                        recorded.revisitBy().toString()),
                digest,
                found.stream().map(ReviewProblem::sentence).toList());
    }

    private static Status status(List<ReviewProblem> found) {
        Set<Kind> kinds = found.stream().map(ReviewProblem::kind).collect(java.util.stream.Collectors.toSet());
        if (kinds.contains(Kind.EXPIRED)) {
            return Status.EXPIRED;
        }
        if (kinds.contains(Kind.STALE_EVIDENCE) || kinds.contains(Kind.VERDICT_ROSE)) {
            return Status.STALE;
        }
        // a review dated after today, or to be revisited decades out, is as good as undated: its record needs
        // completing, like a missing rationale
        if (kinds.contains(Kind.PLACEHOLDER_RATIONALE)
                || kinds.contains(Kind.NO_REVIEWER)
                || kinds.contains(Kind.FUTURE_DATE)
                || kinds.contains(Kind.DISTANT_REVISIT)) {
            return Status.INCOMPLETE;
        }
        return found.isEmpty() ? Status.OK : Status.DUE_SOON;
    }
}
