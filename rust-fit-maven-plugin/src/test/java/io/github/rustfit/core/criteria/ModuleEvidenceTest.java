package io.github.rustfit.core.criteria;

import static io.github.rustfit.core.criteria.EvidenceFixtures.module;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rustfit.core.criteria.CriterionScore.Strength;
import org.junit.jupiter.api.Test;

class ModuleEvidenceTest {

    @Test
    void what_the_whole_module_is_holds_at_full_strength_however_few_lines_assert_it() {
        ModuleEvidence demo = module().linesOfCode(5_000)
                .with(Criterion.PROTOTYPE, 1)
                .wholeModule(Criterion.PROTOTYPE)
                .build();

        assertThat(demo.strength(Criterion.PROTOTYPE)).isEqualTo(Strength.STRONG);
    }

    @Test
    void a_few_benchmark_files_are_weak_prototype_evidence_not_a_verdict_on_the_module() {
        ModuleEvidence library =
                module().linesOfCode(5_000).with(Criterion.PROTOTYPE, 1).build();

        assertThat(library.strength(Criterion.PROTOTYPE)).isEqualTo(Strength.WEAK);
    }

    @Test
    void without_packages_the_core_is_the_whole_module() {
        ModuleEvidence evidence =
                module().linesOfCode(8_000).with(Criterion.DATA_PLANE, 10).build();

        assertThat(evidence.core().linesOfCode()).isEqualTo(8_000);
        assertThat(evidence.judged(Side.STRONG_FIT)).isEqualTo(10.0);
    }
}
