package io.github.rustfit.core.criteria;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Builds {@link ModuleEvidence} for rule tests from densities, the way the analyzer does. */
final class EvidenceFixtures {

    private final Map<Criterion, CriterionScore> criteria = new EnumMap<>(Criterion.class);
    private final List<String> dependents = new ArrayList<>();
    private long linesOfCode = 1000;
    private int parsedFiles = 10;
    private int reactorSize = 5;
    private String packaging = "jar";
    private final java.util.Set<Criterion> wholeModule = java.util.EnumSet.noneOf(Criterion.class);
    private ModuleCore core;
    private final java.util.Set<Trait> namedTraits = java.util.EnumSet.noneOf(Trait.class);
    private final Map<Trait, Integer> traitCounts = new java.util.EnumMap<>(Trait.class);

    static EvidenceFixtures module() {
        return new EvidenceFixtures();
    }

    /**
     * Sets a criterion's density (per 1000 lines): as many occurrences as give that density once the
     * module's lines are measured as the analyzer measures them (with its floor and prior lines).
     */
    EvidenceFixtures with(Criterion criterion, int perKloc) {
        int count = (int) Math.round(perKloc * Thresholds.measuredLines(linesOfCode) / 1000.0);
        double density = Thresholds.perKloc(count, linesOfCode);
        criteria.put(
                criterion,
                new CriterionScore(
                        criterion, criterion.side(), count, density, Thresholds.strength(criterion, count, density)));
        return this;
    }

    /** Sets a criterion's occurrences and density exactly, for a density that lies just by a threshold. */
    EvidenceFixtures withExactly(Criterion criterion, int count, double perKloc) {
        criteria.put(
                criterion,
                new CriterionScore(
                        criterion, criterion.side(), count, perKloc, Thresholds.strength(criterion, count, perKloc)));
        return this;
    }

    EvidenceFixtures dependents(String... names) {
        dependents.addAll(List.of(names));
        return this;
    }

    EvidenceFixtures reactorSize(int size) {
        reactorSize = size;
        return this;
    }

    EvidenceFixtures linesOfCode(long lines) {
        linesOfCode = lines;
        return this;
    }

    EvidenceFixtures packaging(String value) {
        packaging = value;
        return this;
    }

    /** Module-level evidence: the whole module is, say, machine-learning code. */
    EvidenceFixtures wholeModule(Criterion criterion) {
        wholeModule.add(criterion);
        return this;
    }

    /**
     * Gives the module a core of {@code lines} lines (in one package) where {@code criterion} has
     * {@code perKloc} occurrences per 1000 lines, as the core is measured (with the prior lines); set
     * the module's own size and densities first.
     */
    EvidenceFixtures core(long lines, Criterion criterion, int perKloc) {
        core = new ModuleCore(
                lines, List.of("core"), Map.of(criterion, (int) (perKloc * Thresholds.measuredLines(lines) / 1000.0)));
        return this;
    }

    /** A trait a module signal asserts, by the module's name, say. */
    EvidenceFixtures named(Trait trait) {
        namedTraits.add(trait);
        return this;
    }

    /** Findings of a trait's file signals. */
    EvidenceFixtures traitFindings(Trait trait, int count) {
        traitCounts.put(trait, count);
        return this;
    }

    EvidenceFixtures parsedFiles(int files) {
        parsedFiles = files;
        return this;
    }

    EvidenceFixtures noParsedFiles() {
        parsedFiles = 0;
        return this;
    }

    ModuleEvidence build() {
        for (Criterion criterion : Criterion.values()) {
            criteria.putIfAbsent(
                    criterion, new CriterionScore(criterion, criterion.side(), 0, 0, CriterionScore.Strength.NONE));
        }
        return new ModuleEvidence(
                "m",
                packaging,
                linesOfCode,
                parsedFiles,
                criteria,
                dependents,
                reactorSize,
                wholeModule,
                core != null ? core : wholeModuleCore(),
                namedTraits,
                traitCounts);
    }

    /** A core that is the whole module, as when its packages are not known. */
    private ModuleCore wholeModuleCore() {
        Map<Criterion, Integer> counts = new EnumMap<>(Criterion.class);
        criteria.forEach((criterion, score) -> counts.put(criterion, score.count()));
        return new ModuleCore(linesOfCode, List.of(), counts);
    }

    static QuestionAnswer answer(Question question, Answer answer) {
        return new QuestionAnswer(question, answer, List.of("because"));
    }

    static List<QuestionAnswer> answers(Answer memory, Answer latency, Answer shared) {
        return List.of(
                answer(Question.MEMORY_SAFETY_INCIDENT, memory),
                answer(Question.TAIL_LATENCY_CRITICAL, latency),
                answer(Question.SHARED_INFRASTRUCTURE, shared));
    }
}
