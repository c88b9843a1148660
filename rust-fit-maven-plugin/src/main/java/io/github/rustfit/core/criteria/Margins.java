package io.github.rustfit.core.criteria;

import java.util.List;
import java.util.function.Function;

/**
 * Finds how far a module's verdict is from the nearest other one: the strong-fit evidence is scaled
 * up and down by factors growing in steps of 5%, up to a factor of two, and the questions and the
 * decision rule are applied again to each; the first factor that changes the verdict gives the
 * margin. Scaling down is tried before scaling up at each step, so a verdict as close to falling as
 * to rising is shown leaning down, the cautious reading.
 */
public final class Margins {

    /** Step of the factor, as a share of the evidence. */
    static final double STEP = 0.05;
    /** Largest change tried: a factor of two either way. */
    static final double MAX = 1.0;

    private Margins() {}

    /**
     * The margin of {@code evidence}'s verdict.
     *
     * @param answering the module's answers to the questions for some evidence, with the team's
     *     declared answers applied
     */
    public static Margin of(ModuleEvidence evidence, Function<ModuleEvidence, List<QuestionAnswer>> answering) {
        Verdict verdict = verdictAt(evidence, 1, answering);
        int steps = (int) Math.round(MAX / STEP);
        for (int step = 1; step <= steps; step++) {
            double factor = 1 + step * STEP;
            Verdict down = verdictAt(evidence, 1 / factor, answering);
            if (down != verdict) {
                return new Margin(round(step * STEP), down);
            }
            Verdict up = verdictAt(evidence, factor, answering);
            if (up != verdict) {
                return new Margin(round(step * STEP), up);
            }
        }
        return Margin.FIRM;
    }

    private static Verdict verdictAt(
            ModuleEvidence evidence, double factor, Function<ModuleEvidence, List<QuestionAnswer>> answering) {
        ModuleEvidence scaled = factor == 1 ? evidence : evidence.scaledStrongFit(factor);
        return DecisionRule.judge(scaled, answering.apply(scaled)).verdict();
    }

    private static double round(double value) {
        return Math.round(value * 100.0) / 100.0;
    }
}
