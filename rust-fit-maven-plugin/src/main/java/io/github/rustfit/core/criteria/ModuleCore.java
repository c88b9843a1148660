package io.github.rustfit.core.criteria;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The densest part of a module: its packages with the most strong-fit evidence per line, taken
 * densest first until they hold a quarter of the module's lines (and at least {@link
 * Thresholds#MIN_LINES_FOR_DENSITY}). A large module is often a dense engine wrapped in much plainer
 * code (a document model around its parsers, configuration around an event loop); measured only as
 * a whole, the engine's evidence is diluted by the rest. A quarter is enough code to be the
 * module's heart, not a stray hot file. In a small module the core is the whole module.
 *
 * @param linesOfCode lines of code in the core's packages
 * @param packages the core's packages, densest first
 * @param counts occurrences per criterion in the core
 */
public record ModuleCore(long linesOfCode, List<String> packages, Map<Criterion, Integer> counts) {

    /** Share of a module's lines its core holds at least. */
    public static final double SHARE = 0.25;

    public ModuleCore {
        packages = List.copyOf(packages);
        counts = counts.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(counts));
    }

    /** Occurrences of {@code criterion} per thousand lines of the core. */
    public double perKloc(Criterion criterion) {
        return Thresholds.perKloc(counts.getOrDefault(criterion, 0), linesOfCode);
    }

    /** Sum of the densities of one side's criteria in the core (prototype evidence excluded). */
    public double density(Side side) {
        double sum = 0;
        for (Criterion criterion : Criterion.values()) {
            if (criterion.side() == side && criterion != Criterion.PROTOTYPE) {
                sum += perKloc(criterion);
            }
        }
        return sum;
    }

    /**
     * Gathers a module's files one at a time, keeping only a tally per package, and finds the core.
     * Not thread-safe.
     */
    public static final class Finder {

        private final Map<String, Tally> byPackage = new TreeMap<>();

        /**
         * Adds one file.
         *
         * @param packageName its package ({@code ""} for the default package)
         * @param linesOfCode its lines of code
         * @param findings the criterion of each of its findings
         */
        public Finder add(String packageName, long linesOfCode, List<Criterion> findings) {
            Tally tally = byPackage.computeIfAbsent(packageName, name -> new Tally());
            tally.lines += linesOfCode;
            findings.forEach(criterion -> tally.counts.merge(criterion, 1, Integer::sum));
            return this;
        }

        public ModuleCore find() {
            long total = byPackage.values().stream().mapToLong(t -> t.lines).sum();
            double wanted = Math.max(Thresholds.MIN_LINES_FOR_DENSITY, total * SHARE);
            List<Map.Entry<String, Tally>> densestFirst = new ArrayList<>(byPackage.entrySet());
            densestFirst.sort(Comparator.comparingDouble((Map.Entry<String, Tally> entry) ->
                            -entry.getValue().strongFitPerLine())
                    .thenComparing(Map.Entry::getKey));
            long lines = 0;
            List<String> packages = new ArrayList<>();
            Map<Criterion, Integer> counts = new EnumMap<>(Criterion.class);
            for (Map.Entry<String, Tally> entry : densestFirst) {
                if (lines >= wanted) {
                    break;
                }
                lines += entry.getValue().lines;
                packages.add(entry.getKey());
                entry.getValue().counts.forEach((criterion, count) -> counts.merge(criterion, count, Integer::sum));
            }
            return new ModuleCore(lines, packages, counts);
        }

        private static final class Tally {
            private long lines;
            private final Map<Criterion, Integer> counts = new EnumMap<>(Criterion.class);

            double strongFitPerLine() {
                int strongFit = counts.entrySet().stream()
                        .filter(entry -> entry.getKey().side() == Side.STRONG_FIT)
                        .mapToInt(Map.Entry::getValue)
                        .sum();
                return strongFit / (double) Math.max(lines, 1);
            }
        }
    }
}
