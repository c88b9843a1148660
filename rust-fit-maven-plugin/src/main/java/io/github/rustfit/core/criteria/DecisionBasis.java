package io.github.rustfit.core.criteria;

import java.util.List;

/**
 * The numbers the decision rule weighed for one module, exactly as it weighed them, so that a
 * report draws the module where the rule placed it and shows the criteria its rationale cites.
 * The thresholds they were compared with are the rule's public constants.
 *
 * @param gate why the rule decided before weighing any evidence, or {@code NONE}
 * @param yes questions answered yes (a declared answer wins over the inferred one)
 * @param open questions left open
 * @param strongFit strong-fit evidence per 1000 lines of the whole module
 * @param avoid avoid evidence per 1000 lines of the whole module
 * @param core strong-fit evidence per 1000 lines of the module's densest packages
 * @param judged strong-fit evidence of the whole module weighed with its core
 * @param cited the criteria the rationale names, in declaration order
 */
public record DecisionBasis(
        Gate gate,
        int yes,
        int open,
        double strongFit,
        double avoid,
        double core,
        double judged,
        List<Criterion> cited) {

    public DecisionBasis {
        cited = List.copyOf(cited);
    }

    /** What the rule settled before it weighed the evidence. */
    public enum Gate {
        /** Nothing: the questions and the evidence decided. */
        NONE,
        /** No Java sources were parsed. */
        NO_SOURCES,
        /** Example, demo, prototype, benchmark or test-support code, kept whatever it holds. */
        NON_PRODUCTION,
        /** Machine-learning or numerical research code as a whole, kept whatever it holds. */
        RESEARCH
    }
}
