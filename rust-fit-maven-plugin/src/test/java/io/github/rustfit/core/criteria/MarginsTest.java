package io.github.rustfit.core.criteria;

import static io.github.rustfit.core.criteria.EvidenceFixtures.module;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class MarginsTest {

    private static final Function<ModuleEvidence, List<QuestionAnswer>> INFERRED = QuestionInference::infer;

    @Test
    void a_verdict_just_below_the_strong_candidate_density_leans_up_by_a_small_margin() {
        // two yes answers (memory safety and shared), evidence a little under the strong-candidate density
        ModuleEvidence codec =
                module().with(Criterion.DATA_PLANE, 16).dependents("a", "b").build();

        assertThat(DecisionRule.judge(codec, INFERRED.apply(codec)).verdict()).isEqualTo(Verdict.CONSIDER);
        Margin margin = Margins.of(codec, INFERRED);

        assertThat(margin.leansToward()).isEqualTo(Verdict.STRONG_CANDIDATE);
        assertThat(margin.distance()).isEqualTo(0.1);
        assertThat(margin.firm()).isFalse();
    }

    @Test
    void a_verdict_just_above_a_threshold_leans_down() {
        ModuleEvidence codec =
                module().with(Criterion.DATA_PLANE, 18).dependents("a", "b").build();

        Margin margin = Margins.of(codec, INFERRED);

        assertThat(DecisionRule.judge(codec, INFERRED.apply(codec)).verdict()).isEqualTo(Verdict.STRONG_CANDIDATE);
        assertThat(margin.leansToward()).isEqualTo(Verdict.CONSIDER);
        assertThat(margin.distance()).isEqualTo(0.1);
    }

    @Test
    void examples_and_modules_without_evidence_are_firm() {
        ModuleEvidence demo = module().wholeModule(Criterion.PROTOTYPE)
                .with(Criterion.PROTOTYPE, 1)
                .with(Criterion.DATA_PLANE, 40)
                .build();
        ModuleEvidence crud = module().with(Criterion.CRUD_SERVICE, 40).build();

        assertThat(Margins.of(demo, INFERRED)).isEqualTo(Margin.FIRM);
        assertThat(Margins.of(crud, INFERRED)).isEqualTo(Margin.FIRM);
        assertThat(Margin.FIRM.firm()).isTrue();
    }

    @Test
    void declared_answers_hold_while_the_evidence_is_scaled() {
        ModuleEvidence codec = module().with(Criterion.DATA_PLANE, 16).build();
        Function<ModuleEvidence, List<QuestionAnswer>> declaringNo = e -> QuestionInference.infer(e).stream()
                .map(answer -> answer.withDeclared(Answer.NO))
                .toList();

        assertThat(Margins.of(codec, declaringNo)).isEqualTo(Margin.FIRM);
    }
}
