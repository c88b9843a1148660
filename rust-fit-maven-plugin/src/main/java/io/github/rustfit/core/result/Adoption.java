package io.github.rustfit.core.result;

import java.util.List;

/**
 * Where a team would start with a module the article favours: the few classes that carry most of
 * its strong-fit evidence, and the smallest first step on the article's adoption path (tooling,
 * then a library behind FFI, then a service; never the whole backend at once).
 *
 * @param hotspots the classes carrying most strong-fit evidence, most first
 * @param firstStep the suggested first step
 */
public record Adoption(List<Hotspot> hotspots, FirstStep firstStep) {

    public Adoption {
        hotspots = List.copyOf(hotspots);
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
