package io.github.rustfit.core.criteria;

import static io.github.rustfit.core.criteria.EvidenceFixtures.module;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionInferenceTest {

    @Test
    void dense_byte_level_decoding_answers_yes_to_memory_safety() {
        QuestionAnswer answer = QuestionInference.memorySafety(
                module().with(Criterion.DATA_PLANE, 30).build());

        assertThat(answer.inferred()).isEqualTo(Answer.YES);
        assertThat(answer.reasons())
                .first()
                .asString()
                .contains("Byte-level, network-facing and native-memory code at 30.0 per 1000 lines");
    }

    @Test
    void weak_decoding_facing_the_network_answers_yes_to_memory_safety() {
        ModuleEvidence evidence = module().with(Criterion.DATA_PLANE, 10)
                .with(Criterion.SAFETY_CRITICAL_SERVICE, 4)
                .build();

        assertThat(QuestionInference.memorySafety(evidence).inferred()).isEqualTo(Answer.YES);
    }

    @Test
    void crud_code_without_byte_level_or_network_code_answers_no_to_memory_safety() {
        QuestionAnswer answer = QuestionInference.memorySafety(
                module().with(Criterion.CRUD_SERVICE, 40).build());

        assertThat(answer.inferred()).isEqualTo(Answer.NO);
        assertThat(answer.reasons()).first().asString().contains("crud-service");
    }

    @Test
    void a_little_decoding_alone_leaves_memory_safety_open() {
        assertThat(QuestionInference.memorySafety(
                                module().with(Criterion.DATA_PLANE, 10).build())
                        .inferred())
                .isEqualTo(Answer.UNKNOWN);
    }

    @Test
    void a_dense_core_lifts_a_large_module_whose_whole_is_diluted() {
        ModuleEvidence engine = module().linesOfCode(40_000)
                .with(Criterion.DATA_PLANE, 7)
                .core(10_000, Criterion.DATA_PLANE, 28)
                .build();

        QuestionAnswer answer = QuestionInference.memorySafety(engine);

        assertThat(answer.inferred()).isEqualTo(Answer.YES);
        assertThat(answer.reasons())
                .first()
                .asString()
                .contains("28.0 in its densest files (10000 lines); weighed together 14.0");
    }

    @Test
    void a_dense_core_does_not_speak_for_a_module_whose_rest_is_nearly_empty() {
        ModuleEvidence mostlyPlain = module().linesOfCode(40_000)
                .with(Criterion.DATA_PLANE, 3)
                .core(10_000, Criterion.DATA_PLANE, 12)
                .build();

        assertThat(QuestionInference.memorySafety(mostlyPlain).inferred()).isEqualTo(Answer.UNKNOWN);
    }

    @Test
    void a_concurrent_core_answers_yes_to_tail_latency_for_the_module() {
        ModuleEvidence runtime = module().linesOfCode(60_000)
                .with(Criterion.FUNDAMENTAL_CONCURRENCY, 9)
                .core(15_000, Criterion.FUNDAMENTAL_CONCURRENCY, 30)
                .build();

        assertThat(QuestionInference.tailLatency(runtime).inferred()).isEqualTo(Answer.YES);
        assertThat(QuestionInference.tailLatency(module().linesOfCode(60_000)
                                .with(Criterion.FUNDAMENTAL_CONCURRENCY, 9)
                                .build())
                        .inferred())
                .as("the same module measured only as a whole")
                .isEqualTo(Answer.UNKNOWN);
    }

    @Test
    void dense_concurrency_answers_yes_to_tail_latency() {
        assertThat(QuestionInference.tailLatency(module().with(Criterion.FUNDAMENTAL_CONCURRENCY, 25)
                                .build())
                        .inferred())
                .isEqualTo(Answer.YES);
    }

    @Test
    void weak_concurrency_and_weak_data_plane_together_answer_yes_to_tail_latency() {
        ModuleEvidence evidence = module().with(Criterion.FUNDAMENTAL_CONCURRENCY, 10)
                .with(Criterion.DATA_PLANE, 10)
                .build();

        assertThat(QuestionInference.tailLatency(evidence).inferred()).isEqualTo(Answer.YES);
    }

    @Test
    void no_strong_fit_evidence_answers_no_to_tail_latency() {
        assertThat(QuestionInference.tailLatency(
                                module().with(Criterion.CRUD_SERVICE, 40).build())
                        .inferred())
                .isEqualTo(Answer.NO);
    }

    @Test
    void weak_concurrency_alone_leaves_tail_latency_open() {
        assertThat(QuestionInference.tailLatency(module().with(Criterion.FUNDAMENTAL_CONCURRENCY, 10)
                                .build())
                        .inferred())
                .isEqualTo(Answer.UNKNOWN);
    }

    @Test
    void two_dependent_modules_make_shared_infrastructure() {
        QuestionAnswer answer = QuestionInference.sharedInfrastructure(
                module().dependents("gateway", "orders").build());

        assertThat(answer.inferred()).isEqualTo(Answer.YES);
        assertThat(answer.reasons()).first().asString().contains("gateway, orders");
    }

    @Test
    void one_dependent_module_leaves_shared_infrastructure_open() {
        assertThat(QuestionInference.sharedInfrastructure(
                                module().dependents("gateway").build())
                        .inferred())
                .isEqualTo(Answer.UNKNOWN);
    }

    @Test
    void no_dependents_in_a_multi_module_reactor_is_not_shared_infrastructure() {
        assertThat(QuestionInference.sharedInfrastructure(
                                module().reactorSize(4).build())
                        .inferred())
                .isEqualTo(Answer.NO);
    }

    @Test
    void a_sizeable_library_without_consumers_in_the_build_may_have_them_outside_it() {
        QuestionAnswer answer = QuestionInference.sharedInfrastructure(
                module().linesOfCode(20_000).reactorSize(4).build());

        assertThat(answer.inferred()).isEqualTo(Answer.UNKNOWN);
        assertThat(answer.reasons()).first().asString().contains("likely used outside it");
    }

    @Test
    void a_web_application_without_consumers_is_not_shared_infrastructure_whatever_its_size() {
        assertThat(QuestionInference.sharedInfrastructure(module().packaging("war")
                                .linesOfCode(20_000)
                                .reactorSize(4)
                                .build())
                        .inferred())
                .isEqualTo(Answer.NO);
    }

    @Test
    void a_single_module_build_cannot_tell_who_depends_on_it() {
        assertThat(QuestionInference.sharedInfrastructure(
                                module().reactorSize(1).build())
                        .inferred())
                .isEqualTo(Answer.UNKNOWN);
    }

    @Test
    void a_sizeable_library_built_on_its_own_is_built_for_others_to_depend_on() {
        QuestionAnswer answer = QuestionInference.sharedInfrastructure(
                module().linesOfCode(20_000).reactorSize(1).build());

        assertThat(answer.inferred()).isEqualTo(Answer.YES);
        assertThat(answer.reasons()).first().asString().contains("built on its own");
    }

    @Test
    void a_single_module_crud_application_is_not_a_library_for_others() {
        assertThat(QuestionInference.sharedInfrastructure(module().linesOfCode(20_000)
                                .with(Criterion.CRUD_SERVICE, 20)
                                .reactorSize(1)
                                .build())
                        .inferred())
                .isEqualTo(Answer.UNKNOWN);
    }

    @Test
    void a_service_that_handles_connections_and_decodes_them_itself_answers_yes_to_memory_safety() {
        // a large server whose decoding is real but spread thin: the kind of system, not the density
        ModuleEvidence server = module().linesOfCode(40_000)
                .with(Criterion.DATA_PLANE, 4)
                .with(Criterion.SAFETY_CRITICAL_SERVICE, 1)
                .core(10_000, Criterion.DATA_PLANE, 10)
                .traitFindings(Trait.SERVICE_LOOP, 2)
                .build();

        QuestionAnswer answer = QuestionInference.memorySafety(server);

        assertThat(answer.inferred()).isEqualTo(Answer.YES);
        assertThat(answer.reasons()).first().asString().contains("handles connections until it is stopped");
        assertThat(QuestionInference.memorySafety(module().linesOfCode(40_000)
                                .with(Criterion.DATA_PLANE, 4)
                                .with(Criterion.SAFETY_CRITICAL_SERVICE, 1)
                                .core(10_000, Criterion.DATA_PLANE, 10)
                                .build())
                        .inferred())
                .as("the same evidence without the service loop")
                .isEqualTo(Answer.UNKNOWN);
    }

    @Test
    void a_service_loop_without_decoding_of_its_own_leaves_memory_safety_open() {
        ModuleEvidence dispatcher = module().linesOfCode(40_000)
                .with(Criterion.DATA_PLANE, 2)
                .with(Criterion.SAFETY_CRITICAL_SERVICE, 1)
                .core(10_000, Criterion.DATA_PLANE, 4)
                .traitFindings(Trait.SERVICE_LOOP, 2)
                .build();

        assertThat(QuestionInference.memorySafety(dispatcher).inferred()).isEqualTo(Answer.UNKNOWN);
    }

    @Test
    void glue_over_native_code_answers_yes_to_memory_safety_and_a_few_native_methods_do_not() {
        // JNI bindings temper the density, so the exposure alone leaves the question open
        ModuleEvidence glue = module().with(Criterion.SAFETY_CRITICAL_SERVICE, 5)
                .traitFindings(Trait.NATIVE_GLUE, 10)
                .build();

        QuestionAnswer answer = QuestionInference.memorySafety(glue);

        assertThat(answer.inferred()).isEqualTo(Answer.YES);
        assertThat(answer.reasons()).first().asString().contains("outside the JVM's safety net");
        assertThat(QuestionInference.memorySafety(module().with(Criterion.SAFETY_CRITICAL_SERVICE, 5)
                                .traitFindings(Trait.NATIVE_GLUE, 3)
                                .build())
                        .inferred())
                .as("three native methods are not yet glue")
                .isEqualTo(Answer.UNKNOWN);
        assertThat(QuestionInference.memorySafety(module().with(Criterion.DATA_PLANE, 10)
                                .traitFindings(Trait.NATIVE_GLUE, 6)
                                .build())
                        .inferred())
                .as("a few native methods beside more byte-level code of its own")
                .isEqualTo(Answer.UNKNOWN);
    }

    @Test
    void parsers_driven_by_their_input_answer_yes_to_memory_safety() {
        ModuleEvidence tokenizer = module().linesOfCode(20_000)
                .with(Criterion.DATA_PLANE, 4)
                .core(5_000, Criterion.DATA_PLANE, 10)
                .traitFindings(Trait.INPUT_PARSER, 12)
                .build();

        assertThat(QuestionInference.memorySafety(tokenizer).inferred()).isEqualTo(Answer.YES);
        assertThat(QuestionInference.memorySafety(module().linesOfCode(20_000)
                                .with(Criterion.DATA_PLANE, 4)
                                .core(5_000, Criterion.DATA_PLANE, 10)
                                .traitFindings(Trait.INPUT_PARSER, 1)
                                .build())
                        .inferred())
                .as("one state machine does not make a parser")
                .isEqualTo(Answer.UNKNOWN);
    }

    @Test
    void dense_concurrency_that_only_coordinates_threads_leaves_tail_latency_open() {
        // 38 findings in 1000 lines (25.3 per 1000), every one a thread pool, a lock or a wait
        ModuleEvidence controlPlane = module().with(Criterion.FUNDAMENTAL_CONCURRENCY, 25)
                .traitFindings(Trait.THREAD_COORDINATION, 38)
                .build();

        QuestionAnswer answer = QuestionInference.tailLatency(controlPlane);

        assertThat(answer.inferred()).isEqualTo(Answer.UNKNOWN);
        assertThat(answer.reasons())
                .first()
                .asString()
                .contains("with lock-free and byte-level code at 0.0 per 1000 lines")
                .contains("a control plane's work, not a hot path's");
    }

    @Test
    void coordination_over_lock_free_state_or_a_data_path_still_answers_yes_to_tail_latency() {
        // four findings left beside the coordination are 2.7 per 1000 lines, five are 3.3: the line is NOT_HOT
        assertThat(tailLatencyWith(25, 0, 34))
                .as("a little lock-free state beneath the coordination")
                .isEqualTo(Answer.UNKNOWN);
        assertThat(tailLatencyWith(25, 0, 33))
                .as("lock-free state of its own beneath the coordination")
                .isEqualTo(Answer.YES);
        assertThat(tailLatencyWith(25, 4, 38))
                .as("coordination over byte-level code")
                .isEqualTo(Answer.YES);
        assertThat(tailLatencyWith(25, 0, 0))
                .as("the same density with no coordination among it")
                .isEqualTo(Answer.YES);
    }

    /**
     * The tail-latency answer of a 1000-line module with {@code concurrency} concurrency and {@code
     * dataPlane} byte-level findings, {@code coordinating} of its findings coordinating threads.
     */
    private static Answer tailLatencyWith(int concurrency, int dataPlane, int coordinating) {
        var evidence = module().with(Criterion.FUNDAMENTAL_CONCURRENCY, concurrency);
        if (dataPlane > 0) {
            evidence = evidence.with(Criterion.DATA_PLANE, dataPlane);
        }
        if (coordinating > 0) {
            evidence = evidence.traitFindings(Trait.THREAD_COORDINATION, coordinating);
        }
        return QuestionInference.tailLatency(evidence.build()).inferred();
    }

    @Test
    void a_service_whose_per_connection_concurrency_only_coordinates_threads_leaves_tail_latency_open() {
        ModuleEvidence supervisor = module().with(Criterion.FUNDAMENTAL_CONCURRENCY, 9)
                .traitFindings(Trait.SERVICE_LOOP, 1)
                .traitFindings(Trait.THREAD_COORDINATION, 14)
                .build();

        assertThat(QuestionInference.tailLatency(supervisor).inferred()).isEqualTo(Answer.UNKNOWN);
        assertThat(QuestionInference.tailLatency(module().with(Criterion.FUNDAMENTAL_CONCURRENCY, 9)
                                .traitFindings(Trait.SERVICE_LOOP, 1)
                                .build())
                        .inferred())
                .as("the same service whose concurrency is its own")
                .isEqualTo(Answer.YES);
    }

    @Test
    void per_connection_work_in_a_service_answers_yes_to_tail_latency_at_half_the_density() {
        ModuleEvidence server = module().with(Criterion.FUNDAMENTAL_CONCURRENCY, 5)
                .with(Criterion.DATA_PLANE, 4)
                .traitFindings(Trait.SERVICE_LOOP, 1)
                .build();

        assertThat(QuestionInference.tailLatency(server).inferred()).isEqualTo(Answer.YES);
        assertThat(QuestionInference.tailLatency(module().with(Criterion.FUNDAMENTAL_CONCURRENCY, 5)
                                .with(Criterion.DATA_PLANE, 4)
                                .build())
                        .inferred())
                .isEqualTo(Answer.UNKNOWN);
    }

    @Test
    void answers_come_in_the_articles_order() {
        assertThat(QuestionInference.infer(module().build()))
                .extracting(QuestionAnswer::question)
                .containsExactly(Question.values());
    }

    @Test
    void a_module_without_analysed_sources_leaves_every_question_open() {
        List<QuestionAnswer> answers = QuestionInference.infer(
                module().noParsedFiles().dependents("a", "b").build());

        assertThat(answers).extracting(QuestionAnswer::inferred).containsOnly(Answer.UNKNOWN);
        assertThat(answers.get(0).reasons()).containsExactly("No Java sources of this module were analysed.");
    }

    @Test
    void byte_level_code_just_under_the_exposure_threshold_is_not_printed_as_the_threshold() {
        // memory safety answers yes from 12 per 1000 lines
        QuestionAnswer answer = QuestionInference.memorySafety(
                module().withExactly(Criterion.DATA_PLANE, 18, 11.96).build());

        assertThat(answer.inferred()).isEqualTo(Answer.UNKNOWN);
        assertThat(answer.reasons())
                .containsExactly("Byte-level, network-facing and native-memory code at 11.96 per 1000 lines"
                        + " (data-plane 11.96, safety-critical-service 0.0): some exposure, not enough to say a"
                        + " memory bug here would be an incident.");
    }

    @Test
    void hot_path_code_just_under_the_latency_threshold_is_not_printed_as_the_threshold() {
        // tail latency answers yes from 15 per 1000 lines
        QuestionAnswer answer =
                QuestionInference.tailLatency(module().withExactly(Criterion.FUNDAMENTAL_CONCURRENCY, 22, 14.97)
                        .build());

        assertThat(answer.inferred()).isEqualTo(Answer.UNKNOWN);
        assertThat(answer.reasons().get(0))
                .startsWith("Concurrency and hot-path code at 14.97 per 1000 lines (fundamental-concurrency 14.97,"
                        + " data-plane 0.0)");
    }
}
