package io.github.rustfit.core.criteria;

import io.github.rustfit.core.criteria.CriterionScore.Strength;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The article's decision rule, applied to one module: count the yes answers to the three
 * questions, then weigh the strong-fit evidence against the avoid evidence and against what the
 * module is.
 *
 * <ul>
 *   <li>no parsed Java sources: {@link Verdict#NOT_ANALYZED};
 *   <li>examples, demos, prototypes, benchmarks, test support, and modules that are machine
 *       learning or numerical research as a whole: {@link Verdict#KEEP}, whatever else they hold,
 *       because the article says to prototype and research elsewhere;
 *   <li>command-line, admin and build tools, adapters to a framework and facades of a Java API
 *       (whose contract is someone else's, even on a request path), exporters of metrics, packaging
 *       modules, deprecated or legacy code, and generated code: {@link Verdict#KEEP}, whatever else
 *       they hold;
 *   <li>client libraries are judged on an engine of their own (wire codecs, a connection engine):
 *       without dense byte-level evidence or a {@link OwnCodec codec of their own}, {@link
 *       Verdict#KEEP};
 *   <li>two or three yes: {@link Verdict#STRONG_CANDIDATE} when the strong-fit evidence, the whole
 *       module weighed with its {@link ModuleCore core}, is dense (the module's own code is mostly a
 *       strong-fit kind) and outweighs the avoid evidence, or when the module is a server or a parser
 *       by the shape of its code (serve loops and input-driven state machines at {@link
 *       #STRONG_KIND_DENSITY}) though its evidence is spread thin, unless memory safety answers no (a
 *       process's start and stop code is no server's data plane); otherwise, or when the module is JNI glue,
 *       hands its decoding to another project, is experimental or is a grab-bag of utilities, {@link
 *       Verdict#CONSIDER};
 *   <li>one yes: {@link Verdict#CONSIDER} when the code backs it (the yes is about the code
 *       itself, memory safety or tail latency, or the module's core holds real strong-fit
 *       evidence) and strong-fit evidence outweighs the avoid evidence; no yes: {@link
 *       Verdict#CONSIDER} only when the module's core holds strong evidence, or, when no question
 *       answers either way and the module does byte-level or network-facing work of its own, real
 *       evidence (the backing a lone yes about who depends on it needs), or, unless all three
 *       questions answer no, when it writes a {@link OwnCodec codec of its own} (codec-shaped types
 *       and bit-level byte work) and strong-fit evidence outweighs the avoid evidence: the rubric's
 *       small or low-volume codec. Open questions alone never make it, since every CONSIDER asks a team for a
 *       review;
 *   <li>anything else: {@link Verdict#KEEP}.
 * </ul>
 *
 * <p>This class holds the logic only: {@link #judge} returns the verdict and the ground it rests
 * on, and {@link DecisionProse} puts that into sentences.
 */
public final class DecisionRule {

    /**
     * Strong-fit density (per 1000 lines, the whole module weighed with its core) that, with two
     * yes answers, makes a strong candidate.
     */
    public static final double STRONG_CANDIDATE_DENSITY = 17;

    /**
     * Strong-fit density (per 1000 lines) of a module's core that backs a single yes answer (one
     * about who depends on it, say) enough to call for a look: the density at which a strong-fit
     * criterion's evidence starts to count at all.
     */
    public static final double CONSIDER_DENSITY = Thresholds.weak(Criterion.DATA_PLANE);

    /**
     * Strong-fit density (per 1000 lines) of a module's core from which, without any yes, its
     * evidence still calls for a look.
     */
    public static final double STRONG_CORE_DENSITY = 25;

    /**
     * Density of byte-level and network-facing code (data-plane and safety-critical evidence, per
     * 1000 lines, whole weighed with core) from which a client library holds wire codecs or a
     * connection engine of its own and is judged like any other module: the density at which such
     * evidence starts to count at all. Its locks and executors are coordination, not an engine.
     */
    public static final double OWN_ENGINE_DENSITY = Thresholds.weak(Criterion.DATA_PLANE);

    /**
     * Serve-until-stopped loops and input-driven state machines per 1000 lines (the module's
     * measured lines, prior included) from which such code is the module's kind, not a corner of
     * it: one for every 2000 lines. A module of that kind is a strong-fit system by what its code
     * does, however thinly its byte-level work is spread across per-message helpers.
     */
    public static final double STRONG_KIND_DENSITY = 0.5;

    /**
     * Byte-level and network-facing code (per 1000 lines, the whole module weighed with its core)
     * below which a module's strong-fit evidence is coordination alone: less than one finding in
     * 2000 lines. A lone yes about who depends on such a module is no call for a look unless its
     * core is strong ({@link #STRONG_CORE_DENSITY}): the locks, maps and executors of a shared library
     * with no byte work of its own guard its bookkeeping, as a control plane's do.
     */
    public static final double BYTE_WORK_DENSITY = 0.5;

    /** Yes answers that call for serious consideration: the article's rule. */
    public static final int YES_FOR_CONSIDERATION = 2;

    /** Traits that keep a module on the JVM whatever its code holds. */
    public static final Set<Trait> KEEPING = Collections.unmodifiableSet(EnumSet.of(
            Trait.COMMAND_LINE_TOOL,
            Trait.FRAMEWORK_ADAPTER,
            Trait.EXPORTER,
            Trait.PACKAGING,
            Trait.LEGACY,
            Trait.GENERATED));

    /**
     * Traits whose modules must hold an engine of their own to be judged at all: the rubric judges a
     * client that holds its own wire codecs or connection engine on those, like a server.
     */
    public static final Set<Trait> ENGINE_NEEDED = Collections.unmodifiableSet(EnumSet.of(Trait.CLIENT_LIBRARY));

    /** Traits that make a module at most one to consider. */
    public static final Set<Trait> CAPPING = Collections.unmodifiableSet(
            EnumSet.of(Trait.NATIVE_GLUE, Trait.DELEGATED_DECODING, Trait.SHARED_UTILITIES, Trait.EXPERIMENTAL));

    /** What a verdict rests on. */
    public enum Ground {
        /** No Java sources were parsed. */
        NO_SOURCES,
        /** Example, demo, prototype, benchmark or test-support code. */
        NON_PRODUCTION,
        /** Machine-learning or numerical research code. */
        RESEARCH,
        /** A trait that keeps the module on the JVM whatever its code holds. */
        KEPT_BY_TRAIT,
        /** A client, adapter or exporter without an engine of its own. */
        NO_ENGINE_OF_ITS_OWN,
        /** Two or more yes answers, but more avoid than strong-fit evidence. */
        AVOID_OUTWEIGHS,
        /** Two or more yes answers, but a trait that caps the verdict. */
        CAPPED_BY_TRAIT,
        /** Two or more yes answers and dense strong-fit evidence. */
        STRONG_FIT,
        /**
         * Two or more yes answers and a module whose serve loops or input-driven parsers make up its
         * kind, though its evidence is spread thin.
         */
        STRONG_KIND,
        /** Two or more yes answers, strong-fit evidence not yet dense enough. */
        NOT_DENSE_ENOUGH,
        /** One yes, backed by the code: a yes about the code itself, or real evidence in its core. */
        ONE_YES_WITH_EVIDENCE,
        /** No yes, but strong evidence in the module's core. */
        STRONG_CORE,
        /**
         * No question answered either way, over byte-level or network-facing code of its own with
         * real strong-fit evidence in the module's core.
         */
        OPEN_OVER_BYTE_WORK,
        /**
         * Too few yes answers for any other ground, but a codec of its own: codec-shaped types and
         * bit-level byte work, with strong-fit evidence outweighing the avoid evidence.
         */
        CODEC_OF_ITS_OWN,
        /** Not enough yes answers and no strong evidence. */
        TOO_FEW_YES;

        /**
         * False for the grounds settled before any evidence is weighed: no sources, or what the
         * module is (non-production, research, a keeping trait).
         */
        public boolean weighsEvidence() {
            return this != NO_SOURCES && this != NON_PRODUCTION && this != RESEARCH && this != KEPT_BY_TRAIT;
        }
    }

    /**
     * A verdict with the ground it rests on and the figures the ground looked at.
     *
     * @param verdict the verdict
     * @param ground what it rests on
     * @param trait the trait the ground names, if any
     * @param evidence the module's evidence
     * @param answers the answers that counted
     * @param traits every trait the module has
     */
    public record Judgement(
            Verdict verdict,
            Ground ground,
            Optional<Trait> trait,
            ModuleEvidence evidence,
            List<QuestionAnswer> answers,
            Set<Trait> traits) {

        public Judgement {
            answers = List.copyOf(answers);
            traits = traits.isEmpty() ? Set.of() : EnumSet.copyOf(traits);
        }

        public long count(Answer answer) {
            return DecisionRule.count(answers, answer);
        }
    }

    private DecisionRule() {}

    /** The verdict with its rationale and what would change it. */
    public static Decision decide(ModuleEvidence e, List<QuestionAnswer> answers) {
        return DecisionProse.explain(judge(e, answers));
    }

    /** The verdict and its ground, without prose. */
    public static Judgement judge(ModuleEvidence e, List<QuestionAnswer> answers) {
        Set<Trait> traits = e.parsedFiles() == 0 ? Set.of() : Traits.of(e);
        if (e.parsedFiles() == 0) {
            return judgement(Verdict.NOT_ANALYZED, Ground.NO_SOURCES, null, e, answers, traits);
        }
        if (e.wholeModule().contains(Criterion.PROTOTYPE) || e.strength(Criterion.PROTOTYPE) == Strength.STRONG) {
            return judgement(Verdict.KEEP, Ground.NON_PRODUCTION, null, e, answers, traits);
        }
        if (e.wholeModule().contains(Criterion.NUMERICAL_RESEARCH)) {
            return judgement(Verdict.KEEP, Ground.RESEARCH, null, e, answers, traits);
        }
        Optional<Trait> keeping = first(traits, KEEPING);
        if (keeping.isPresent()) {
            return judgement(Verdict.KEEP, Ground.KEPT_BY_TRAIT, keeping.get(), e, answers, traits);
        }
        double strongFit = e.density(Side.STRONG_FIT);
        double judged = e.judged(Side.STRONG_FIT);
        double avoid = e.density(Side.AVOID);
        Optional<Trait> needsEngine = first(traits, ENGINE_NEEDED);
        if (needsEngine.isPresent() && engineDensity(e) < OWN_ENGINE_DENSITY && !OwnCodec.holds(e)) {
            return judgement(Verdict.KEEP, Ground.NO_ENGINE_OF_ITS_OWN, needsEngine.get(), e, answers, traits);
        }
        long yes = count(answers, Answer.YES);
        if (yes >= YES_FOR_CONSIDERATION) {
            if (avoid > strongFit) {
                return judgement(Verdict.CONSIDER, Ground.AVOID_OUTWEIGHS, null, e, answers, traits);
            }
            Optional<Trait> capping = first(traits, CAPPING);
            if (capping.isPresent()) {
                return judgement(Verdict.CONSIDER, Ground.CAPPED_BY_TRAIT, capping.get(), e, answers, traits);
            }
            if (judged >= STRONG_CANDIDATE_DENSITY) {
                return judgement(Verdict.STRONG_CANDIDATE, Ground.STRONG_FIT, null, e, answers, traits);
            }
            Optional<Trait> kind = strongKind(e, traits);
            if (kind.isPresent() && !safeByItsOwnCode(answers)) {
                return judgement(Verdict.STRONG_CANDIDATE, Ground.STRONG_KIND, kind.get(), e, answers, traits);
            }
            return judgement(Verdict.CONSIDER, Ground.NOT_DENSE_ENOUGH, null, e, answers, traits);
        }
        if (strongFit > avoid) {
            double core = e.coreDensity(Side.STRONG_FIT);
            if (yes == 1 && (yesAboutTheCode(answers) || core >= sharedYesBacking(e))) {
                return judgement(Verdict.CONSIDER, Ground.ONE_YES_WITH_EVIDENCE, null, e, answers, traits);
            }
            // three no answers say stay, whatever the core holds; open ones leave room for a look
            if (core >= STRONG_CORE_DENSITY && count(answers, Answer.UNKNOWN) > 0) {
                return judgement(Verdict.CONSIDER, Ground.STRONG_CORE, null, e, answers, traits);
            }
            // nothing settled either way over real byte work: as much of a call as a lone yes
            if (allOpen(answers) && !coordinationOnly(e) && core >= CONSIDER_DENSITY) {
                return judgement(Verdict.CONSIDER, Ground.OPEN_OVER_BYTE_WORK, null, e, answers, traits);
            }
            // a codec the module writes itself, however small or far from a yes, unless all say no
            if (OwnCodec.holds(e) && !allNo(answers)) {
                return judgement(Verdict.CONSIDER, Ground.CODEC_OF_ITS_OWN, null, e, answers, traits);
            }
        }
        return judgement(Verdict.KEEP, Ground.TOO_FEW_YES, null, e, answers, traits);
    }

    /**
     * The core density that backs a lone yes about who depends on the module: {@link
     * #CONSIDER_DENSITY} where it does byte-level or network-facing work of its own, {@link
     * #STRONG_CORE_DENSITY} where its evidence is coordination alone.
     */
    public static double sharedYesBacking(ModuleEvidence e) {
        return coordinationOnly(e) ? STRONG_CORE_DENSITY : CONSIDER_DENSITY;
    }

    /** True when the module holds less byte-level and network-facing code than {@link #BYTE_WORK_DENSITY}. */
    public static boolean coordinationOnly(ModuleEvidence e) {
        return engineDensity(e) < BYTE_WORK_DENSITY;
    }

    /** Byte-level and network-facing code, the whole module weighed with its core. */
    public static double engineDensity(ModuleEvidence e) {
        return ModuleEvidence.judged(
                e.perKloc(Criterion.DATA_PLANE, Criterion.SAFETY_CRITICAL_SERVICE),
                e.corePerKloc(Criterion.DATA_PLANE, Criterion.SAFETY_CRITICAL_SERVICE));
    }

    /**
     * The strong-fit kind the module is by the shape of its code, if its serve loops and input-driven
     * state machines together reach {@link #STRONG_KIND_DENSITY}: the trait with more of them.
     */
    static Optional<Trait> strongKind(ModuleEvidence e, Set<Trait> traits) {
        int loops = traits.contains(Trait.SERVICE_LOOP) ? e.traitCount(Trait.SERVICE_LOOP) : 0;
        int parsers = traits.contains(Trait.INPUT_PARSER) ? e.traitCount(Trait.INPUT_PARSER) : 0;
        if (Thresholds.perKloc(loops + parsers, e.linesOfCode()) < STRONG_KIND_DENSITY) {
            return Optional.empty();
        }
        return Optional.of(parsers > loops ? Trait.INPUT_PARSER : Trait.SERVICE_LOOP);
    }

    /**
     * True when every one of the article's questions is open: neither the evidence nor the team
     * answered any of them, yes or no. The rubric's partial fits (a small or low-volume codec, a
     * niche module with real byte handling) look like this: byte-level code too thin or too local
     * for a question to answer yes, and nothing that says no either.
     */
    static boolean allOpen(List<QuestionAnswer> answers) {
        return answers.size() == Question.values().length && count(answers, Answer.UNKNOWN) == answers.size();
    }

    /** True when every one of the article's questions answers no: the article's "ship with the least ceremony". */
    static boolean allNo(List<QuestionAnswer> answers) {
        return answers.size() == Question.values().length && count(answers, Answer.NO) == answers.size();
    }

    /**
     * True when memory safety answers no: the module's byte-level and network-facing code is too thin
     * for a memory bug in it to become an incident. A module of that kind is no server's data plane
     * or parser, whatever the shape of its code: a process that waits to be stopped (a shutdown hook,
     * a lifecycle manager's start and stop) has the shape of a serve loop without its traffic.
     */
    static boolean safeByItsOwnCode(List<QuestionAnswer> answers) {
        return answers.stream()
                .anyMatch(a -> a.question() == Question.MEMORY_SAFETY_INCIDENT && a.effective() == Answer.NO);
    }

    /** A yes to a question the code itself answers: memory safety or tail latency. */
    static boolean yesAboutTheCode(List<QuestionAnswer> answers) {
        return answers.stream()
                .anyMatch(a -> a.effective() == Answer.YES && a.question() != Question.SHARED_INFRASTRUCTURE);
    }

    private static Optional<Trait> first(Set<Trait> traits, Set<Trait> wanted) {
        return traits.stream().filter(wanted::contains).findFirst();
    }

    private static Judgement judgement(
            Verdict verdict,
            Ground ground,
            Trait trait,
            ModuleEvidence e,
            List<QuestionAnswer> answers,
            Set<Trait> traits) {
        return new Judgement(verdict, ground, Optional.ofNullable(trait), e, answers, traits);
    }

    static long count(List<QuestionAnswer> answers, Answer answer) {
        return answers.stream().filter(a -> a.effective() == answer).count();
    }
}
