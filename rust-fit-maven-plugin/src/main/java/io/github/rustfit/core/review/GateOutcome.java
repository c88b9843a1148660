package io.github.rustfit.core.review;

import io.github.rustfit.core.result.ReviewState;
import java.util.List;
import java.util.Map;

/**
 * What the review gate concluded.
 *
 * @param problems every problem, errors and warnings, in module order
 * @param states each module's review state, by module path
 * @param requiring how many modules need a review
 */
public record GateOutcome(List<ReviewProblem> problems, Map<String, ReviewState> states, int requiring) {

    public GateOutcome {
        problems = List.copyOf(problems);
        states = Map.copyOf(states);
    }

    public long errors() {
        return problems.stream()
                .filter(p -> p.severity() == ReviewProblem.Severity.ERROR)
                .count();
    }

    public long warnings() {
        return problems.size() - errors();
    }

    /** Modules that need a review and whose review holds. */
    public long reviewed() {
        return states.values().stream()
                .filter(s -> s.required()
                        && (s.status() == ReviewState.Status.OK || s.status() == ReviewState.Status.DUE_SOON))
                .count();
    }

    /**
     * The same judgement with each problem as severe as {@code policy} makes it: what fails the
     * build is a setting of the goal that fails it, not of the judgement.
     */
    public GateOutcome under(ReviewPolicy policy) {
        return new GateOutcome(
                problems.stream().map(problem -> problem.under(policy)).toList(), states, requiring);
    }
}
