package io.github.rustfit.core.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Answers the article's three questions from a module's evidence. Each question looks at the
 * criteria that bear on it together, because the article's reasons overlap: byte-level decoding
 * and network- or native-facing code both expose memory bugs; concurrency and data-plane code both
 * put latency on the line. An answer is YES or NO only when the evidence points clearly one way;
 * in between it is UNKNOWN, and the team's declared answer should decide.
 *
 * <p>A large module is measured twice, as a whole and at its {@link ModuleCore core} (its densest
 * packages), and the two densities are weighed together ({@link ModuleEvidence#judged}), so that an
 * engine wrapped in plainer code is not diluted away, yet one dense package does not speak for a
 * whole module.
 *
 * <p>The thresholds were set on hand-labelled modules of real projects (see {@code
 * src/calibration}); they are densities per thousand lines of code.
 */
public final class QuestionInference {

    /** Exposure (data-plane plus network/native code) at which a memory bug is an incident. */
    static final double EXPOSED = 12;
    /** Exposure below which the code plainly is not at a trust boundary. */
    static final double NOT_EXPOSED = 2;
    /** Hot-path density (concurrency plus data-plane code) at which latency is the product. */
    static final double HOT = 15;
    /** Hot-path density below which nothing here is latency-critical. */
    static final double NOT_HOT = 3;
    /** Production reactor modules depending on a module that make it shared infrastructure. */
    static final int SHARED_BY = 2;
    /** Lines of code from which a library with no consumer in the build is presumed to have some outside it. */
    static final long SIZEABLE_LIBRARY = 5000;

    private QuestionInference() {}

    public static List<QuestionAnswer> infer(ModuleEvidence evidence) {
        if (evidence.parsedFiles() == 0) {
            // no code was read: the questions are about code, so they stay open
            List<String> reasons = List.of("No Java sources of this module were analysed.");
            return List.of(
                    new QuestionAnswer(Question.MEMORY_SAFETY_INCIDENT, Answer.UNKNOWN, reasons),
                    new QuestionAnswer(Question.TAIL_LATENCY_CRITICAL, Answer.UNKNOWN, reasons),
                    new QuestionAnswer(Question.SHARED_INFRASTRUCTURE, Answer.UNKNOWN, reasons));
        }
        return List.of(memorySafety(evidence), tailLatency(evidence), sharedInfrastructure(evidence));
    }

    static QuestionAnswer memorySafety(ModuleEvidence e) {
        Measured code = Measured.of(
                e,
                "Byte-level, network-facing and native-memory code",
                Criterion.DATA_PLANE,
                Criterion.SAFETY_CRITICAL_SERVICE,
                EXPOSED,
                NOT_EXPOSED);
        double exposure = code.judged();
        String measured = code.sentence();
        List<String> reasons = new ArrayList<>();
        if (exposure >= EXPOSED) {
            reasons.add(measured + ": code like this decodes untrusted input or manages memory by hand, where a"
                    + " memory bug becomes exploitable.");
            return new QuestionAnswer(Question.MEMORY_SAFETY_INCIDENT, Answer.YES, reasons);
        }
        Set<Trait> traits = Traits.of(e);
        boolean decodesItsOwnInput = e.corePerKloc(Criterion.DATA_PLANE) >= Thresholds.weak(Criterion.DATA_PLANE);
        if (decodesItsOwnInput && traits.contains(Trait.SERVICE_LOOP)) {
            reasons.add(measured + ", in a module that handles connections until it is stopped and decodes their"
                    + " bytes itself: the kind of long-running, network-facing code where a memory bug becomes an"
                    + " incident.");
            return new QuestionAnswer(Question.MEMORY_SAFETY_INCIDENT, Answer.YES, reasons);
        }
        if (decodesItsOwnInput && traits.contains(Trait.INPUT_PARSER)) {
            reasons.add(measured + ", in a module whose parsers are state machines driven by the bytes or"
                    + " characters they read: the kind of code where crafted input turns a memory bug into an"
                    + " exploit.");
            return new QuestionAnswer(Question.MEMORY_SAFETY_INCIDENT, Answer.YES, reasons);
        }
        if (traits.contains(Trait.NATIVE_GLUE)) {
            reasons.add(measured + ", in a module that is mostly bindings to native code (JNI or JNA): it steps"
                    + " outside the JVM's safety net, where a memory bug on the native side becomes an incident.");
            return new QuestionAnswer(Question.MEMORY_SAFETY_INCIDENT, Answer.YES, reasons);
        }
        if (exposure < NOT_EXPOSED) {
            reasons.add(measured
                    + (e.meets(Criterion.CRUD_SERVICE) ? ", beside " + describe(e, Criterion.CRUD_SERVICE) : "")
                    + ": the JVM already keeps code like this memory-safe.");
            return new QuestionAnswer(Question.MEMORY_SAFETY_INCIDENT, Answer.NO, reasons);
        }
        reasons.add(measured + ": some exposure, not enough to say a memory bug here would be an incident.");
        return new QuestionAnswer(Question.MEMORY_SAFETY_INCIDENT, Answer.UNKNOWN, reasons);
    }

    static QuestionAnswer tailLatency(ModuleEvidence e) {
        Measured code = Measured.of(
                e,
                "Concurrency and hot-path code",
                Criterion.FUNDAMENTAL_CONCURRENCY,
                Criterion.DATA_PLANE,
                HOT,
                HOT / 2,
                NOT_HOT);
        double hot = code.judged();
        String measured = code.sentence();
        List<String> reasons = new ArrayList<>();
        boolean dense = hot >= HOT;
        boolean perConnection = hot >= HOT / 2 && Traits.of(e).contains(Trait.SERVICE_LOOP);
        if ((dense || perConnection) && coordinationAlone(e)) {
            reasons.add(measured + ", but carried by threads handing work to each other and waiting on it (thread"
                    + " pools, locks, latches), with lock-free and byte-level code at "
                    + Figures.density(beneathCoordination(e), NOT_HOT)
                    + " per 1000 lines: scheduling and waiting are a control plane's work, not a hot path's, so"
                    + " this does not say latency is critical.");
            return new QuestionAnswer(Question.TAIL_LATENCY_CRITICAL, Answer.UNKNOWN, reasons);
        }
        if (dense) {
            reasons.add(measured + ": contention, allocation and GC pauses show up in the tail here.");
            return new QuestionAnswer(Question.TAIL_LATENCY_CRITICAL, Answer.YES, reasons);
        }
        if (perConnection) {
            reasons.add(measured + ", on the path of every connection a long-running service handles: allocation"
                    + " and pauses there show up in every request's latency.");
            return new QuestionAnswer(Question.TAIL_LATENCY_CRITICAL, Answer.YES, reasons);
        }
        if (hot < NOT_HOT) {
            reasons.add(measured + ": nothing here makes latency the product.");
            return new QuestionAnswer(Question.TAIL_LATENCY_CRITICAL, Answer.NO, reasons);
        }
        reasons.add(measured + ": some, not enough to say latency is critical.");
        return new QuestionAnswer(Question.TAIL_LATENCY_CRITICAL, Answer.UNKNOWN, reasons);
    }

    /**
     * True when a module's concurrency evidence is thread coordination (pools, hand-made threads,
     * locks, waits) and what is left beneath it, its lock-free state and its byte-level code, is
     * below the density at which nothing is latency-critical. The article's latency case is the data
     * path and a concurrent core of one's own; a control plane that schedules work and waits for it
     * coordinates that path without being on it.
     */
    static boolean coordinationAlone(ModuleEvidence e) {
        return coordination(e) > 0 && beneathCoordination(e) < NOT_HOT;
    }

    /** Concurrency findings that coordinate threads, never more than the concurrency counted. */
    private static int coordination(ModuleEvidence e) {
        return Math.min(e.traitCount(Trait.THREAD_COORDINATION), e.count(Criterion.FUNDAMENTAL_CONCURRENCY));
    }

    /** Density of the module's lock-free and byte-level evidence: its concurrency less coordination, and its data plane. */
    static double beneathCoordination(ModuleEvidence e) {
        int lockFree = e.count(Criterion.FUNDAMENTAL_CONCURRENCY) - coordination(e);
        return Thresholds.perKloc(lockFree, e.linesOfCode()) + e.perKloc(Criterion.DATA_PLANE);
    }

    static QuestionAnswer sharedInfrastructure(ModuleEvidence e) {
        List<String> reasons = new ArrayList<>();
        int dependents = e.dependents().size();
        if (dependents >= SHARED_BY) {
            reasons.add(dependents + " production modules of the project depend on it: "
                    + String.join(", ", e.dependents()) + ".");
            return new QuestionAnswer(Question.SHARED_INFRASTRUCTURE, Answer.YES, reasons);
        }
        if (dependents == 1) {
            reasons.add("One production module of the project depends on it ("
                    + e.dependents().get(0) + "); one consumer does not yet make shared infrastructure.");
            return new QuestionAnswer(Question.SHARED_INFRASTRUCTURE, Answer.UNKNOWN, reasons);
        }
        if (e.reactorSize() <= 1) {
            if (isLibraryPackaging(e.packaging())
                    && e.linesOfCode() >= SIZEABLE_LIBRARY
                    && !e.meets(Criterion.CRUD_SERVICE)) {
                reasons.add("A library of " + e.linesOfCode() + " lines built on its own: a build that publishes"
                        + " only a library publishes it for others to build on.");
                return new QuestionAnswer(Question.SHARED_INFRASTRUCTURE, Answer.YES, reasons);
            }
            reasons.add("A single-module build: who depends on it cannot be seen from here.");
            return new QuestionAnswer(Question.SHARED_INFRASTRUCTURE, Answer.UNKNOWN, reasons);
        }
        if (isLibraryPackaging(e.packaging()) && e.linesOfCode() >= SIZEABLE_LIBRARY) {
            reasons.add("No module of the project depends on it, but a library of " + e.linesOfCode()
                    + " lines is likely used outside it.");
            return new QuestionAnswer(Question.SHARED_INFRASTRUCTURE, Answer.UNKNOWN, reasons);
        }
        reasons.add("No production module of the project depends on it.");
        return new QuestionAnswer(Question.SHARED_INFRASTRUCTURE, Answer.NO, reasons);
    }

    /**
     * Two criteria's evidence measured together, as a question reads it: the density over the whole
     * module weighed with its densest files' ({@link ModuleEvidence#judged}), and the sentence that
     * says so, as in {@code "Concurrency and hot-path code at 12.0 per 1000 lines
     * (fundamental-concurrency 9.0, data-plane 3.0), 31.0 in its densest files (2400 lines); weighed
     * together 14.2"}.
     */
    record Measured(double judged, String sentence) {

        /** {@code cuts} are what the question compares the weighed density with: no figure rounds onto one. */
        static Measured of(ModuleEvidence e, String what, Criterion first, Criterion second, double... cuts) {
            double whole = e.perKloc(first, second);
            double judged = ModuleEvidence.judged(whole, e.corePerKloc(first, second));
            String sentence = String.format(
                            Locale.ROOT,
                            "%s at %s per 1000 lines (%s %s, %s %s)",
                            what,
                            // where the core is the whole module, this is the density weighed
                            e.coreIsWhole() ? Figures.density(whole, cuts) : Figures.density(whole),
                            first.id(),
                            Figures.density(first, e.perKloc(first), cuts),
                            second.id(),
                            Figures.density(second, e.perKloc(second), cuts))
                    + withCore(e, judged, first, second, cuts);
            return new Measured(judged, sentence);
        }
    }

    /**
     * {@code ""} when the core is the whole module; otherwise the core's density and what weighing
     * it with the whole gives, as in {@code ", 31.0 in its densest files (2400 lines); weighed
     * together 14.2"}.
     */
    static String withCore(ModuleEvidence e, double judged, Criterion first, Criterion second, double... cuts) {
        ModuleCore core = e.core();
        if (core.packages().isEmpty() || e.coreIsWhole()) {
            return "";
        }
        return String.format(
                Locale.ROOT,
                ", %.1f in its densest files (%d lines); weighed together %s",
                e.corePerKloc(first, second),
                core.linesOfCode(),
                Figures.density(judged, cuts));
    }

    private static boolean isLibraryPackaging(String packaging) {
        return "jar".equals(packaging) || "bundle".equals(packaging);
    }

    /** {@code "data-plane evidence at 31.2 per 1000 lines (strong)"}. */
    static String describe(ModuleEvidence e, Criterion criterion) {
        return String.format(
                Locale.ROOT,
                "%s evidence at %s per 1000 lines (%s)",
                criterion.id(),
                Figures.density(criterion, e.perKloc(criterion)),
                e.strength(criterion).name().toLowerCase(Locale.ROOT));
    }
}
