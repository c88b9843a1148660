package io.github.rustfit.core.criteria;

import io.github.rustfit.core.criteria.CriterionScore.Strength;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the decision rule knows about one module.
 *
 * @param artifactId the module's artifactId
 * @param packaging the module's packaging
 * @param linesOfCode its lines of code
 * @param parsedFiles how many of its files parsed
 * @param criteria the score of every criterion
 * @param dependents reactor modules that depend on it (outside test scope)
 * @param reactorSize how many modules the reactor has
 * @param wholeModule criteria asserted by module-level evidence (what the whole module is for,
 *     such as an example or a machine-learning module) rather than by counted occurrences
 * @param core the module's densest packages, measured on their own
 */
public record ModuleEvidence(
        String artifactId,
        String packaging,
        long linesOfCode,
        int parsedFiles,
        Map<Criterion, CriterionScore> criteria,
        List<String> dependents,
        int reactorSize,
        Set<Criterion> wholeModule,
        ModuleCore core) {

    public ModuleEvidence {
        criteria = new EnumMap<>(criteria);
        // what a module is as a whole holds at full strength, however few lines assert it
        for (Criterion criterion : wholeModule) {
            criteria.computeIfPresent(
                    criterion,
                    (key, score) -> new CriterionScore(
                            score.criterion(), score.side(), score.count(), score.perKloc(), Strength.STRONG));
        }
        dependents = List.copyOf(dependents);
        wholeModule = wholeModule.isEmpty() ? Set.of() : EnumSet.copyOf(wholeModule);
    }

    /** Evidence whose core is the whole module, as when its packages are not known. */
    public ModuleEvidence(
            String artifactId,
            String packaging,
            long linesOfCode,
            int parsedFiles,
            Map<Criterion, CriterionScore> criteria,
            List<String> dependents,
            int reactorSize,
            Set<Criterion> wholeModule) {
        this(
                artifactId,
                packaging,
                linesOfCode,
                parsedFiles,
                criteria,
                dependents,
                reactorSize,
                wholeModule,
                wholeModuleCore(linesOfCode, criteria));
    }

    private static ModuleCore wholeModuleCore(long linesOfCode, Map<Criterion, CriterionScore> criteria) {
        Map<Criterion, Integer> counts = new EnumMap<>(Criterion.class);
        criteria.forEach((criterion, score) -> counts.put(criterion, score.count()));
        return new ModuleCore(linesOfCode, List.of(), counts);
    }

    /**
     * How dense {@code side}'s evidence is when the whole module and its core are weighed together:
     * the geometric mean of the two densities. A dense core lifts a large module, but a thin rest
     * still pulls it down; where the core is the whole module, this is its density.
     */
    public double judged(Side side) {
        return judged(density(side), core.density(side));
    }

    /** The geometric mean of a whole-module and a core density. */
    public static double judged(double whole, double core) {
        return Math.round(Math.sqrt(whole * core) * 100.0) / 100.0;
    }

    /** Occurrences per thousand lines of all criteria named, added up, in the core. */
    public double corePerKloc(Criterion first, Criterion... more) {
        double sum = core.perKloc(first);
        for (Criterion criterion : more) {
            sum += core.perKloc(criterion);
        }
        return sum;
    }

    /** Occurrences per thousand lines of all criteria named, added up. */
    public double perKloc(Criterion first, Criterion... more) {
        double sum = perKloc(first);
        for (Criterion criterion : more) {
            sum += perKloc(criterion);
        }
        return sum;
    }

    public Strength strength(Criterion criterion) {
        CriterionScore score = criteria.get(criterion);
        return score == null ? Strength.NONE : score.strength();
    }

    public double perKloc(Criterion criterion) {
        CriterionScore score = criteria.get(criterion);
        return score == null ? 0 : score.perKloc();
    }

    public boolean meets(Criterion criterion) {
        return strength(criterion) != Strength.NONE;
    }

    /** Sum of the densities of one side's criteria (prototype evidence excluded: it is a gate). */
    public double density(Side side) {
        return criteria.values().stream()
                .filter(score -> score.side() == side && score.criterion() != Criterion.PROTOTYPE)
                .mapToDouble(CriterionScore::perKloc)
                .sum();
    }

    /** True when any criterion on {@code side} reaches {@code strength}. */
    public boolean any(Side side, Strength strength) {
        return criteria.values().stream()
                .anyMatch(score -> score.side() == side
                        && score.criterion() != Criterion.PROTOTYPE
                        && score.strength().compareTo(strength) >= 0);
    }
}
