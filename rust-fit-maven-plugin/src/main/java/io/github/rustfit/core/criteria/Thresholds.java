package io.github.rustfit.core.criteria;

import io.github.rustfit.core.criteria.CriterionScore.Strength;

/**
 * Density thresholds, in occurrences per thousand lines of code, at which a criterion's evidence
 * counts as weak or strong. Densities, not counts, so a large module does not win by size alone.
 */
public final class Thresholds {

    /**
     * Small modules are measured as if they had at least this many lines, so a handful of
     * occurrences in a hundred-line adapter does not read as an engine: below this size a module
     * needs absolute, not relative, evidence.
     */
    public static final int MIN_LINES_FOR_DENSITY = 1000;

    /**
     * Benchmark files per thousand lines from which a module counts as a benchmark suite, a kind of
     * non-production code.
     */
    static final double BENCHMARK_SUITE = 3;

    private Thresholds() {}

    /**
     * Lines without evidence added to every module's own when its densities are worked out: a prior
     * that shrinks a small module's density toward zero (a handful of primitives in a few hundred
     * lines is noise, not an engine) and barely moves a large module's.
     */
    public static final int PRIOR_LINES = 500;

    /**
     * A module's occurrences per thousand lines of code, with the small-module floor and the prior
     * lines applied.
     */
    public static double perKloc(int count, long linesOfCode) {
        return perKlocOver(count, measuredLines(linesOfCode));
    }

    /**
     * Occurrences per thousand lines of a part of a module (its core), with the floor but no prior:
     * the part is chosen for its evidence, and its module's prior already speaks for its size.
     */
    public static double perKlocOfPart(int count, long linesOfCode) {
        return perKlocOver(count, Math.max(linesOfCode, MIN_LINES_FOR_DENSITY));
    }

    /** How many lines a module of {@code linesOfCode} lines counts as when its densities are worked out. */
    public static long measuredLines(long linesOfCode) {
        return Math.max(linesOfCode, MIN_LINES_FOR_DENSITY) + PRIOR_LINES;
    }

    private static double perKlocOver(int count, long lines) {
        return Math.round(count / (lines / 1000.0) * 100.0) / 100.0;
    }

    /** How far {@code perKloc} reaches for {@code criterion}. */
    public static Strength strength(Criterion criterion, int count, double perKloc) {
        if (count == 0) {
            return Strength.NONE;
        }
        if (perKloc >= strong(criterion)) {
            return Strength.STRONG;
        }
        return perKloc >= weak(criterion) ? Strength.WEAK : Strength.NONE;
    }

    static double weak(Criterion criterion) {
        return switch (criterion) {
            case FUNDAMENTAL_CONCURRENCY -> 8;
            case DATA_PLANE -> 8;
            case SAFETY_CRITICAL_SERVICE -> 3;
            case CONSTRAINED_TARGET, WEBASSEMBLY_COMPUTE -> 3;
            case CRUD_SERVICE -> 10;
            case SELF_REFERENTIAL_DATA, NUMERICAL_RESEARCH -> 8;
            // any benchmark file is worth reporting
            case PROTOTYPE -> 0;
        };
    }

    static double strong(Criterion criterion) {
        return switch (criterion) {
            case FUNDAMENTAL_CONCURRENCY -> 20;
            case DATA_PLANE -> 25;
            case SAFETY_CRITICAL_SERVICE -> 8;
            case CONSTRAINED_TARGET, WEBASSEMBLY_COMPUTE -> 8;
            case CRUD_SERVICE -> 30;
            case SELF_REFERENTIAL_DATA, NUMERICAL_RESEARCH -> 20;
            // three benchmark files per 1000 lines: benchmarks are most of the module, not a
            // footnote to production code (a module named as non-production code is judged by the
            // module-level finding, whatever its size)
            case PROTOTYPE -> BENCHMARK_SUITE;
        };
    }
}
