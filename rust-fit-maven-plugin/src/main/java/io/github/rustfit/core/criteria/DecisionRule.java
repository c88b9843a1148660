package io.github.rustfit.core.criteria;

import io.github.rustfit.core.result.CriterionScore.Strength;
import io.github.rustfit.core.result.QuestionAnswer;
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
 *   <li>examples, demos, prototypes, benchmarks, test support: {@link Verdict#KEEP}, whatever
 *       else they hold, because the article says to prototype elsewhere;
 *   <li>two or three yes: {@link Verdict#STRONG_CANDIDATE} when the strong-fit evidence is strong
 *       and outweighs the avoid evidence (or all three say yes), otherwise {@link
 *       Verdict#CONSIDER};
 *   <li>one yes with strong strong-fit evidence, no "no" and little to avoid: {@link
 *       Verdict#CONSIDER}, since the open questions could still tip it;
 *   <li>anything else: {@link Verdict#KEEP}.
 * </ul>
 */
public final class DecisionRule {

    private DecisionRule() {}

    public static Decision decide(ModuleEvidence e, List<QuestionAnswer> answers) {
        List<String> rationale = new ArrayList<>();
        List<String> change = new ArrayList<>();
        if (e.parsedFiles() == 0) {
            rationale.add("No Java sources were parsed in this module, so there is nothing to judge.");
            change.add("Add Java sources (or include test sources with rustfit.includeTests) to have it judged.");
            return new Decision(Verdict.NOT_ANALYZED, rationale, change);
        }
        if (e.meets(Criterion.PROTOTYPE)) {
            rationale.add("This is example, demo, prototype, benchmark or test-support code: the article says to"
                    + " prototype in a flexible language and rewrite only the parts that matter.");
            change.add("Nothing in its code would: move the code that matters into a production module, and"
                    + " judge that module instead.");
            return new Decision(Verdict.KEEP, rationale, change);
        }

        long yes = count(answers, Answer.YES);
        long no = count(answers, Answer.NO);
        double strongFit = e.density(Side.STRONG_FIT);
        double avoid = e.density(Side.AVOID);
        boolean strongEvidence = e.any(Side.STRONG_FIT, Strength.STRONG);
        rationale.add(yes + " of the article's 3 questions answer yes" + listOf(answers, Answer.YES) + ", " + no
                + " answer no" + listOf(answers, Answer.NO) + ".");
        rationale.add(String.format(
                Locale.ROOT,
                "Strong-fit evidence %.1f per 1000 lines%s; avoid evidence %.1f per 1000 lines%s.",
                strongFit,
                criteriaMet(e, Side.STRONG_FIT),
                avoid,
                criteriaMet(e, Side.AVOID)));
        String overridden = answers.stream()
                .filter(QuestionAnswer::overridden)
                .map(a -> a.question().key() + " " + a.effective().name().toLowerCase(Locale.ROOT)
                        + " (the code suggests " + a.inferred().name().toLowerCase(Locale.ROOT) + ")")
                .collect(Collectors.joining(", "));
        if (!overridden.isEmpty()) {
            rationale.add("The team's manifest declares " + overridden + "; its answers count.");
        }

        Verdict verdict;
        if (yes >= 2) {
            if (avoid > strongFit) {
                verdict = Verdict.CONSIDER;
                rationale.add("The questions say yes, but more of the code reads as something the article says to"
                        + " keep off Rust; look before you plan a rewrite.");
                change.add(
                        "Less avoid-side code here (split it into its own module) would make it a strong candidate.");
            } else if (yes == 3 || strongEvidence) {
                verdict = Verdict.STRONG_CANDIDATE;
                rationale.add("The article's rule calls for serious consideration, and the code bears it out.");
                change.add("Team answers of NO in the manifest that leave fewer than two yes answers would keep it"
                        + " on the JVM.");
            } else {
                verdict = Verdict.CONSIDER;
                rationale.add("The article's rule calls for serious consideration, but no criterion's evidence is"
                        + " strong yet.");
                change.add("Denser strong-fit evidence (or a third yes) would make it a strong candidate.");
            }
        } else if (yes == 1 && no == 0 && strongEvidence && strongFit > avoid) {
            verdict = Verdict.CONSIDER;
            rationale.add("Only one question answers yes, but the strong-fit evidence is strong and the other"
                    + " questions are open.");
            change.add("Declaring the open questions in the manifest decides it: one more yes makes it a candidate,"
                    + " a no keeps it on the JVM.");
        } else {
            verdict = Verdict.KEEP;
            rationale.add(
                    yes == 0
                            ? "No question answers yes: the article says to ship with the least ceremony."
                            : "One yes is not enough for the article's rule (it asks for two).");
            List<String> open = answers.stream()
                    .filter(answer -> answer.effective() == Answer.UNKNOWN)
                    .map(answer -> answer.question().key())
                    .toList();
            if (!open.isEmpty() && yes + open.size() >= 2) {
                change.add("Team answers of YES to " + String.join(" and ", open)
                        + " in the manifest would call for serious consideration.");
            } else {
                change.add("It would take two yes answers: for instance network-facing byte-level decoding, or"
                        + " concurrency-heavy hot-path code that other modules come to depend on.");
            }
        }
        return new Decision(verdict, rationale, change);
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
