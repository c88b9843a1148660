package io.github.rustfit.core.criteria;

import io.github.rustfit.core.criteria.CriterionScore.Strength;
import io.github.rustfit.core.criteria.DecisionBasis.Gate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The article's decision rule, applied to one module: count the yes answers to the three
 * questions, then weigh the strong-fit evidence against the avoid evidence.
 *
 * <ul>
 *   <li>no parsed Java sources: {@link Verdict#NOT_ANALYZED};
 *   <li>examples, demos, prototypes, benchmarks, test support (by the module's name or packages,
 *       or benchmark files making up much of its code), and modules that are machine learning or
 *       numerical research as a whole: {@link Verdict#KEEP}, whatever else they hold, because the
 *       article says to prototype and research elsewhere;
 *   <li>two or three yes: {@link Verdict#STRONG_CANDIDATE} when all three say yes or the strong-fit
 *       evidence, the whole module weighed with its {@link ModuleCore core}, is dense and outweighs
 *       the avoid evidence, otherwise {@link Verdict#CONSIDER};
 *   <li>fewer than two yes, but enough open questions to reach two, real strong-fit evidence in the
 *       module's core, and more strong-fit than avoid evidence overall: {@link Verdict#CONSIDER},
 *       because the team's declared answers decide it; a KEEP needs the evidence to point away;
 *   <li>anything else: {@link Verdict#KEEP}.
 * </ul>
 */
public final class DecisionRule {

    /**
     * Strong-fit density (per 1000 lines, the whole module weighed with its core) that, with two
     * yes answers, makes a strong candidate.
     */
    public static final double STRONG_CANDIDATE_DENSITY = 20;

    /** Strong-fit density (per 1000 lines) of a module's core below which open questions do not call for a look. */
    public static final double CONSIDER_DENSITY = 6;

    /** Yes answers that call for serious consideration. */
    public static final int YES_FOR_CONSIDERATION = 2;

    private DecisionRule() {}

    public static Decision decide(ModuleEvidence e, List<QuestionAnswer> answers) {
        List<String> rationale = new ArrayList<>();
        List<String> change = new ArrayList<>();
        if (e.parsedFiles() == 0) {
            rationale.add("No Java sources were parsed in this module, so there is nothing to judge.");
            change.add("Add Java sources (or include test sources with rustfit.includeTests) to have it judged.");
            return new Decision(Verdict.NOT_ANALYZED, rationale, change, gated(Gate.NO_SOURCES, e, answers, List.of()));
        }
        if (e.wholeModule().contains(Criterion.PROTOTYPE) || e.strength(Criterion.PROTOTYPE) == Strength.STRONG) {
            rationale.add("This is example, demo, prototype, benchmark or test-support code: the article says to"
                    + " prototype in a flexible language and rewrite only the parts that matter.");
            change.add("Nothing in its code would: move the code that matters into a production module, and"
                    + " judge that module instead.");
            return new Decision(
                    Verdict.KEEP,
                    rationale,
                    change,
                    gated(Gate.NON_PRODUCTION, e, answers, List.of(Criterion.PROTOTYPE)));
        }
        if (e.wholeModule().contains(Criterion.NUMERICAL_RESEARCH)) {
            rationale.add("This module is machine-learning or numerical research code: the article says that"
                    + " ecosystem is the moat there, and Rust comes in only when a model is put into service.");
            change.add("Serving or preprocessing code split into its own module would be judged on its own.");
            return new Decision(
                    Verdict.KEEP,
                    rationale,
                    change,
                    gated(Gate.RESEARCH, e, answers, List.of(Criterion.NUMERICAL_RESEARCH)));
        }

        long yes = count(answers, Answer.YES);
        long no = count(answers, Answer.NO);
        double strongFit = e.density(Side.STRONG_FIT);
        double judged = e.judged(Side.STRONG_FIT);
        double core = e.core().density(Side.STRONG_FIT);
        double avoid = e.density(Side.AVOID);
        rationale.add(yes + " of the article's 3 questions answer yes" + listOf(answers, Answer.YES) + ", " + no
                + " answer no" + listOf(answers, Answer.NO) + ".");
        rationale.add(String.format(
                Locale.ROOT,
                "Strong-fit evidence %.1f per 1000 lines%s; avoid evidence %.1f per 1000 lines%s.",
                strongFit,
                criteriaMet(e, Side.STRONG_FIT),
                avoid,
                criteriaMet(e, Side.AVOID)));
        if (!e.core().packages().isEmpty() && e.core().linesOfCode() < e.linesOfCode()) {
            rationale.add(String.format(
                    Locale.ROOT,
                    "Its densest packages (%d of them, %d of its %d lines) carry strong-fit evidence at %.1f per 1000"
                            + " lines; weighed with the whole module, %.1f.",
                    e.core().packages().size(),
                    e.core().linesOfCode(),
                    e.linesOfCode(),
                    core,
                    judged));
        }
        String overridden = answers.stream()
                .filter(QuestionAnswer::overridden)
                .map(a -> a.question().key() + " " + a.effective().name().toLowerCase(Locale.ROOT)
                        + " (the code suggests " + a.inferred().name().toLowerCase(Locale.ROOT) + ")")
                .collect(Collectors.joining(", "));
        if (!overridden.isEmpty()) {
            rationale.add("The team's manifest declares " + overridden + "; its answers count.");
        }

        long open = count(answers, Answer.UNKNOWN);
        Verdict verdict;
        if (yes >= YES_FOR_CONSIDERATION) {
            if (avoid > strongFit) {
                verdict = Verdict.CONSIDER;
                rationale.add("The questions say yes, but more of the code reads as something the article says to"
                        + " keep off Rust; look before you plan a rewrite.");
                change.add(
                        "Less avoid-side code here (split it into its own module) would make it a strong candidate.");
            } else if (yes == 3 || judged >= STRONG_CANDIDATE_DENSITY) {
                verdict = Verdict.STRONG_CANDIDATE;
                rationale.add("The article's rule calls for serious consideration, and the code bears it out.");
                change.add("Team answers of NO in the manifest that leave fewer than two yes answers would keep it"
                        + " on the JVM.");
            } else {
                verdict = Verdict.CONSIDER;
                rationale.add("The article's rule calls for serious consideration, but the strong-fit evidence is"
                        + " not dense enough yet to call it a strong candidate.");
                change.add(String.format(
                        Locale.ROOT,
                        "Strong-fit evidence of %.0f per 1000 lines, or a third yes, would make it a strong candidate.",
                        STRONG_CANDIDATE_DENSITY));
            }
        } else if (yes + open >= YES_FOR_CONSIDERATION && core >= CONSIDER_DENSITY && strongFit > avoid) {
            verdict = Verdict.CONSIDER;
            rationale.add("The evidence is real but does not decide the questions: "
                    + (yes == 1 ? "one answers yes and " : "") + open + " stay open, enough to reach the"
                    + " article's two yes answers.");
            change.add("Declaring the open questions (" + keys(answers, Answer.UNKNOWN)
                    + ") in the manifest decides it: enough yes answers make it a candidate, a no keeps it on the"
                    + " JVM.");
        } else {
            verdict = Verdict.KEEP;
            rationale.add(
                    yes == 0
                            ? "No question answers yes: the article says to ship with the least ceremony."
                            : "One yes is not enough for the article's rule (it asks for two).");
            if (open > 0 && yes + open >= YES_FOR_CONSIDERATION) {
                change.add("Team answers of YES to "
                        + keys(answers, Answer.UNKNOWN).replace(", ", " and ")
                        + " in the manifest would call for serious consideration.");
            } else {
                change.add("It would take two yes answers: for instance network-facing byte-level decoding, or"
                        + " concurrency-heavy hot-path code that other modules come to depend on.");
            }
        }
        return new Decision(verdict, rationale, change, basis(Gate.NONE, e, answers, cited(e)));
    }

    private static DecisionBasis gated(
            Gate gate, ModuleEvidence e, List<QuestionAnswer> answers, List<Criterion> cited) {
        return basis(gate, e, answers, cited);
    }

    private static DecisionBasis basis(
            Gate gate, ModuleEvidence e, List<QuestionAnswer> answers, List<Criterion> cited) {
        return new DecisionBasis(
                gate,
                (int) count(answers, Answer.YES),
                (int) count(answers, Answer.UNKNOWN),
                e.density(Side.STRONG_FIT),
                e.density(Side.AVOID),
                e.core().density(Side.STRONG_FIT),
                e.judged(Side.STRONG_FIT),
                cited);
    }

    /** The criteria {@link #criteriaMet} names for both sides. */
    private static List<Criterion> cited(ModuleEvidence e) {
        return e.criteria().values().stream()
                .filter(score -> score.strength() != Strength.NONE)
                .map(score -> score.criterion())
                .sorted()
                .toList();
    }

    private static String keys(List<QuestionAnswer> answers, Answer answer) {
        return answers.stream()
                .filter(a -> a.effective() == answer)
                .map(a -> a.question().key())
                .collect(Collectors.joining(", "));
    }

    private static long count(List<QuestionAnswer> answers, Answer answer) {
        return answers.stream().filter(a -> a.effective() == answer).count();
    }

    private static String listOf(List<QuestionAnswer> answers, Answer answer) {
        String keys = answers.stream()
                .filter(a -> a.effective() == answer)
                .map(a -> a.question().key())
                .collect(Collectors.joining(", "));
        return keys.isEmpty() ? "" : " (" + keys + ")";
    }

    private static String criteriaMet(ModuleEvidence e, Side side) {
        String met = e.criteria().values().stream()
                .filter(score -> score.side() == side && score.strength() != Strength.NONE)
                .map(score ->
                        score.criterion().id() + " " + score.strength().name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        return met.isEmpty() ? "" : " (" + met + ")";
    }
}
