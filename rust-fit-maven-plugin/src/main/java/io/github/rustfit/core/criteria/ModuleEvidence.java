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
 * @param dependents production modules of the project that depend on it (outside test scope),
 *     whether the build analysed them or not
 * @param reactorSize how many modules the project has, whether the build analysed them or not
 * @param wholeModule criteria asserted by module-level evidence (what the whole module is for,
 *     such as an example or a machine-learning module) rather than by counted occurrences
 * @param core the module's densest packages, measured on their own
 * @param namedTraits traits module-level signals assert for the whole module (by its name or
 *     packaging, say)
 * @param traitCounts findings of each trait's file signals in the module
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
        ModuleCore core,
        Set<Trait> namedTraits,
        Map<Trait, Integer> traitCounts) {

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
        namedTraits = namedTraits.isEmpty() ? Set.of() : EnumSet.copyOf(namedTraits);
        traitCounts = traitCounts.isEmpty() ? Map.of() : new EnumMap<>(traitCounts);
    }

    /**
     * This evidence with every strong-fit occurrence (in the whole module, in its core and in the
     * kinds of code that count as strong-fit evidence) multiplied by {@code factor}, rounded to whole
     * occurrences: what the module would look like with that much more or less of it.
     */
    public ModuleEvidence scaledStrongFit(double factor) {
        Map<Criterion, CriterionScore> scaled = new EnumMap<>(Criterion.class);
        criteria.forEach((criterion, score) -> {
            if (criterion.side() != Side.STRONG_FIT) {
                scaled.put(criterion, score);
                return;
            }
            int count = (int) Math.round(score.count() * factor);
            double perKloc = Thresholds.perKloc(count, linesOfCode);
            scaled.put(
                    criterion,
                    new CriterionScore(
                            criterion, score.side(), count, perKloc, Thresholds.strength(criterion, count, perKloc)));
        });
        Map<Criterion, Integer> coreCounts = new EnumMap<>(Criterion.class);
        core.counts()
                .forEach((criterion, count) -> coreCounts.put(
                        criterion, criterion.side() == Side.STRONG_FIT ? (int) Math.round(count * factor) : count));
        Map<Trait, Integer> traits = new EnumMap<>(Trait.class);
        traitCounts.forEach(
                (trait, count) -> traits.put(trait, trait.tempers() ? count : (int) Math.round(count * factor)));
        return new ModuleEvidence(
                artifactId,
                packaging,
                linesOfCode,
                parsedFiles,
                scaled,
                dependents,
                reactorSize,
                wholeModule,
                new ModuleCore(core.linesOfCode(), core.packages(), coreCounts),
                namedTraits,
                traits);
    }

    /** Findings of {@code trait}'s file signals. */
    public int traitCount(Trait trait) {
        return traitCounts.getOrDefault(trait, 0);
    }

    /** Occurrences of {@code criterion}'s signals. */
    public int count(Criterion criterion) {
        CriterionScore score = criteria.get(criterion);
        return score == null ? 0 : score.count();
    }

    /**
     * How dense {@code side}'s evidence is when the whole module and its core are weighed together:
     * the geometric mean of the two densities. A dense core lifts a large module, but a thin rest
     * still pulls it down; where the core is the whole module, this is its density.
     */
    public double judged(Side side) {
        return judged(density(side), coreDensity(side));
    }

    /** True when the core is the whole module (a small module, or one whose packages are not known). */
    public boolean coreIsWhole() {
        return core.linesOfCode() >= linesOfCode;
    }

    /**
     * Sum of the densities of one side's criteria in the core, measured with the prior lines like a
     * module; the module's own when the core is the whole module.
     */
    public double coreDensity(Side side) {
        if (coreIsWhole()) {
            return density(side);
        }
        double sum = 0;
        for (Criterion criterion : Criterion.values()) {
            if (criterion.side() == side && criterion != Criterion.PROTOTYPE) {
                sum += corePerKloc(criterion);
            }
        }
        return sum;
    }

    /**
     * Occurrences of {@code criterion} per thousand lines of the core, measured like a module of the
     * core's size (with the prior lines), so a small core is shrunk like a small module.
     */
    private double corePerKloc(Criterion criterion) {
        return Thresholds.perKloc(core.counts().getOrDefault(criterion, 0), core.linesOfCode());
    }

    /** The geometric mean of a whole-module and a core density. */
    public static double judged(double whole, double core) {
        return Math.round(Math.sqrt(whole * core) * 100.0) / 100.0;
    }

    /** Occurrences per thousand lines of all criteria named, added up, in the core. */
    public double corePerKloc(Criterion first, Criterion... more) {
        if (coreIsWhole()) {
            return perKloc(first, more);
        }
        double sum = corePerKloc(first);
        for (Criterion criterion : more) {
            sum += corePerKloc(criterion);
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
