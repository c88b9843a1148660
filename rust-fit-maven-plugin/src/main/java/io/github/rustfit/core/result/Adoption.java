package io.github.rustfit.core.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Where a team would start with a module the article favours: the few classes that carry most of
 * its strong-fit evidence, and the smallest first step on the article's adoption path (tooling,
 * then a library behind FFI, then a service; never the whole backend at once).
 *
 * <p>With it, the extraction plan: how hard the cut around the hotspots would be. A module that is
 * no candidate but was named by {@code rustfit.planFor} has the plan alone.
 *
 * @param hotspots the classes carrying most strong-fit evidence, most first (empty for a module
 *     that has only a plan)
 * @param firstStep the suggested first step (left out of the file for a module that has only a plan)
 * @param extraction the cut, its entry points, what crosses, what it needs and the boundary (left out
 *     of the file when no plan was made)
 */
public record Adoption(
        List<Hotspot> hotspots,
        @JsonInclude(JsonInclude.Include.NON_NULL) FirstStep firstStep,
        @JsonInclude(JsonInclude.Include.NON_NULL) ExtractionPlan extraction) {

    public Adoption {
        hotspots = List.copyOf(hotspots);
    }

    /** Where to start, without an extraction plan. */
    public Adoption(List<Hotspot> hotspots, FirstStep firstStep) {
        this(hotspots, firstStep, null);
    }

    /** The adoption group of a module that is no candidate but was asked for a plan. */
    static Adoption planOnly(ExtractionPlan plan) {
        return new Adoption(List.of(), null, plan);
    }

    /** This advice with an extraction plan. */
    public Adoption withExtraction(ExtractionPlan plan) {
        return new Adoption(hotspots, firstStep, plan);
    }

    /**
     * A class that carries strong-fit evidence.
     *
     * @param type the class, qualified by its package
     * @param file its file, relative to the execution root
     * @param occurrences strong-fit occurrences in the file
     * @param share that count as a share of the module's strong-fit occurrences, 0 to 1
     * @param signals the strong-fit signals found in it, most frequent first
     */
    public record Hotspot(String type, String file, int occurrences, double share, List<String> signals) {

        public Hotspot {
            signals = List.copyOf(signals);
        }
    }

    /**
     * A step on the article's adoption path.
     *
     * @param stage which step
     * @param summary what to do, naming the classes
     * @param reason why this is the smallest step worth taking
     */
    public record FirstStep(Stage stage, String summary, String reason) {}

    /** The article's adoption path, in order. */
    public enum Stage {
        /** A command-line tool or internal utility: low stakes, real use. */
        TOOLING,
        /** A hot path pulled out of a service into a Rust library behind FFI (or a sidecar). */
        LIBRARY,
        /** A whole service, once the team has absorbed the language. */
        SERVICE
    }
}
