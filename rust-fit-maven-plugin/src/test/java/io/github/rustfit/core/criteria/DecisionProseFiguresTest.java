package io.github.rustfit.core.criteria;

import static io.github.rustfit.core.criteria.Answer.NO;
import static io.github.rustfit.core.criteria.Answer.UNKNOWN;
import static io.github.rustfit.core.criteria.Answer.YES;
import static io.github.rustfit.core.criteria.EvidenceFixtures.answers;
import static io.github.rustfit.core.criteria.EvidenceFixtures.module;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The figures a rationale prints beside the thresholds the rule compared them with. */
class DecisionProseFiguresTest {

    /** A 10,000-line module whose 2000-line core carries 30.0 per 1000 lines of data-plane evidence. */
    private static ModuleEvidence withCore(double wholeDensity) {
        EvidenceFixtures fixture = module().linesOfCode(10_000).withExactly(Criterion.DATA_PLANE, 100, wholeDensity);
        ModuleEvidence e = fixture.build();
        return new ModuleEvidence(
                e.artifactId(),
                e.packaging(),
                e.linesOfCode(),
                e.parsedFiles(),
                e.criteria(),
                e.dependents(),
                e.reactorSize(),
                e.wholeModule(),
                new ModuleCore(2000, List.of("core"), Map.of(Criterion.DATA_PLANE, 75)),
                e.namedTraits(),
                e.traitCounts());
    }

    @Test
    void a_judged_density_just_under_the_strong_candidate_threshold_is_not_printed_as_the_threshold() {
        // 16.95 weighed: the whole at 9.57675, the core at 30.0
        ModuleEvidence e = withCore(16.95 * 16.95 / 30);
        assertThat(e.judged(Side.STRONG_FIT)).isEqualTo(16.95);

        Decision decision = DecisionRule.decide(e, answers(YES, YES, UNKNOWN));

        assertThat(decision.verdict()).isEqualTo(Verdict.CONSIDER);
        assertThat(decision.rationale())
                .contains("Its densest files (2000 of its 10000 lines, in 1 package) carry strong-fit evidence at"
                        + " 30.0 per 1000 lines; weighed with the whole module, 16.95.")
                .noneMatch(line -> line.contains("17.0"));
    }

    @Test
    void a_judged_density_just_over_the_strong_candidate_threshold_is_not_printed_as_the_threshold() {
        ModuleEvidence e = withCore(17.04 * 17.04 / 30);
        assertThat(e.judged(Side.STRONG_FIT)).isEqualTo(17.04);

        Decision decision = DecisionRule.decide(e, answers(YES, YES, UNKNOWN));

        assertThat(decision.verdict()).isEqualTo(Verdict.STRONG_CANDIDATE);
        assertThat(String.join(" ", decision.rationale())).contains("weighed with the whole module, 17.04.");
    }

    @Test
    void a_whole_module_density_just_under_the_threshold_is_printed_with_the_decimals_that_keep_it_under() {
        ModuleEvidence e = module().withExactly(Criterion.DATA_PLANE, 25, 16.96).build();

        Decision decision = DecisionRule.decide(e, answers(YES, YES, UNKNOWN));

        assertThat(decision.verdict()).isEqualTo(Verdict.CONSIDER);
        assertThat(decision.rationale())
                .contains("Strong-fit evidence 16.96 per 1000 lines (data-plane weak); avoid evidence 0.0 per 1000"
                        + " lines.");
    }

    @Test
    void densities_clear_of_every_threshold_keep_one_decimal() {
        ModuleEvidence e = withCore(16.94 * 16.94 / 30);

        Decision decision = DecisionRule.decide(e, answers(YES, YES, UNKNOWN));

        assertThat(String.join(" ", decision.rationale()))
                .contains("Strong-fit evidence 9.6 per 1000 lines")
                .contains("weighed with the whole module, 16.9.");
    }

    @Test
    void strong_fit_and_avoid_evidence_that_differ_are_not_printed_alike() {
        ModuleEvidence e = module().withExactly(Criterion.DATA_PLANE, 25, 30.01)
                .withExactly(Criterion.CRUD_SERVICE, 25, 30.04)
                .build();

        Decision decision = DecisionRule.decide(e, answers(YES, YES, NO));

        assertThat(decision.verdict()).isEqualTo(Verdict.CONSIDER);
        assertThat(decision.rationale().get(1))
                .startsWith("Strong-fit evidence 30.0 per 1000 lines")
                .contains("avoid evidence 30.04 per 1000 lines");
    }

    @Test
    void a_client_library_engine_just_under_its_threshold_is_not_printed_as_the_threshold() {
        ModuleEvidence e = module().named(Trait.CLIENT_LIBRARY)
                .withExactly(Criterion.DATA_PLANE, 12, 7.98)
                .build();

        Decision decision = DecisionRule.decide(e, answers(YES, YES, UNKNOWN));

        assertThat(decision.verdict()).isEqualTo(Verdict.KEEP);
        assertThat(String.join(" ", decision.rationale()))
                .contains("code (7.98 per 1000 lines, weighed with its core)");
    }
}
