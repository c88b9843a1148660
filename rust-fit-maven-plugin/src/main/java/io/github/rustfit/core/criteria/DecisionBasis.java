package io.github.rustfit.core.criteria;

import io.github.rustfit.core.criteria.DecisionRule.Ground;
import java.util.List;

/**
 * What the decision rule weighed for one module, exactly as it weighed it, so that a report draws
 * the module where the rule placed it and shows the criteria its rationale cites. The thresholds
 * these numbers were compared with are the rule's public constants.
 *
 * @param ground what the verdict rests on, the branch of the rule that gave it; null in a result
 *     written before it was kept
 * @param trait the trait the ground names (the one that kept or capped the module, or the client
 *     library judged on an engine of its own), or null
 * @param yes questions answered yes (a declared answer wins over the inferred one)
 * @param open questions left open
 * @param yesAboutTheCode whether a yes is to a question the code itself answers (memory safety or
 *     tail latency), which backs a single yes without dense evidence in the core
 * @param strongFit strong-fit evidence per 1000 lines of the whole module
 * @param avoid avoid evidence per 1000 lines of the whole module
 * @param core strong-fit evidence per 1000 lines of the module's densest files
 * @param judged strong-fit evidence of the whole module weighed with its core
 * @param engine byte-level and network-facing evidence per 1000 lines, the whole weighed with the
 *     core: what a client library is judged on
 * @param cited the criteria the rationale names, in declaration order
 */
public record DecisionBasis(
        Ground ground,
        Trait trait,
        int yes,
        int open,
        boolean yesAboutTheCode,
        double strongFit,
        double avoid,
        double core,
        double judged,
        double engine,
        List<Criterion> cited) {

    public DecisionBasis {
        cited = cited == null ? List.of() : List.copyOf(cited);
    }

    /**
     * True when the verdict was settled by what the module is (or by its having no sources) before
     * any evidence was weighed; its rationale then says so first.
     */
    public boolean settledBeforeEvidence() {
        return ground != null && !ground.weighsEvidence();
    }
}
