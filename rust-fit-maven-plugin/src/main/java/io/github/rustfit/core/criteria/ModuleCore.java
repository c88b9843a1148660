package io.github.rustfit.core.criteria;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;

/**
 * The densest part of a module: its files with the most strong-fit evidence per line, taken densest
 * first until they hold a quarter of the module's lines (and at least {@link
 * Thresholds#MIN_LINES_FOR_DENSITY}). A large module is often a dense engine wrapped in much plainer
 * code (a document model around its parsers, configuration around an event loop, frame codecs
 * beside stream bookkeeping in one package); measured only as a whole, the engine's evidence is
 * diluted by the rest. A quarter is enough code to be the module's heart, not a stray hot file. In
 * a small module the core is the whole module.
 *
 * @param linesOfCode lines of code in the core's files
 * @param packages the packages of the core's files, densest first
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
        return Thresholds.perKlocOfPart(counts.getOrDefault(criterion, 0), linesOfCode);
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
     * Gathers a module's files one at a time and finds the core. It keeps the module's totals and
     * only the {@link #KEPT_FILES} densest files seen so far, so a module's tally does not grow with
     * its files. Not thread-safe.
     */
    public static final class Finder {

        /**
         * Densest files kept to choose the core from. A core is at most a quarter of a module, and a
         * module whose quarter spans more files than this is judged by its densest {@value} files,
         * where its evidence concentrates.
         */
        public static final int KEPT_FILES = 128;

        private static final Comparator<FileTally> DENSEST_FIRST = Comparator.comparingDouble(
                        (FileTally file) -> -file.strongFitPerLine())
                .thenComparing((FileTally file) -> file.packageName)
                .thenComparingLong(file -> file.sequence);

        private final PriorityQueue<FileTally> densest = new PriorityQueue<>(DENSEST_FIRST.reversed());
        private final Map<Criterion, Integer> totals = new EnumMap<>(Criterion.class);
        private final Set<String> packages = new TreeSet<>();
        private long lines;
        private long sequence;

        /**
         * Adds one file.
         *
         * @param packageName its package ({@code ""} for the default package)
         * @param linesOfCode its lines of code
         * @param findings the criterion of each of its findings
         */
        public Finder add(String packageName, long linesOfCode, List<Criterion> findings) {
            Map<Criterion, Integer> fileCounts = new EnumMap<>(Criterion.class);
            findings.forEach(criterion -> fileCounts.merge(criterion, 1, Integer::sum));
            FileTally file = new FileTally(packageName, linesOfCode, sequence++, fileCounts);
            file.counts.forEach((criterion, count) -> totals.merge(criterion, count, Integer::sum));
            lines += linesOfCode;
            packages.add(packageName);
            densest.add(file);
            if (densest.size() > KEPT_FILES) {
                densest.poll();
            }
            return this;
        }

        public ModuleCore find() {
            double wanted = Math.max(Thresholds.MIN_LINES_FOR_DENSITY, lines * SHARE);
            if (lines <= wanted) {
                return new ModuleCore(lines, List.copyOf(packages), totals);
            }
            List<FileTally> files = new ArrayList<>(densest);
            files.sort(DENSEST_FIRST);
            long coreLines = 0;
            Set<String> corePackages = new LinkedHashSet<>();
            Map<Criterion, Integer> counts = new EnumMap<>(Criterion.class);
            for (FileTally file : files) {
                if (coreLines >= wanted) {
                    break;
                }
                coreLines += file.lines;
                corePackages.add(file.packageName);
                file.counts.forEach((criterion, count) -> counts.merge(criterion, count, Integer::sum));
            }
            return new ModuleCore(coreLines, List.copyOf(corePackages), counts);
        }

        private static final class FileTally {
            private final String packageName;
            private final long lines;
            private final long sequence;
            private final Map<Criterion, Integer> counts;
            private final double strongFitPerLine;

            FileTally(String packageName, long lines, long sequence, Map<Criterion, Integer> counts) {
                this.packageName = packageName;
                this.lines = lines;
                this.sequence = sequence;
                this.counts = counts;
                int strongFit = counts.entrySet().stream()
                        .filter(entry -> entry.getKey().side() == Side.STRONG_FIT)
                        .mapToInt(Map.Entry::getValue)
                        .sum();
                this.strongFitPerLine = strongFit / (double) Math.max(lines, 1);
            }

            double strongFitPerLine() {
                return strongFitPerLine;
            }
        }
    }
}
