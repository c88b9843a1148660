package io.github.rustfit.core.criteria;

import static io.github.rustfit.core.criteria.Answer.NO;
import static io.github.rustfit.core.criteria.Answer.UNKNOWN;
import static io.github.rustfit.core.criteria.Answer.YES;
import static io.github.rustfit.core.criteria.EvidenceFixtures.answers;
import static io.github.rustfit.core.criteria.EvidenceFixtures.module;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rustfit.core.criteria.DecisionRule.Ground;
import io.github.rustfit.core.criteria.DecisionRule.Judgement;
import org.junit.jupiter.api.Test;

/** How what a module is (its traits) changes how the decision rule reads its evidence. */
class DecisionRuleTraitsTest {

    private static EvidenceFixtures denseCodec() {
        return module().with(Criterion.DATA_PLANE, 40).with(Criterion.FUNDAMENTAL_CONCURRENCY, 10);
    }

    @Test
    void a_command_line_tool_is_kept_whatever_its_code_holds() {
        ModuleEvidence tool = denseCodec().named(Trait.COMMAND_LINE_TOOL).build();

        Decision decision = DecisionRule.decide(tool, answers(YES, YES, YES));

        assertThat(decision.verdict()).isEqualTo(Verdict.KEEP);
        assertThat(String.join(" ", decision.rationale())).contains("a command-line, admin or build tool");
    }

    @Test
    void packaging_legacy_and_generated_modules_are_kept_whatever_their_code_holds() {
        for (Trait trait : new Trait[] {Trait.PACKAGING, Trait.LEGACY}) {
            assertThat(DecisionRule.judge(denseCodec().named(trait).build(), answers(YES, YES, YES)))
                    .satisfies(judgement -> {
                        assertThat(judgement.verdict()).isEqualTo(Verdict.KEEP);
                        assertThat(judgement.ground()).isEqualTo(Ground.KEPT_BY_TRAIT);
                        assertThat(judgement.trait()).contains(trait);
                    });
        }
        ModuleEvidence generated =
                denseCodec().parsedFiles(10).traitFindings(Trait.GENERATED, 8).build();
        assertThat(DecisionRule.judge(generated, answers(YES, YES, YES)).trait())
                .contains(Trait.GENERATED);
    }

    @Test
    void a_module_whose_files_are_mostly_programs_is_a_tool_and_one_main_method_is_not() {
        ModuleEvidence tools = denseCodec()
                .parsedFiles(12)
                .traitFindings(Trait.COMMAND_LINE_TOOL, 6)
                .build();
        ModuleEvidence library = denseCodec()
                .parsedFiles(12)
                .traitFindings(Trait.COMMAND_LINE_TOOL, 1)
                .build();

        assertThat(DecisionRule.decide(tools, answers(YES, YES, YES)).verdict()).isEqualTo(Verdict.KEEP);
        assertThat(DecisionRule.decide(library, answers(YES, YES, YES)).verdict())
                .isEqualTo(Verdict.STRONG_CANDIDATE);
    }

    @Test
    void a_client_library_without_an_engine_of_its_own_is_kept_however_its_questions_fall() {
        ModuleEvidence client = module().with(Criterion.FUNDAMENTAL_CONCURRENCY, 10)
                .named(Trait.CLIENT_LIBRARY)
                .build();

        Decision decision = DecisionRule.decide(client, answers(UNKNOWN, YES, YES));

        assertThat(decision.verdict()).isEqualTo(Verdict.KEEP);
        assertThat(String.join(" ", decision.rationale())).contains("judged on an engine of its own");
        assertThat(decision.whatWouldChange())
                .anySatisfy(line -> assertThat(line).contains("like a server"));
    }

    @Test
    void a_client_librarys_locks_and_executors_are_coordination_not_an_engine() {
        ModuleEvidence client = module().with(Criterion.FUNDAMENTAL_CONCURRENCY, 40)
                .with(Criterion.DATA_PLANE, 3)
                .named(Trait.CLIENT_LIBRARY)
                .build();

        assertThat(DecisionRule.judge(client, answers(UNKNOWN, YES, YES)).ground())
                .isEqualTo(Ground.NO_ENGINE_OF_ITS_OWN);
    }

    @Test
    void a_client_library_that_holds_its_own_wire_codec_is_judged_like_a_server() {
        ModuleEvidence client = denseCodec().named(Trait.CLIENT_LIBRARY).build();

        assertThat(DecisionRule.decide(client, answers(YES, YES, YES)).verdict())
                .isEqualTo(Verdict.STRONG_CANDIDATE);
    }

    @Test
    void a_client_library_whose_thin_byte_level_code_is_a_codec_of_its_own_is_judged_on_it() {
        // the rubric judges a client that holds its own wire codecs on those, however thin they are
        ModuleEvidence withACodec = module().with(Criterion.FUNDAMENTAL_CONCURRENCY, 10)
                .with(Criterion.DATA_PLANE, 2)
                .traitFindings(Trait.CODEC_TYPE, 3)
                .traitFindings(Trait.BIT_LEVEL, 5)
                .named(Trait.CLIENT_LIBRARY)
                .build();
        ModuleEvidence withoutOne = module().with(Criterion.FUNDAMENTAL_CONCURRENCY, 10)
                .with(Criterion.DATA_PLANE, 2)
                .traitFindings(Trait.BIT_LEVEL, 5)
                .named(Trait.CLIENT_LIBRARY)
                .build();

        assertThat(DecisionRule.judge(withACodec, answers(UNKNOWN, UNKNOWN, YES))
                        .verdict())
                .isEqualTo(Verdict.CONSIDER);
        assertThat(DecisionRule.judge(withoutOne, answers(UNKNOWN, UNKNOWN, YES))
                        .ground())
                .isEqualTo(Ground.NO_ENGINE_OF_ITS_OWN);
    }

    @Test
    void adapters_api_facades_and_exporters_are_kept_even_on_a_request_path() {
        for (Trait trait : new Trait[] {Trait.FRAMEWORK_ADAPTER, Trait.EXPORTER}) {
            ModuleEvidence onTheRequestPath = denseCodec().named(trait).build();
            assertThat(DecisionRule.judge(onTheRequestPath, answers(YES, YES, YES)))
                    .satisfies(judgement -> {
                        assertThat(judgement.verdict()).isEqualTo(Verdict.KEEP);
                        assertThat(judgement.ground()).isEqualTo(Ground.KEPT_BY_TRAIT);
                    });
        }
    }

    @Test
    void a_parser_or_server_by_kind_is_a_strong_candidate_though_its_byte_level_work_is_spread_thin() {
        // a 20,000-line HTML parser: 41 input-driven state machines, byte-level evidence thin per line
        ModuleEvidence parser = module().linesOfCode(20_000)
                .with(Criterion.DATA_PLANE, 6)
                .traitFindings(Trait.INPUT_PARSER, 41)
                .build();
        // a 3,400-line protocol server: two connection loops read frames until stopped
        ModuleEvidence server = module().linesOfCode(3_400)
                .with(Criterion.DATA_PLANE, 5)
                .with(Criterion.SAFETY_CRITICAL_SERVICE, 3)
                .traitFindings(Trait.SERVICE_LOOP, 2)
                .build();

        Judgement parsed = DecisionRule.judge(parser, answers(YES, YES, UNKNOWN));
        Judgement served = DecisionRule.judge(server, answers(UNKNOWN, YES, YES));

        assertThat(parsed.verdict()).isEqualTo(Verdict.STRONG_CANDIDATE);
        assertThat(parsed.ground()).isEqualTo(Ground.STRONG_KIND);
        assertThat(parsed.trait()).contains(Trait.INPUT_PARSER);
        assertThat(served.verdict()).isEqualTo(Verdict.STRONG_CANDIDATE);
        assertThat(served.trait()).contains(Trait.SERVICE_LOOP);
        assertThat(String.join(
                        " ",
                        DecisionRule.decide(parser, answers(YES, YES, UNKNOWN)).rationale()))
                .contains("a parser's state machine driven by its input by the shape of its code");
    }

    @Test
    void a_lifecycle_manager_whose_code_answers_no_to_memory_safety_is_no_server_by_its_shape() {
        // a 1,150-line application bootstrap: one shutdown hook, locks and atomics over its start and
        // stop, no byte-level code; memory safety answers no, tail latency and sharing yes
        ModuleEvidence bootstrap = module().linesOfCode(1_150)
                .with(Criterion.FUNDAMENTAL_CONCURRENCY, 14)
                .with(Criterion.SAFETY_CRITICAL_SERVICE, 1)
                .traitFindings(Trait.SERVICE_LOOP, 1)
                .build();

        Judgement judgement = DecisionRule.judge(bootstrap, answers(NO, YES, YES));

        assertThat(judgement.verdict()).isEqualTo(Verdict.CONSIDER);
        assertThat(judgement.ground()).isEqualTo(Ground.NOT_DENSE_ENOUGH);
        assertThat(judgement.trait()).isEmpty();
    }

    @Test
    void a_server_by_its_shape_stays_a_strong_candidate_while_memory_safety_is_open_or_yes() {
        // near-misses of the lifecycle manager: the same shape and evidence where memory safety is
        // open or answers yes, and a parser by kind, are still strong candidates
        ModuleEvidence server = module().linesOfCode(1_150)
                .with(Criterion.FUNDAMENTAL_CONCURRENCY, 14)
                .with(Criterion.SAFETY_CRITICAL_SERVICE, 1)
                .traitFindings(Trait.SERVICE_LOOP, 1)
                .build();
        ModuleEvidence parser = module().linesOfCode(20_000)
                .with(Criterion.DATA_PLANE, 6)
                .traitFindings(Trait.INPUT_PARSER, 41)
                .build();

        for (Answer memorySafety : new Answer[] {UNKNOWN, YES}) {
            assertThat(DecisionRule.judge(server, answers(memorySafety, YES, YES)))
                    .satisfies(judgement -> {
                        assertThat(judgement.verdict()).isEqualTo(Verdict.STRONG_CANDIDATE);
                        assertThat(judgement.ground()).isEqualTo(Ground.STRONG_KIND);
                    });
        }
        assertThat(DecisionRule.judge(parser, answers(UNKNOWN, YES, YES)).ground())
                .isEqualTo(Ground.STRONG_KIND);
        // the parser too is no strong candidate by its shape once memory safety answers no
        assertThat(DecisionRule.judge(parser, answers(NO, YES, YES)).ground()).isEqualTo(Ground.NOT_DENSE_ENOUGH);
    }

    @Test
    void a_large_library_with_a_parser_in_a_corner_is_not_a_parser_by_kind() {
        // near-misses: two state machines in 40,000 lines of routing code; the same kind with one yes
        ModuleEvidence library = module().linesOfCode(40_000)
                .with(Criterion.DATA_PLANE, 10)
                .traitFindings(Trait.INPUT_PARSER, 2)
                .build();
        ModuleEvidence parser = module().linesOfCode(20_000)
                .with(Criterion.DATA_PLANE, 6)
                .traitFindings(Trait.INPUT_PARSER, 41)
                .build();

        assertThat(DecisionRule.judge(library, answers(YES, YES, YES)).ground()).isEqualTo(Ground.NOT_DENSE_ENOUGH);
        assertThat(DecisionRule.judge(parser, answers(YES, NO, NO)).verdict()).isNotEqualTo(Verdict.STRONG_CANDIDATE);
        // one parser state machine is not yet the trait, whatever the module's size
        ModuleEvidence oneMachine = module().linesOfCode(1_000)
                .with(Criterion.DATA_PLANE, 6)
                .traitFindings(Trait.INPUT_PARSER, 1)
                .build();
        assertThat(DecisionRule.judge(oneMachine, answers(YES, YES, YES)).ground())
                .isEqualTo(Ground.NOT_DENSE_ENOUGH);
    }

    @Test
    void native_glue_is_at_most_one_to_consider_whatever_its_answers() {
        ModuleEvidence glue = module().with(Criterion.SAFETY_CRITICAL_SERVICE, 30)
                .with(Criterion.DATA_PLANE, 2)
                .traitFindings(Trait.NATIVE_GLUE, 40)
                .build();

        Decision decision = DecisionRule.decide(glue, answers(YES, UNKNOWN, YES));

        assertThat(decision.verdict()).isEqualTo(Verdict.CONSIDER);
        assertThat(String.join(" ", decision.rationale())).contains("native side, not this Java");
    }

    @Test
    void glue_over_native_code_is_one_to_consider_even_when_only_its_code_answers_yes() {
        // the rubric: the hot path is already native, so a rewrite would replace the native side
        ModuleEvidence glue = module().with(Criterion.SAFETY_CRITICAL_SERVICE, 5)
                .traitFindings(Trait.NATIVE_GLUE, 10)
                .build();
        ModuleEvidence fewBindings = module().with(Criterion.SAFETY_CRITICAL_SERVICE, 5)
                .traitFindings(Trait.NATIVE_GLUE, 3)
                .build();

        assertThat(DecisionRule.judge(glue, QuestionInference.infer(glue))).satisfies(judgement -> {
            assertThat(judgement.verdict()).isEqualTo(Verdict.CONSIDER);
            assertThat(judgement.ground()).isEqualTo(Ground.ONE_YES_WITH_EVIDENCE);
        });
        assertThat(DecisionRule.judge(fewBindings, QuestionInference.infer(fewBindings))
                        .verdict())
                .isEqualTo(Verdict.KEEP);
    }

    @Test
    void a_few_native_methods_beside_own_byte_level_code_are_not_glue() {
        ModuleEvidence codec = denseCodec().traitFindings(Trait.NATIVE_GLUE, 6).build();

        assertThat(DecisionRule.decide(codec, answers(YES, YES, YES)).verdict()).isEqualTo(Verdict.STRONG_CANDIDATE);
    }

    @Test
    void decoding_handed_to_another_project_is_at_most_one_to_consider() {
        ModuleEvidence adapter = module().with(Criterion.DATA_PLANE, 20)
                .with(Criterion.FUNDAMENTAL_CONCURRENCY, 10)
                .traitFindings(Trait.DELEGATED_DECODING, 40)
                .build();

        assertThat(DecisionRule.judge(adapter, answers(YES, YES, YES)).ground()).isEqualTo(Ground.CAPPED_BY_TRAIT);
    }

    @Test
    void a_grab_bag_is_at_most_one_to_consider_however_dense_its_strong_fit_part() {
        // the rubric's grab-bag: its strong-fit part is worth splitting out before any rewrite, and
        // density cannot tell a dense minority from a module that is mostly engine
        ModuleEvidence diluted = module().linesOfCode(20_000)
                .with(Criterion.DATA_PLANE, 8)
                .core(5_000, Criterion.DATA_PLANE, 50)
                .named(Trait.SHARED_UTILITIES)
                .build();
        ModuleEvidence dense = module().linesOfCode(20_000)
                .with(Criterion.DATA_PLANE, 25)
                .core(5_000, Criterion.DATA_PLANE, 50)
                .named(Trait.SHARED_UTILITIES)
                .build();

        assertThat(DecisionRule.decide(diluted, answers(YES, YES, YES)).verdict())
                .isEqualTo(Verdict.CONSIDER);
        Judgement judgement = DecisionRule.judge(dense, answers(YES, YES, YES));
        assertThat(judgement.verdict()).isEqualTo(Verdict.CONSIDER);
        assertThat(judgement.ground()).isEqualTo(Ground.CAPPED_BY_TRAIT);
        assertThat(judgement.trait()).contains(Trait.SHARED_UTILITIES);
    }

    @Test
    void experimental_code_with_real_low_level_work_is_a_partial_fit() {
        ModuleEvidence experiment = denseCodec().named(Trait.EXPERIMENTAL).build();

        assertThat(DecisionRule.decide(experiment, answers(YES, YES, NO)).verdict())
                .isEqualTo(Verdict.CONSIDER);
    }

    @Test
    void the_prose_explains_the_judgement_and_decides_nothing() {
        ModuleEvidence codec = denseCodec().build();

        DecisionRule.Judgement judgement = DecisionRule.judge(codec, answers(YES, YES, UNKNOWN));
        Decision decision = DecisionRule.decide(codec, answers(YES, YES, UNKNOWN));

        assertThat(decision.verdict()).isEqualTo(judgement.verdict());
        assertThat(decision).isEqualTo(DecisionProse.explain(judgement));
        assertThat(judgement.ground()).isEqualTo(Ground.STRONG_FIT);
    }
}
