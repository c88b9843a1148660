package io.github.rustfit.core.criteria;

import static io.github.rustfit.core.criteria.Answer.NO;
import static io.github.rustfit.core.criteria.Answer.UNKNOWN;
import static io.github.rustfit.core.criteria.Answer.YES;
import static io.github.rustfit.core.criteria.EvidenceFixtures.answers;
import static io.github.rustfit.core.criteria.EvidenceFixtures.module;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DecisionRuleTest {

    @Test
    void a_module_without_parsed_sources_is_not_analyzed() {
        Decision decision = DecisionRule.decide(module().noParsedFiles().build(), answers(YES, YES, YES));

        assertThat(decision.verdict()).isEqualTo(Verdict.NOT_ANALYZED);
        assertThat(decision.rationale()).first().asString().contains("No Java sources");
    }

    @Test
    void prototype_code_is_kept_even_when_every_question_says_yes() {
        ModuleEvidence demo = module().wholeModule(Criterion.PROTOTYPE)
                .with(Criterion.PROTOTYPE, 1)
                .with(Criterion.DATA_PLANE, 60)
                .with(Criterion.FUNDAMENTAL_CONCURRENCY, 60)
                .build();

        Decision decision = DecisionRule.decide(demo, answers(YES, YES, YES));

        assertThat(decision.verdict()).isEqualTo(Verdict.KEEP);
        assertThat(String.join(" ", decision.rationale())).contains("example, demo, prototype");
    }

    @Test
    void a_module_made_mostly_of_benchmark_files_is_kept_like_any_benchmark_suite() {
        ModuleEvidence suite = module().with(Criterion.PROTOTYPE, 4)
                .with(Criterion.DATA_PLANE, 30)
                .build();

        Decision decision = DecisionRule.decide(suite, answers(YES, YES, UNKNOWN));

        assertThat(decision.verdict()).isEqualTo(Verdict.KEEP);
        assertThat(String.join(" ", decision.rationale())).contains("benchmark");
    }

    @Test
    void benchmarks_thinly_spread_through_a_production_module_do_not_keep_it() {
        ModuleEvidence codec = module().linesOfCode(10_000)
                .with(Criterion.PROTOTYPE, 1)
                .with(Criterion.DATA_PLANE, 30)
                .build();

        assertThat(DecisionRule.decide(codec, answers(YES, YES, YES)).verdict()).isEqualTo(Verdict.STRONG_CANDIDATE);
    }

    @Test
    void three_yes_answers_with_dense_evidence_make_a_strong_candidate() {
        ModuleEvidence codec = module().with(Criterion.DATA_PLANE, 30).build();

        assertThat(DecisionRule.decide(codec, answers(YES, YES, YES)).verdict()).isEqualTo(Verdict.STRONG_CANDIDATE);
    }

    @Test
    void three_yes_answers_over_thin_evidence_call_for_consideration_not_a_rewrite() {
        // the rubric's strong candidate is mostly a strong-fit kind of code, not only three yes answers
        ModuleEvidence codec = module().with(Criterion.DATA_PLANE, 12).build();

        Decision decision = DecisionRule.decide(codec, answers(YES, YES, YES));

        assertThat(decision.verdict()).isEqualTo(Verdict.CONSIDER);
        assertThat(decision.whatWouldChange())
                .anySatisfy(line -> assertThat(line).contains("strong candidate"));
    }

    @Test
    void two_yes_answers_with_strong_evidence_make_a_strong_candidate() {
        ModuleEvidence gateway = module().with(Criterion.FUNDAMENTAL_CONCURRENCY, 40)
                .with(Criterion.SAFETY_CRITICAL_SERVICE, 10)
                .build();

        Decision decision = DecisionRule.decide(gateway, answers(YES, YES, NO));

        assertThat(decision.verdict()).isEqualTo(Verdict.STRONG_CANDIDATE);
        assertThat(decision.rationale()).first().asString().startsWith("2 of the article's 3 questions answer yes");
    }

    @Test
    void two_yes_answers_with_only_weak_evidence_call_for_consideration() {
        ModuleEvidence module =
                module().with(Criterion.FUNDAMENTAL_CONCURRENCY, 10).build();

        Decision decision = DecisionRule.decide(module, answers(YES, YES, NO));

        assertThat(decision.verdict()).isEqualTo(Verdict.CONSIDER);
        assertThat(decision.whatWouldChange())
                .anySatisfy(line -> assertThat(line).contains("strong candidate"));
    }

    @Test
    void two_yes_answers_with_a_dense_core_make_a_large_module_a_strong_candidate() {
        ModuleEvidence archiver = module().linesOfCode(40_000)
                .with(Criterion.DATA_PLANE, 15)
                .core(10_000, Criterion.DATA_PLANE, 35)
                .build();

        Decision decision = DecisionRule.decide(archiver, answers(YES, YES, UNKNOWN));

        assertThat(decision.verdict()).isEqualTo(Verdict.STRONG_CANDIDATE);
        assertThat(String.join(" ", decision.rationale()))
                .contains(
                        "Its densest files (10000 of its 40000 lines, in 1 package) carry strong-fit evidence at 35.0");
    }

    @Test
    void two_yes_answers_with_the_same_whole_but_no_denser_core_call_for_consideration() {
        ModuleEvidence flat = module().linesOfCode(40_000)
                .with(Criterion.DATA_PLANE, 15)
                .core(10_000, Criterion.DATA_PLANE, 15)
                .build();

        assertThat(DecisionRule.decide(flat, answers(YES, YES, UNKNOWN)).verdict())
                .isEqualTo(Verdict.CONSIDER);
    }

    @Test
    void open_questions_and_a_strong_core_in_a_diluted_module_call_for_a_look() {
        ModuleEvidence parserInsideADocumentModel = module().linesOfCode(80_000)
                .with(Criterion.DATA_PLANE, 3)
                .core(20_000, Criterion.DATA_PLANE, 30)
                .build();

        Decision decision = DecisionRule.decide(parserInsideADocumentModel, answers(UNKNOWN, UNKNOWN, UNKNOWN));

        assertThat(decision.verdict()).isEqualTo(Verdict.CONSIDER);
        assertThat(String.join(" ", decision.rationale())).contains("core holds strong evidence");
    }

    @Test
    void open_questions_beside_a_no_and_a_moderately_dense_core_keep_a_diluted_module() {
        // with a question answered no, open questions alone never call for a review: the core must
        // hold strong evidence
        assertThat(DecisionRule.decide(parserInsideADocumentModel(), answers(NO, UNKNOWN, UNKNOWN))
                        .verdict())
                .isEqualTo(Verdict.KEEP);
    }

    @Test
    void no_question_answered_either_way_over_real_byte_work_calls_for_a_look() {
        // the rubric's small or low-volume codec: real byte handling, too thin for a yes, nothing
        // that says no
        DecisionRule.Judgement judgement =
                DecisionRule.judge(parserInsideADocumentModel(), answers(UNKNOWN, UNKNOWN, UNKNOWN));
        Decision decision = DecisionRule.decide(parserInsideADocumentModel(), answers(UNKNOWN, UNKNOWN, UNKNOWN));

        assertThat(judgement.verdict()).isEqualTo(Verdict.CONSIDER);
        assertThat(judgement.ground()).isEqualTo(DecisionRule.Ground.OPEN_OVER_BYTE_WORK);
        assertThat(String.join(" ", decision.rationale())).contains("none answers no either");
    }

    /** A parser that is a quarter of a large document model: thin in the whole, moderately dense in its core. */
    private static ModuleEvidence parserInsideADocumentModel() {
        return module().linesOfCode(80_000)
                .with(Criterion.DATA_PLANE, 3)
                .core(20_000, Criterion.DATA_PLANE, 9)
                .build();
    }

    @Test
    void no_question_answered_over_byte_work_just_below_the_backing_a_lone_yes_needs_keeps_the_module() {
        ModuleEvidence smallCodec = module().with(Criterion.DATA_PLANE, 7).build();

        assertThat(DecisionRule.judge(smallCodec, answers(UNKNOWN, UNKNOWN, UNKNOWN))
                        .ground())
                .isEqualTo(DecisionRule.Ground.TOO_FEW_YES);
        assertThat(DecisionRule.judge(
                                module().with(Criterion.DATA_PLANE, 8).build(), answers(UNKNOWN, UNKNOWN, UNKNOWN))
                        .ground())
                .isEqualTo(DecisionRule.Ground.OPEN_OVER_BYTE_WORK);
    }

    @Test
    void no_question_answered_over_coordination_code_alone_keeps_the_module_on_the_jvm() {
        // locks, maps and executors with no byte work of their own are no codec, however dense
        ModuleEvidence registry =
                module().with(Criterion.FUNDAMENTAL_CONCURRENCY, 20).build();

        assertThat(DecisionRule.judge(registry, answers(UNKNOWN, UNKNOWN, UNKNOWN))
                        .verdict())
                .isEqualTo(Verdict.KEEP);
    }

    @Test
    void no_question_answered_over_byte_work_outweighed_by_avoid_evidence_keeps_the_module_on_the_jvm() {
        ModuleEvidence crudWithAParser = module().with(Criterion.DATA_PLANE, 9)
                .with(Criterion.CRUD_SERVICE, 20)
                .build();

        assertThat(DecisionRule.judge(crudWithAParser, answers(UNKNOWN, UNKNOWN, UNKNOWN))
                        .verdict())
                .isEqualTo(Verdict.KEEP);
    }

    @Test
    void open_questions_and_a_thin_core_keep_a_diluted_module() {
        ModuleEvidence plain = module().linesOfCode(80_000)
                .with(Criterion.DATA_PLANE, 3)
                .core(20_000, Criterion.DATA_PLANE, 5)
                .build();

        assertThat(DecisionRule.decide(plain, answers(UNKNOWN, UNKNOWN, UNKNOWN))
                        .verdict())
                .isEqualTo(Verdict.KEEP);
    }

    @Test
    void two_yes_answers_outweighed_by_avoid_evidence_call_for_consideration_not_a_rewrite() {
        ModuleEvidence mixed = module().with(Criterion.FUNDAMENTAL_CONCURRENCY, 25)
                .with(Criterion.CRUD_SERVICE, 45)
                .build();

        Decision decision = DecisionRule.decide(mixed, answers(YES, YES, NO));

        assertThat(decision.verdict()).isEqualTo(Verdict.CONSIDER);
        assertThat(String.join(" ", decision.rationale())).contains("keep off Rust");
    }

    @Test
    void one_yes_with_strong_evidence_and_open_questions_calls_for_consideration() {
        ModuleEvidence module =
                module().with(Criterion.FUNDAMENTAL_CONCURRENCY, 30).build();

        assertThat(DecisionRule.decide(module, answers(UNKNOWN, YES, UNKNOWN)).verdict())
                .isEqualTo(Verdict.CONSIDER);
    }

    @Test
    void one_yes_and_one_open_question_with_real_evidence_call_for_consideration() {
        ModuleEvidence module =
                module().with(Criterion.FUNDAMENTAL_CONCURRENCY, 30).build();

        Decision decision = DecisionRule.decide(module, answers(UNKNOWN, YES, NO));

        assertThat(decision.verdict()).isEqualTo(Verdict.CONSIDER);
        assertThat(decision.whatWouldChange())
                .anySatisfy(line -> assertThat(line).contains("memorySafetyIncident"));
    }

    @Test
    void open_questions_alone_never_call_for_consideration() {
        // coordination code alone: no byte-level or network-facing work of its own
        ModuleEvidence diluted =
                module().with(Criterion.FUNDAMENTAL_CONCURRENCY, 9).build();

        Decision decision = DecisionRule.decide(diluted, answers(UNKNOWN, UNKNOWN, UNKNOWN));

        assertThat(decision.verdict()).isEqualTo(Verdict.KEEP);
        assertThat(String.join(" ", decision.rationale())).contains("Open questions alone do not call for a review");
        assertThat(decision.whatWouldChange())
                .anySatisfy(line -> assertThat(line).contains("memorySafetyIncident and tailLatencyCritical"));
    }

    @Test
    void open_questions_with_little_evidence_keep_the_module_on_the_jvm() {
        ModuleEvidence module = module().with(Criterion.DATA_PLANE, 5).build();

        assertThat(DecisionRule.decide(module, answers(UNKNOWN, UNKNOWN, UNKNOWN))
                        .verdict())
                .isEqualTo(Verdict.KEEP);
    }

    @Test
    void one_yes_about_the_code_backed_by_its_evidence_calls_for_consideration_even_beside_two_no() {
        // the rubric's first partial fit: only one question answers yes
        ModuleEvidence module =
                module().with(Criterion.FUNDAMENTAL_CONCURRENCY, 30).build();

        Decision decision = DecisionRule.decide(module, answers(NO, YES, NO));

        assertThat(decision.verdict()).isEqualTo(Verdict.CONSIDER);
        assertThat(decision.whatWouldChange())
                .anySatisfy(line -> assertThat(line).contains("second yes"));
    }

    @Test
    void one_yes_about_who_depends_on_it_over_thin_code_keeps_the_module_on_the_jvm() {
        ModuleEvidence module =
                module().with(Criterion.FUNDAMENTAL_CONCURRENCY, 5).build();

        Decision decision = DecisionRule.decide(module, answers(NO, NO, YES));

        assertThat(decision.verdict()).isEqualTo(Verdict.KEEP);
        assertThat(String.join(" ", decision.rationale())).contains("One yes is not enough");
        assertThat(decision.whatWouldChange())
                .anySatisfy(line -> assertThat(line).contains("two yes answers"));
    }

    @Test
    void one_yes_about_who_depends_on_it_backed_by_real_evidence_in_the_core_calls_for_a_look() {
        ModuleEvidence module = module().linesOfCode(20_000)
                .with(Criterion.DATA_PLANE, 6)
                .core(5_000, Criterion.DATA_PLANE, 20)
                .build();

        assertThat(DecisionRule.decide(module, answers(UNKNOWN, UNKNOWN, YES)).verdict())
                .isEqualTo(Verdict.CONSIDER);
    }

    @Test
    void one_yes_about_who_depends_on_it_over_coordination_code_alone_keeps_the_module_on_the_jvm() {
        // a registry's or a configuration core's locks, maps and executors, no byte work of its own
        ModuleEvidence controlPlane =
                module().with(Criterion.FUNDAMENTAL_CONCURRENCY, 10).build();
        ModuleEvidence withByteWork = module().with(Criterion.FUNDAMENTAL_CONCURRENCY, 10)
                .with(Criterion.DATA_PLANE, 1)
                .build();

        Decision decision = DecisionRule.decide(controlPlane, answers(NO, UNKNOWN, YES));

        assertThat(decision.verdict()).isEqualTo(Verdict.KEEP);
        assertThat(decision.rationale()).contains(DecisionProse.COORDINATION_ONLY);
        assertThat(DecisionRule.decide(withByteWork, answers(NO, UNKNOWN, YES)).verdict())
                .as("the same evidence beside byte-level code of its own")
                .isEqualTo(Verdict.CONSIDER);
    }

    @Test
    void one_yes_about_who_depends_on_it_over_a_strong_coordination_core_still_calls_for_a_look() {
        ModuleEvidence lockFreeCore =
                module().with(Criterion.FUNDAMENTAL_CONCURRENCY, 30).build();

        DecisionRule.Judgement judgement = DecisionRule.judge(lockFreeCore, answers(NO, NO, YES));

        assertThat(judgement.verdict()).isEqualTo(Verdict.CONSIDER);
        assertThat(judgement.ground()).isEqualTo(DecisionRule.Ground.ONE_YES_WITH_EVIDENCE);
    }

    @Test
    void machine_learning_modules_are_kept_even_with_binary_model_io() {
        ModuleEvidence ml = module().wholeModule(Criterion.NUMERICAL_RESEARCH)
                .with(Criterion.DATA_PLANE, 30)
                .build();

        Decision decision = DecisionRule.decide(ml, answers(YES, YES, YES));

        assertThat(decision.verdict()).isEqualTo(Verdict.KEEP);
        assertThat(String.join(" ", decision.rationale())).contains("machine-learning or numerical research");
    }

    @Test
    void three_no_answers_keep_the_module_on_the_jvm() {
        ModuleEvidence crud = module().with(Criterion.CRUD_SERVICE, 50).build();

        Decision decision = DecisionRule.decide(crud, answers(NO, NO, NO));

        assertThat(decision.verdict()).isEqualTo(Verdict.KEEP);
        assertThat(String.join(" ", decision.rationale())).contains("No question answers yes");
    }

    @Test
    void every_decision_says_why_and_what_would_change_it() {
        for (var answers : java.util.List.of(answers(YES, YES, YES), answers(NO, NO, NO), answers(YES, UNKNOWN, NO))) {
            Decision decision =
                    DecisionRule.decide(module().with(Criterion.DATA_PLANE, 30).build(), answers);
            assertThat(decision.rationale()).isNotEmpty();
            assertThat(decision.whatWouldChange()).isNotEmpty();
        }
    }

    @Test
    void the_decision_keeps_the_numbers_it_weighed_and_the_criteria_its_rationale_names() {
        ModuleEvidence gateway = module().with(Criterion.FUNDAMENTAL_CONCURRENCY, 40)
                .with(Criterion.SAFETY_CRITICAL_SERVICE, 10)
                .with(Criterion.SELF_REFERENTIAL_DATA, 9)
                .build();

        Decision decision = DecisionRule.decide(gateway, answers(YES, YES, UNKNOWN));

        DecisionBasis basis = decision.basis();
        assertThat(basis.ground()).isEqualTo(DecisionRule.Ground.STRONG_FIT);
        assertThat(basis.trait()).isNull();
        assertThat(basis.yes()).isEqualTo(2);
        assertThat(basis.open()).isEqualTo(1);
        assertThat(basis.strongFit()).isEqualTo(50.0);
        // 9 per 1000 lines as the analyzer measures it: a whole number of occurrences over the
        // module's lines and the prior lines
        assertThat(basis.avoid())
                .isEqualTo(gateway.density(Side.AVOID))
                .isCloseTo(9.0, org.assertj.core.api.Assertions.within(0.5));
        assertThat(basis.judged()).isEqualTo(50.0);
        assertThat(basis.core()).isEqualTo(gateway.coreDensity(Side.STRONG_FIT));
        assertThat(basis.yesAboutTheCode()).isTrue();
        assertThat(basis.cited())
                .containsExactly(
                        Criterion.SAFETY_CRITICAL_SERVICE,
                        Criterion.FUNDAMENTAL_CONCURRENCY,
                        Criterion.SELF_REFERENTIAL_DATA);
        String rationale = String.join(" ", decision.rationale());
        basis.cited().forEach(criterion -> assertThat(rationale).contains(criterion.id()));
    }

    @Test
    void a_gated_module_cites_the_criterion_that_gated_it() {
        ModuleEvidence demo = module().wholeModule(Criterion.PROTOTYPE)
                .with(Criterion.PROTOTYPE, 1)
                .with(Criterion.DATA_PLANE, 60)
                .build();

        DecisionBasis basis = DecisionRule.decide(demo, answers(YES, YES, YES)).basis();

        assertThat(basis.ground()).isEqualTo(DecisionRule.Ground.NON_PRODUCTION);
        assertThat(basis.cited()).containsExactly(Criterion.PROTOTYPE);
    }

    @Test
    void a_module_kept_for_what_it_is_names_the_trait_and_cites_no_criterion() {
        ModuleEvidence tool = module().named(Trait.COMMAND_LINE_TOOL)
                .with(Criterion.DATA_PLANE, 60)
                .build();

        Decision decision = DecisionRule.decide(tool, answers(YES, YES, YES));

        assertThat(decision.basis().ground()).isEqualTo(DecisionRule.Ground.KEPT_BY_TRAIT);
        assertThat(decision.basis().trait()).isEqualTo(Trait.COMMAND_LINE_TOOL);
        assertThat(decision.basis().settledBeforeEvidence()).isTrue();
        assertThat(decision.basis().cited()).isEmpty();
        assertThat(String.join(" ", decision.rationale())).doesNotContain("data-plane");
    }

    @Test
    void a_client_library_keeps_the_engine_density_it_was_judged_on() {
        ModuleEvidence client = module().named(Trait.CLIENT_LIBRARY)
                .with(Criterion.FUNDAMENTAL_CONCURRENCY, 40)
                .with(Criterion.DATA_PLANE, 2)
                .build();

        Decision decision = DecisionRule.decide(client, answers(YES, YES, UNKNOWN));

        assertThat(decision.verdict()).isEqualTo(Verdict.KEEP);
        assertThat(decision.basis().ground()).isEqualTo(DecisionRule.Ground.NO_ENGINE_OF_ITS_OWN);
        assertThat(decision.basis().trait()).isEqualTo(Trait.CLIENT_LIBRARY);
        assertThat(decision.basis().engine())
                .isEqualTo(DecisionRule.engineDensity(client))
                .isLessThan(DecisionRule.OWN_ENGINE_DENSITY);
        assertThat(decision.basis().cited()).containsExactly(Criterion.FUNDAMENTAL_CONCURRENCY);
    }

    @Test
    void a_small_codec_of_its_own_calls_for_a_look_though_no_question_answers_yes() {
        // the rubric's small or low-volume codec: too thin, too local for a yes, yet written by hand
        ModuleEvidence keytabFormat = smallCodec()
                .traitFindings(Trait.CODEC_TYPE, 2)
                .traitFindings(Trait.BIT_LEVEL, 3)
                .build();

        DecisionRule.Judgement judgement = DecisionRule.judge(keytabFormat, answers(NO, NO, UNKNOWN));
        Decision decision = DecisionRule.decide(keytabFormat, answers(NO, NO, UNKNOWN));

        assertThat(judgement.verdict()).isEqualTo(Verdict.CONSIDER);
        assertThat(judgement.ground()).isEqualTo(DecisionRule.Ground.CODEC_OF_ITS_OWN);
        assertThat(decision.rationale()).contains(DecisionProse.CODEC_OF_ITS_OWN);
        assertThat(DecisionRule.judge(keytabFormat, answers(UNKNOWN, NO, YES)).ground())
                .as("a lone yes about who depends on it over a thin core")
                .isEqualTo(DecisionRule.Ground.CODEC_OF_ITS_OWN);
    }

    @Test
    void a_codec_name_or_masks_and_shifts_alone_are_no_codec_of_its_own() {
        ModuleEvidence namedLikeACodec =
                smallCodec().traitFindings(Trait.CODEC_TYPE, 2).build();
        ModuleEvidence hashingAndFlags =
                smallCodec().traitFindings(Trait.BIT_LEVEL, 3).build();

        assertThat(DecisionRule.judge(namedLikeACodec, answers(NO, NO, UNKNOWN)).verdict())
                .isEqualTo(Verdict.KEEP);
        assertThat(DecisionRule.judge(hashingAndFlags, answers(NO, NO, UNKNOWN)).verdict())
                .isEqualTo(Verdict.KEEP);
    }

    @Test
    void a_codec_of_its_own_stays_on_the_jvm_when_every_question_says_no_or_avoid_evidence_outweighs_it() {
        ModuleEvidence codec = smallCodec()
                .traitFindings(Trait.CODEC_TYPE, 2)
                .traitFindings(Trait.BIT_LEVEL, 3)
                .build();
        ModuleEvidence crudWithACodec = smallCodec()
                .with(Criterion.CRUD_SERVICE, 10)
                .traitFindings(Trait.CODEC_TYPE, 2)
                .traitFindings(Trait.BIT_LEVEL, 3)
                .build();

        assertThat(DecisionRule.judge(codec, answers(NO, NO, NO)).verdict())
                .as("the article: no to all three, ship with the least ceremony")
                .isEqualTo(Verdict.KEEP);
        assertThat(DecisionRule.judge(crudWithACodec, answers(NO, NO, UNKNOWN)).verdict())
                .isEqualTo(Verdict.KEEP);
    }

    /** Byte-level work too thin for any other ground to call for a look. */
    private static EvidenceFixtures smallCodec() {
        return module().linesOfCode(5_000).with(Criterion.DATA_PLANE, 2);
    }
}
