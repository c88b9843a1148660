package io.github.rustfit.core.criteria;

import io.github.rustfit.core.result.CriterionScore.Strength;
import io.github.rustfit.core.result.QuestionAnswer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Answers the article's three questions from a module's evidence. An answer is YES or NO only
 * when the evidence points clearly one way; otherwise it is UNKNOWN and the team's declared
 * answer should decide.
 */
public final class QuestionInference {

    private QuestionInference() {}

    public static List<QuestionAnswer> infer(ModuleEvidence evidence) {
        return List.of(memorySafety(evidence), tailLatency(evidence), sharedInfrastructure(evidence));
    }

    static QuestionAnswer memorySafety(ModuleEvidence e) {
        List<String> reasons = new ArrayList<>();
        boolean dataPlane = e.meets(Criterion.DATA_PLANE);
        boolean service = e.meets(Criterion.SAFETY_CRITICAL_SERVICE);
        if (e.strength(Criterion.DATA_PLANE) == Strength.STRONG || (dataPlane && service)) {
            reasons.add(describe(e, Criterion.DATA_PLANE)
                    + ": byte-level decoding of input is where memory bugs become exploitable.");
            if (service) {
                reasons.add(describe(e, Criterion.SAFETY_CRITICAL_SERVICE) + ": the code faces the network.");
            }
            return new QuestionAnswer(Question.MEMORY_SAFETY_INCIDENT, Answer.YES, reasons);
        }
        if (e.strength(Criterion.SAFETY_CRITICAL_SERVICE) == Strength.STRONG) {
            reasons.add(describe(e, Criterion.SAFETY_CRITICAL_SERVICE)
                    + ": long-running network-facing code, where a memory bug is a security incident.");
            return new QuestionAnswer(Question.MEMORY_SAFETY_INCIDENT, Answer.YES, reasons);
        }
        if (!dataPlane && !service) {
            if (e.meets(Criterion.CRUD_SERVICE)) {
                reasons.add(describe(e, Criterion.CRUD_SERVICE)
                        + " and no byte-level or network code: the JVM already keeps this code memory-safe.");
            } else {
                reasons.add("No byte-level decoding, network or native-memory code was found.");
            }
            return new QuestionAnswer(Question.MEMORY_SAFETY_INCIDENT, Answer.NO, reasons);
        }
        reasons.add("Some "
                + (dataPlane ? describe(e, Criterion.DATA_PLANE) : describe(e, Criterion.SAFETY_CRITICAL_SERVICE))
                + ", but not enough to say a memory bug here would be an incident.");
        return new QuestionAnswer(Question.MEMORY_SAFETY_INCIDENT, Answer.UNKNOWN, reasons);
    }

    static QuestionAnswer tailLatency(ModuleEvidence e) {
        List<String> reasons = new ArrayList<>();
        Strength concurrency = e.strength(Criterion.FUNDAMENTAL_CONCURRENCY);
        Strength dataPlane = e.strength(Criterion.DATA_PLANE);
        if (concurrency == Strength.STRONG
                || dataPlane == Strength.STRONG
                || (concurrency == Strength.WEAK && dataPlane == Strength.WEAK)) {
            if (concurrency != Strength.NONE) {
                reasons.add(describe(e, Criterion.FUNDAMENTAL_CONCURRENCY)
                        + ": contention and GC pauses show up in the tail.");
            }
            if (dataPlane != Strength.NONE) {
                reasons.add(describe(e, Criterion.DATA_PLANE) + ": this code runs once per byte or message.");
            }
            return new QuestionAnswer(Question.TAIL_LATENCY_CRITICAL, Answer.YES, reasons);
        }
        if (!e.any(Side.STRONG_FIT, Strength.WEAK)) {
            reasons.add("No concurrency, hot-path or data-plane code dense enough to make latency the product.");
            return new QuestionAnswer(Question.TAIL_LATENCY_CRITICAL, Answer.NO, reasons);
        }
        reasons.add("Some strong-fit evidence ("
                + (concurrency != Strength.NONE
                        ? describe(e, Criterion.FUNDAMENTAL_CONCURRENCY)
                        : strongestStrongFit(e))
                + "), but not enough to say latency is critical.");
        return new QuestionAnswer(Question.TAIL_LATENCY_CRITICAL, Answer.UNKNOWN, reasons);
    }

    static QuestionAnswer sharedInfrastructure(ModuleEvidence e) {
        List<String> reasons = new ArrayList<>();
        int dependents = e.dependents().size();
        if (dependents >= 2) {
            reasons.add(dependents + " reactor modules depend on it: " + String.join(", ", e.dependents()) + ".");
            return new QuestionAnswer(Question.SHARED_INFRASTRUCTURE, Answer.YES, reasons);
        }
        if (dependents == 1) {
            reasons.add("One reactor module depends on it (" + e.dependents().get(0)
                    + "); one consumer does not yet make shared infrastructure.");
            return new QuestionAnswer(Question.SHARED_INFRASTRUCTURE, Answer.UNKNOWN, reasons);
        }
        if (e.reactorSize() <= 1) {
            reasons.add("A single-module build: who depends on it cannot be seen from here.");
            return new QuestionAnswer(Question.SHARED_INFRASTRUCTURE, Answer.UNKNOWN, reasons);
        }
        reasons.add("No other reactor module depends on it.");
        return new QuestionAnswer(Question.SHARED_INFRASTRUCTURE, Answer.NO, reasons);
    }

    /** {@code "data-plane evidence at 31.2 per 1000 lines (strong)"}. */
    static String describe(ModuleEvidence e, Criterion criterion) {
        return String.format(
                Locale.ROOT,
                "%s evidence at %.1f per 1000 lines (%s)",
                criterion.id(),
                e.perKloc(criterion),
                e.strength(criterion).name().toLowerCase(Locale.ROOT));
    }

    private static String strongestStrongFit(ModuleEvidence e) {
        return e.criteria().values().stream()
                .filter(score -> score.side() == Side.STRONG_FIT)
                .max(java.util.Comparator.comparingDouble(score -> score.perKloc()))
                .map(score -> describe(e, score.criterion()))
                .orElse("none");
    }
}
