package io.github.rustfit.core.criteria;

import java.util.List;

/**
 * A verdict with its reasons.
 *
 * @param verdict the conclusion
 * @param rationale plain sentences saying why
 * @param whatWouldChange plain sentences saying what would move the verdict
 * @param basis the numbers the rule weighed and the criteria the rationale cites
 */
public record Decision(Verdict verdict, List<String> rationale, List<String> whatWouldChange, DecisionBasis basis) {

    public Decision {
        rationale = List.copyOf(rationale);
        whatWouldChange = List.copyOf(whatWouldChange);
    }
}
