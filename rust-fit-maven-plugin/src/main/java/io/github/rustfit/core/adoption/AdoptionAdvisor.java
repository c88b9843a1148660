package io.github.rustfit.core.adoption;

import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.criteria.Side;
import io.github.rustfit.core.result.Adoption;
import io.github.rustfit.core.result.Adoption.FirstStep;
import io.github.rustfit.core.result.Adoption.Hotspot;
import io.github.rustfit.core.result.Adoption.Stage;
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
 * few classes, a tool when the evidence is spread too thin to lift any class out. A whole service
 * is never the first step.
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
        return new Adoption(hotspots, firstStep(artifactId, hotspots, covered, serviceShaped));
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

    private static FirstStep firstStep(String artifactId, List<Hotspot> hotspots, double covered, boolean service) {
        if (hotspots.isEmpty()) {
            return new FirstStep(
                    Stage.TOOLING,
                    "Write a small Rust tool that exercises what " + artifactId + " does before moving any of it.",
                    "No class carries strong-fit evidence on its own; the article's first step builds skill at low"
                            + " stakes.");
        }
        String names = hotspots.stream().map(h -> simpleName(h.type())).collect(Collectors.joining(", "));
        String percent = String.format(Locale.ROOT, "%.0f%%", covered * 100);
        if (covered >= CONCENTRATED) {
            String summary = "Rewrite " + names + " as a Rust library called through JNI or the FFM API (or run it"
                    + " as a sidecar), and keep the rest of " + artifactId + " on the JVM.";
            String reason = percent + " of the module's strong-fit evidence sits in " + hotspots.size()
                    + (hotspots.size() == 1 ? " class" : " classes")
                    + ": a small, hot boundary is the article's second step, and it teaches ownership without an"
                    + " async runtime."
                    + (service
                            ? " A rewrite of the whole service comes third, once the team has absorbed the language."
                            : "");
            return new FirstStep(Stage.LIBRARY, summary, reason);
        }
        return new FirstStep(
                Stage.TOOLING,
                "Start with a Rust tool around what " + names + " handle (a validator, fuzzer or replayer for the"
                        + " same inputs) before moving any code.",
                "The evidence is spread thin: the top " + hotspots.size() + " classes hold only " + percent
                        + " of it, so there is no small hot path to lift out yet; the article's first step builds"
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
