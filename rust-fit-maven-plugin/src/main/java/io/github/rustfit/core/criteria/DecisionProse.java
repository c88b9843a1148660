package io.github.rustfit.core.criteria;

import io.github.rustfit.core.criteria.CriterionScore.Strength;
import io.github.rustfit.core.criteria.DecisionRule.Judgement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Puts a {@link Judgement} into sentences: why the module got its verdict, and what would change
 * it. No verdict is decided here.
 */
final class DecisionProse {

    /** Why a lone yes about who depends on a module without byte-level code of its own does not call for a look. */
    static final String COORDINATION_ONLY = "Its one yes is about who depends on it, and its code does no"
            + " byte-level or network-facing work of its own: the locks, maps and executors of a shared library"
            + " like this guard its bookkeeping, as a control plane's do.";

    /** Why a module that writes a codec of its own calls for a look, whatever its questions answer. */
    static final String CODEC_OF_ITS_OWN =
            "Too few questions answer yes and not all answer no, and the module writes a codec of its"
                    + " own: types that decode or encode raw input, and bytes taken apart with masks and shifts. The"
                    + " article counts codecs among Rust's strongest fits; a small or low-volume one is a partial fit"
                    + " worth a look.";

    /** What the rule compares the whole module weighed with its core against. */
    private static final double[] JUDGED_CUTS = {DecisionRule.STRONG_CANDIDATE_DENSITY};

    /** What the rule compares the density of a module's core against. */
    private static final double[] CORE_CUTS = {DecisionRule.CONSIDER_DENSITY, DecisionRule.STRONG_CORE_DENSITY};

    private DecisionProse() {}

    static Decision explain(Judgement j) {
        if (!j.ground().weighsEvidence()) {
            return settledBeforeEvidence(j);
        }
        List<String> rationale = evidence(j);
        List<String> change = new ArrayList<>();
        switch (j.ground()) {
            case NO_ENGINE_OF_ITS_OWN -> noEngineOfItsOwn(j, rationale, change);
            case AVOID_OUTWEIGHS, CAPPED_BY_TRAIT, STRONG_FIT, STRONG_KIND, NOT_DENSE_ENOUGH ->
                enoughYes(j, rationale, change);
            case ONE_YES_WITH_EVIDENCE -> oneYesWithEvidence(j, rationale, change);
            case STRONG_CORE -> strongCore(j, rationale, change);
            case OPEN_OVER_BYTE_WORK -> openOverByteWork(j, rationale, change);
            case CODEC_OF_ITS_OWN -> codecOfItsOwn(j, rationale, change);
            case TOO_FEW_YES -> tooFewYes(j, rationale, change);
            default -> throw new IllegalStateException("unexplained ground " + j.ground());
        }
        return decision(j, rationale, change, cited(j.evidence()));
    }

    /**
     * The grounds settled before any evidence is weighed: what the module is says it all, so the
     * rationale is one sentence and no criteria are cited beyond the one that settled it.
     */
    private static Decision settledBeforeEvidence(Judgement j) {
        List<String> rationale = new ArrayList<>();
        List<String> change = new ArrayList<>();
        switch (j.ground()) {
            case NO_SOURCES -> {
                rationale.add("No Java sources were parsed in this module, so there is nothing to judge.");
                change.add("Add Java sources (or include test sources with rustfit.includeTests) to have it judged.");
                return decision(j, rationale, change, List.of());
            }
            case NON_PRODUCTION -> {
                rationale.add("This is example, demo, prototype, benchmark or test-support code: the article says to"
                        + " prototype in a flexible language and rewrite only the parts that matter.");
                change.add("Nothing in its code would: move the code that matters into a production module, and"
                        + " judge that module instead.");
                return decision(j, rationale, change, List.of(Criterion.PROTOTYPE));
            }
            case RESEARCH -> {
                rationale.add("This module is machine-learning or numerical research code: the article says that"
                        + " ecosystem is the moat there, and Rust comes in only when a model is put into service.");
                change.add("Serving or preprocessing code split into its own module would be judged on its own.");
                return decision(j, rationale, change, List.of(Criterion.NUMERICAL_RESEARCH));
            }
            case KEPT_BY_TRAIT -> {
                Trait trait = j.trait().orElseThrow();
                rationale.add("This module is " + trait.phrase() + ": " + whyKept(trait));
                change.add("Nothing in its code would: code that matters belongs in a production module of its own,"
                        + " judged on its own.");
                return decision(j, rationale, change, List.of());
            }
            default -> throw new IllegalStateException("ground weighs evidence " + j.ground());
        }
    }

    /**
     * What the evidence is, before the ground's own sentences: the answers, both sides' densities,
     * the densest files when they are not the whole module, and any answers the team declared.
     */
    private static List<String> evidence(Judgement j) {
        List<String> rationale = new ArrayList<>();
        ModuleEvidence e = j.evidence();
        List<QuestionAnswer> answers = j.answers();
        long yes = j.count(Answer.YES);
        long no = j.count(Answer.NO);
        double strongFit = e.density(Side.STRONG_FIT);
        double judged = e.judged(Side.STRONG_FIT);
        double core = e.coreDensity(Side.STRONG_FIT);
        double avoid = e.density(Side.AVOID);
        rationale.add(yes + " of the article's 3 questions answer yes" + listOf(answers, Answer.YES) + ", " + no
                + " answer no" + listOf(answers, Answer.NO) + ".");
        // each figure is printed beside what the rule compared it with, so it never rounds onto a cut
        // where the core is the whole module, its density is also the one weighed with the core
        double[] wholeCuts = e.coreIsWhole()
                ? new double[] {
                    avoid,
                    DecisionRule.STRONG_CANDIDATE_DENSITY,
                    DecisionRule.CONSIDER_DENSITY,
                    DecisionRule.STRONG_CORE_DENSITY
                }
                : new double[] {avoid};
        rationale.add("Strong-fit evidence " + Figures.density(strongFit, wholeCuts) + " per 1000 lines"
                + criteriaMet(e, Side.STRONG_FIT) + "; avoid evidence " + Figures.density(avoid, strongFit)
                + " per 1000 lines" + criteriaMet(e, Side.AVOID) + ".");
        if (!e.core().packages().isEmpty() && !e.coreIsWhole()) {
            rationale.add(String.format(
                    Locale.ROOT,
                    "Its densest files (%d of its %d lines, in %d package%s) carry strong-fit evidence at %s per"
                            + " 1000 lines; weighed with the whole module, %s.",
                    e.core().linesOfCode(),
                    e.linesOfCode(),
                    e.core().packages().size(),
                    e.core().packages().size() == 1 ? "" : "s",
                    Figures.density(core, CORE_CUTS),
                    Figures.density(judged, JUDGED_CUTS)));
        }
        String overridden = answers.stream()
                .filter(QuestionAnswer::overridden)
                .map(a -> a.question().key() + " " + a.effective().name().toLowerCase(Locale.ROOT)
                        + " (the code suggests " + a.inferred().name().toLowerCase(Locale.ROOT) + ")")
                .collect(Collectors.joining(", "));
        if (!overridden.isEmpty()) {
            rationale.add("The team's manifest declares " + overridden + "; its answers count.");
        }
        return rationale;
    }

    /** A client, adapter or exporter whose byte-level and network-facing code is too thin for an engine. */
    private static void noEngineOfItsOwn(Judgement j, List<String> rationale, List<String> change) {
        Trait trait = j.trait().orElseThrow();
        rationale.add(String.format(
                Locale.ROOT,
                "This module is %s, judged on an engine of its own, and its byte-level and network-facing"
                        + " code (%s per 1000 lines, weighed with its core) is too thin for one: its work is"
                        + " coordination that the article leaves on the JVM.",
                trait.phrase(),
                Figures.density(DecisionRule.engineDensity(j.evidence()), DecisionRule.OWN_ENGINE_DENSITY)));
        change.add(String.format(
                Locale.ROOT,
                "Wire codecs, buffer management or a connection engine of its own (byte-level and"
                        + " network-facing code of %.0f per 1000 lines) would have it judged like a server.",
                DecisionRule.OWN_ENGINE_DENSITY));
    }

    /** The grounds of two or more yes answers: what the code and the module's traits make of them. */
    private static void enoughYes(Judgement j, List<String> rationale, List<String> change) {
        switch (j.ground()) {
            case AVOID_OUTWEIGHS -> {
                rationale.add("The questions say yes, but more of the code reads as something the article says to"
                        + " keep off Rust; look before you plan a rewrite.");
                change.add(
                        "Less avoid-side code here (split it into its own module) would make it a strong candidate.");
            }
            case CAPPED_BY_TRAIT -> {
                Trait trait = j.trait().orElseThrow();
                rationale.add("The questions say yes, but this module is " + trait.phrase() + ": " + whyCapped(trait));
                change.add("Byte-level or engine code of its own, split from the rest into a module, would be judged"
                        + " on its own.");
            }
            case STRONG_FIT -> {
                rationale.add("The article's rule calls for serious consideration, and the code bears it out.");
                change.add("Team answers of NO in the manifest that leave fewer than two yes answers would keep it"
                        + " on the JVM.");
            }
            case STRONG_KIND -> {
                rationale.add(String.format(
                        Locale.ROOT,
                        "The article's rule calls for serious consideration, and the module is %s by the shape of"
                                + " its code (%s serve loops and input-driven state machines per 1000 lines), a"
                                + " strong-fit kind even where its byte-level work is spread thin.",
                        j.trait().orElseThrow().phrase(),
                        Figures.density(
                                Thresholds.perKloc(
                                        j.evidence().traitCount(Trait.SERVICE_LOOP)
                                                + j.evidence().traitCount(Trait.INPUT_PARSER),
                                        j.evidence().linesOfCode()),
                                DecisionRule.STRONG_KIND_DENSITY)));
                change.add("Team answers of NO in the manifest that leave fewer than two yes answers would keep it"
                        + " on the JVM.");
            }
            case NOT_DENSE_ENOUGH -> {
                rationale.add("The article's rule calls for serious consideration, but the strong-fit evidence is"
                        + " not dense enough yet to call it a strong candidate.");
                change.add(String.format(
                        Locale.ROOT,
                        "Strong-fit evidence of %.0f per 1000 lines (the whole module weighed with its core) would"
                                + " make it a strong candidate.",
                        DecisionRule.STRONG_CANDIDATE_DENSITY));
            }
            default -> throw new IllegalStateException("not a ground of two yes answers " + j.ground());
        }
    }

    /** One yes answer, backed by the code: a partial fit, and what the open questions would decide. */
    private static void oneYesWithEvidence(Judgement j, List<String> rationale, List<String> change) {
        long open = j.count(Answer.UNKNOWN);
        rationale.add(String.format(
                Locale.ROOT,
                "One question answers yes, backed by the code (strong-fit evidence at %s per 1000 lines"
                        + " in its core)%s: a partial fit worth a look.",
                Figures.density(j.evidence().coreDensity(Side.STRONG_FIT), CORE_CUTS),
                open > 0 ? ", and " + open + " stay open" : ""));
        change.add(
                open > 0
                        ? "Declaring the open questions (" + keys(j.answers(), Answer.UNKNOWN)
                                + ") in the manifest decides it: a second yes makes it a candidate, no answers keep"
                                + " it on the JVM."
                        : "A second yes answer would make it a candidate.");
    }

    /** No yes answer, but strong evidence in the module's core while questions stay open. */
    private static void strongCore(Judgement j, List<String> rationale, List<String> change) {
        rationale.add(String.format(
                Locale.ROOT,
                "No question answers yes, but the module's core holds strong evidence (%s per 1000"
                        + " lines): worth a look.",
                Figures.density(j.evidence().coreDensity(Side.STRONG_FIT), CORE_CUTS)));
        change.add("Declaring the open questions (" + keys(j.answers(), Answer.UNKNOWN)
                + ") in the manifest decides it: enough yes answers make it a candidate, a no keeps it on"
                + " the JVM.");
    }

    private static void openOverByteWork(Judgement j, List<String> rationale, List<String> change) {
        rationale.add(String.format(
                Locale.ROOT,
                "No question answers yes, but none answers no either, and the module does byte-level or"
                        + " network-facing work of its own with real evidence in its core (%s per 1000 lines):"
                        + " a partial fit worth a look.",
                Figures.density(j.evidence().coreDensity(Side.STRONG_FIT), CORE_CUTS)));
        change.add("Declaring the open questions (" + keys(j.answers(), Answer.UNKNOWN)
                + ") in the manifest decides it: enough yes answers make it a candidate, a no keeps it on"
                + " the JVM.");
    }

    /** Too few yes answers, but a codec the module writes itself. */
    private static void codecOfItsOwn(Judgement j, List<String> rationale, List<String> change) {
        rationale.add(CODEC_OF_ITS_OWN);
        change.add(
                j.count(Answer.UNKNOWN) > 0
                        ? "Declaring the open questions (" + keys(j.answers(), Answer.UNKNOWN)
                                + ") in the manifest sharpens it: enough yes answers make it a candidate; moving the"
                                + " codec into a module of its own would have that module judged on it alone."
                        : "Moving the codec into a module of its own would have that module judged on it alone.");
    }

    /** Too few yes answers and no strong evidence: what it would take, open questions first. */
    private static void tooFewYes(Judgement j, List<String> rationale, List<String> change) {
        long yes = j.count(Answer.YES);
        long open = j.count(Answer.UNKNOWN);
        rationale.add(
                yes == 0
                        ? "No question answers yes: the article says to ship with the least ceremony."
                        : "One yes is not enough for the article's rule (it asks for two).");
        if (yes == 1
                && !DecisionRule.yesAboutTheCode(j.answers())
                && DecisionRule.coordinationOnly(j.evidence())
                && j.evidence().coreDensity(Side.STRONG_FIT) >= DecisionRule.CONSIDER_DENSITY) {
            rationale.add(COORDINATION_ONLY);
        }
        if (open > 0 && yes + open >= DecisionRule.YES_FOR_CONSIDERATION) {
            rationale.add("Open questions alone do not call for a review: that takes a yes backed by the"
                    + " code's evidence.");
            change.add("Team answers of YES to "
                    + keys(j.answers(), Answer.UNKNOWN).replace(", ", " and ")
                    + " in the manifest would call for serious consideration.");
        } else {
            change.add("It would take two yes answers: for instance network-facing byte-level decoding, or"
                    + " concurrency-heavy hot-path code that other modules come to depend on.");
        }
    }

    /**
     * The decision with the numbers its ground compared, as {@link DecisionRule#judge} compared
     * them, and the criteria the rationale names.
     */
    private static Decision decision(Judgement j, List<String> rationale, List<String> change, List<Criterion> cited) {
        ModuleEvidence e = j.evidence();
        DecisionBasis basis = new DecisionBasis(
                j.ground(),
                j.trait().orElse(null),
                (int) j.count(Answer.YES),
                (int) j.count(Answer.UNKNOWN),
                DecisionRule.yesAboutTheCode(j.answers()),
                e.density(Side.STRONG_FIT),
                e.density(Side.AVOID),
                e.coreDensity(Side.STRONG_FIT),
                e.judged(Side.STRONG_FIT),
                DecisionRule.engineDensity(e),
                cited);
        return new Decision(j.verdict(), rationale, change, basis);
    }

    /** The criteria {@link #criteriaMet} names for both sides, in declaration order. */
    private static List<Criterion> cited(ModuleEvidence e) {
        List<Criterion> cited = new ArrayList<>();
        for (Side side : List.of(Side.STRONG_FIT, Side.AVOID)) {
            met(e, side).forEach(score -> cited.add(score.criterion()));
        }
        cited.sort(null);
        return cited;
    }

    private static String whyKept(Trait trait) {
        return switch (trait) {
            case COMMAND_LINE_TOOL ->
                "tools that run and exit are where the article says a team writes quickly, not"
                        + " a long-running service whose memory bugs become incidents.";
            case PACKAGING -> "it bundles other modules, which are judged on their own.";
            case FRAMEWORK_ADAPTER ->
                "its contract is a framework's or a Java API's, and the data plane behind it"
                        + " belongs to what it adapts, even where it sits on a request path.";
            case EXPORTER ->
                "its work is reading numbers the application keeps and handing them to a"
                        + " monitoring system, which the article leaves on the JVM.";
            case LEGACY ->
                "code kept for compatibility is not where a rewrite pays; its replacement is judged on" + " its own.";
            case GENERATED ->
                "a generator wrote most of it, so a team changes it by changing the generator's"
                        + " input, and a rewrite would generate it again.";
            default -> "the article keeps such code on the JVM.";
        };
    }

    private static String whyCapped(Trait trait) {
        return switch (trait) {
            case NATIVE_GLUE ->
                "its hot path already runs in native code, so a rewrite would replace the native"
                        + " side, not this Java.";
            case DELEGATED_DECODING ->
                "it hands most of its parsing or serialization to another project's library,"
                        + " so the byte-level risk lives there.";
            case SHARED_UTILITIES ->
                "a shared grab-bag: its strong-fit part is worth splitting out before any" + " rewrite.";
            default -> "a partial fit.";
        };
    }

    private static String keys(List<QuestionAnswer> answers, Answer answer) {
        return answers.stream()
                .filter(a -> a.effective() == answer)
                .map(a -> a.question().key())
                .collect(Collectors.joining(", "));
    }

    private static String listOf(List<QuestionAnswer> answers, Answer answer) {
        String keys = keys(answers, answer);
        return keys.isEmpty() ? "" : " (" + keys + ")";
    }

    /** The criteria of {@code side} whose evidence reaches at least weak strength. */
    private static List<CriterionScore> met(ModuleEvidence e, Side side) {
        return e.criteria().values().stream()
                .filter(score -> score.side() == side && score.strength() != Strength.NONE)
                .toList();
    }

    private static String criteriaMet(ModuleEvidence e, Side side) {
        String met = met(e, side).stream()
                .map(score ->
                        score.criterion().id() + " " + score.strength().name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        return met.isEmpty() ? "" : " (" + met + ")";
    }
}
