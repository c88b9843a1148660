package io.github.rustfit.core.adoption;

import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.criteria.Side;
import io.github.rustfit.core.result.Adoption;
import io.github.rustfit.core.result.Adoption.FirstStep;
import io.github.rustfit.core.result.Adoption.Hotspot;
import io.github.rustfit.core.result.Adoption.Stage;
import io.github.rustfit.core.result.ExtractionPlan;
import io.github.rustfit.core.result.ExtractionPlan.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Names the few classes that carry most of a module's strong-fit evidence and suggests the
 * smallest step the article would take first: a library when the hot path is concentrated in a
 * few classes, a tool when the evidence is spread too thin to lift any class out. Once the
 * module's extraction plan is known, the step follows its boundary: a library only behind a narrow
 * one; a tool first, with the interface batched (chatty) or restructured or moved to a sidecar
 * (wide). A whole service is never the first step.
 */
public final class AdoptionAdvisor {

    /** At most this many hotspot classes are named. */
    static final int MAX_HOTSPOTS = 5;
    /** Hotspots are named until they hold this share of the strong-fit evidence. */
    static final double MOST = 0.6;
    /** A share at or above which the hot path counts as concentrated enough to lift out. */
    static final double CONCENTRATED = 0.4;

    private AdoptionAdvisor() {}

    /**
     * One file's strong-fit evidence.
     *
     * @param type the class the file declares, qualified by its package
     * @param file the file, relative to the execution root
     * @param signalCounts strong-fit occurrences per signal id
     */
    public record FileEvidence(String type, String file, Map<String, Integer> signalCounts) {

        int total() {
            return signalCounts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /**
     * Advises on a module.
     *
     * @param artifactId the module
     * @param files the strong-fit evidence of each of its files
     * @param serviceShaped whether the module runs as a network-facing service
     */
    public static Adoption advise(String artifactId, List<FileEvidence> files, boolean serviceShaped) {
        Candidates candidates = new Candidates();
        files.forEach(candidates::add);
        return advise(artifactId, candidates, serviceShaped);
    }

    /**
     * Advises on a module whose files were gathered one at a time.
     *
     * @param artifactId the module
     * @param candidates the module's strong-fit evidence
     * @param serviceShaped whether the module runs as a network-facing service
     */
    public static Adoption advise(String artifactId, Candidates candidates, boolean serviceShaped) {
        int total = candidates.total;
        List<FileEvidence> ranked = List.copyOf(candidates.top);
        List<Hotspot> hotspots = new ArrayList<>();
        double covered = 0;
        for (FileEvidence file : ranked) {
            if (hotspots.size() == MAX_HOTSPOTS || (covered >= MOST && !hotspots.isEmpty())) {
                break;
            }
            double share = Math.round(file.total() * 1000.0 / total) / 1000.0;
            covered += share;
            hotspots.add(new Hotspot(file.type(), file.file(), file.total(), share, bySize(file.signalCounts())));
        }
        return new Adoption(hotspots, firstStep(artifactId, hotspots, covered, serviceShaped, null));
    }

    /**
     * The advice with the module's extraction plan, its first step revised to follow the plan's
     * boundary verdict: the step {@link #advise} suggests before the plan is known may name a
     * library behind FFI where the plan finds that no small boundary exists.
     *
     * @param artifactId the module
     * @param adoption the advice made before the plan
     * @param plan the module's extraction plan
     * @param serviceShaped whether the module runs as a network-facing service
     */
    public static Adoption withPlan(String artifactId, Adoption adoption, ExtractionPlan plan, boolean serviceShaped) {
        double covered = 0;
        for (Hotspot hotspot : adoption.hotspots()) {
            covered += hotspot.share();
        }
        Kind boundary = plan.boundary() == null ? null : plan.boundary().kind();
        FirstStep step = adoption.firstStep() == null
                ? null
                : firstStep(artifactId, adoption.hotspots(), covered, serviceShaped, boundary);
        return new Adoption(adoption.hotspots(), step, plan);
    }

    /**
     * A module's strong-fit evidence gathered one file at a time. It keeps the total and only the
     * few files that can still become hotspots, so its size does not grow with the module's.
     */
    public static final class Candidates {

        private static final Comparator<FileEvidence> RANK =
                Comparator.comparingInt(FileEvidence::total).reversed().thenComparing(FileEvidence::file);

        private final TreeSet<FileEvidence> top = new TreeSet<>(RANK);
        private int total;

        /** Adds one file's evidence; a file without any is ignored. */
        public void add(FileEvidence file) {
            int occurrences = file.total();
            if (occurrences == 0) {
                return;
            }
            total += occurrences;
            top.add(file);
            if (top.size() > MAX_HOTSPOTS) {
                top.pollLast();
            }
        }
    }

    private static FirstStep firstStep(
            String artifactId, List<Hotspot> hotspots, double covered, boolean service, Kind boundary) {
        if (hotspots.isEmpty()) {
            return new FirstStep(
                    Stage.TOOLING,
                    "Write a small Rust tool that exercises what " + artifactId + " does before moving any of it.",
                    "No class carries strong-fit evidence on its own; the article's first step builds skill at low"
                            + " stakes.");
        }
        String names = hotspots.stream().map(h -> simpleName(h.type())).collect(Collectors.joining(", "));
        String percent = String.format(Locale.ROOT, "%.0f%%", covered * 100);
        boolean concentrated = covered >= CONCENTRATED;
        String sits = percent + " of the module's strong-fit evidence sits in " + hotspots.size()
                + (hotspots.size() == 1 ? " class" : " classes");
        String spread =
                "The evidence is spread thin: the top " + hotspots.size() + " classes hold only " + percent + " of it";
        if (boundary == null) {
            return concentrated ? unplannedLibrary(artifactId, names, sits, service) : unplannedTool(names, spread);
        }
        Words words = new Words(hotspots.size() == 1);
        String serviceLast =
                service ? " A rewrite of the whole service comes last, once the team has absorbed the language." : "";
        String tool = "Start with a Rust tool around what " + names + " " + words.handle()
                + " (a validator, fuzzer or replayer for the same inputs)";
        String lowStakes = "; the article's first step builds skill at low stakes." + serviceLast;
        return switch (boundary) {
            case NARROW ->
                concentrated
                        ? new FirstStep(
                                Stage.LIBRARY,
                                "Rewrite " + names
                                        + " as a Rust library behind the FFM API (JDK 22 or later), or JNI on"
                                        + " older JDKs, and keep the rest of " + artifactId + " on the JVM.",
                                sits + " behind a narrow boundary: a small, hot boundary is the article's second step,"
                                        + " and it teaches ownership without an async runtime." + serviceLast)
                        : new FirstStep(
                                Stage.TOOLING,
                                tool + " before moving any code; " + words.their() + " boundary is narrow, so a Rust"
                                        + " library behind FFM (JDK 22 or later) or JNI can follow.",
                                spread + ", so there is no small hot path to lift out yet" + lowStakes);
            case CHATTY ->
                new FirstStep(
                        Stage.TOOLING,
                        tool + "; batch " + words.their() + " interface first (whole arrays or buffers per call)"
                                + " before moving " + words.them() + " behind FFM or JNI, or keep " + words.them()
                                + " on the JVM.",
                        (concentrated ? sits + ", but" : spread + ", and") + " the extraction plan finds a chatty"
                                + " boundary: per-element calls would spend more on crossings than Rust saves, so a Rust"
                                + " library is no small step yet" + lowStakes);
            case WIDE ->
                new FirstStep(
                        Stage.TOOLING,
                        tool + "; restructure " + words.them() + " behind a byte- or message-shaped interface before"
                                + " moving any code, or run " + words.them() + " as a sidecar service that exchanges"
                                + " messages rather than objects.",
                        (concentrated ? sits + ", but" : spread + ", and") + " the extraction plan finds a wide"
                                + " boundary, so a Rust library behind FFI is no small step yet" + lowStakes);
        };
    }

    /** The pronouns and verb that agree with one class or several. */
    private record Words(boolean one) {

        String handle() {
            return one ? "handles" : "handle";
        }

        String them() {
            return one ? "it" : "them";
        }

        String their() {
            return one ? "its" : "their";
        }
    }

    /** A concentrated hot path, before the extraction plan says what kind of boundary it has. */
    private static FirstStep unplannedLibrary(String artifactId, String names, String sits, boolean service) {
        String summary = "Rewrite " + names + " as a Rust library called through JNI or the FFM API (or run it"
                + " as a sidecar), and keep the rest of " + artifactId + " on the JVM.";
        String reason = sits
                + ": a small, hot boundary is the article's second step, and it teaches ownership without an"
                + " async runtime."
                + (service
                        ? " A rewrite of the whole service comes third, once the team has absorbed the language."
                        : "");
        return new FirstStep(Stage.LIBRARY, summary, reason);
    }

    /** Evidence spread thin, before the extraction plan says what kind of boundary it has. */
    private static FirstStep unplannedTool(String names, String spread) {
        return new FirstStep(
                Stage.TOOLING,
                "Start with a Rust tool around what " + names + " handle (a validator, fuzzer or replayer for the"
                        + " same inputs) before moving any code.",
                spread + ", so there is no small hot path to lift out yet; the article's first step builds"
                        + " skill at low stakes.");
    }

    private static List<String> bySize(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .toList();
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    /** Counts, per signal id, the findings whose criterion pulls towards Rust. */
    public static Map<String, Integer> strongFitCounts(
            List<String> signalIds, Function<String, Criterion> criterionOf) {
        Map<String, Integer> counts = new HashMap<>();
        for (String id : signalIds) {
            Criterion criterion = criterionOf.apply(id);
            if (criterion != null && criterion.side() == Side.STRONG_FIT) {
                counts.merge(id, 1, Integer::sum);
            }
        }
        return counts;
    }
}
