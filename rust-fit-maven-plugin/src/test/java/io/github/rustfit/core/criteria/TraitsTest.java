package io.github.rustfit.core.criteria;

import static io.github.rustfit.core.criteria.EvidenceFixtures.module;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TraitsTest {

    @Test
    void a_trait_a_module_signal_names_holds_outright() {
        assertThat(Traits.of(module().named(Trait.EXPORTER).build())).containsExactly(Trait.EXPORTER);
    }

    @Test
    void file_findings_make_a_trait_only_when_they_are_a_large_enough_part_of_the_module() {
        assertThat(Traits.of(module().parsedFiles(20)
                        .traitFindings(Trait.LEGACY, 12)
                        .traitFindings(Trait.FRAMEWORK_ADAPTER, 4)
                        .build()))
                .containsExactly(Trait.LEGACY);
        assertThat(Traits.of(module().parsedFiles(20)
                        .traitFindings(Trait.FRAMEWORK_ADAPTER, 6)
                        .build()))
                .containsExactly(Trait.FRAMEWORK_ADAPTER);
    }

    @Test
    void a_module_is_generated_code_only_when_nearly_all_its_files_are() {
        assertThat(Traits.of(module().parsedFiles(10)
                        .traitFindings(Trait.GENERATED, 9)
                        .build()))
                .containsExactly(Trait.GENERATED);
        assertThat(Traits.of(module().parsedFiles(10)
                        .traitFindings(Trait.GENERATED, 5)
                        .build()))
                .as("a generated parser beside hand-written runtime code")
                .isEmpty();
    }

    @Test
    void one_file_is_never_a_share() {
        assertThat(Traits.of(module().parsedFiles(1)
                        .traitFindings(Trait.COMMAND_LINE_TOOL, 1)
                        .build()))
                .isEmpty();
    }

    @Test
    void native_bindings_are_glue_only_where_they_outnumber_the_modules_own_byte_level_code() {
        assertThat(Traits.of(module().with(Criterion.DATA_PLANE, 3)
                        .traitFindings(Trait.NATIVE_GLUE, 20)
                        .build()))
                .containsExactly(Trait.NATIVE_GLUE);
        assertThat(Traits.of(module().with(Criterion.DATA_PLANE, 30)
                        .traitFindings(Trait.NATIVE_GLUE, 20)
                        .build()))
                .isEmpty();
    }

    @Test
    void decoding_is_delegated_where_hand_offs_outnumber_the_modules_own_byte_level_code() {
        assertThat(Traits.of(module().with(Criterion.DATA_PLANE, 2)
                        .traitFindings(Trait.DELEGATED_DECODING, 5)
                        .build()))
                .containsExactly(Trait.DELEGATED_DECODING);
        assertThat(Traits.of(module().with(Criterion.DATA_PLANE, 2)
                        .traitFindings(Trait.DELEGATED_DECODING, 2)
                        .build()))
                .isEmpty();
    }

    @Test
    void one_connection_loop_makes_a_service_and_two_state_machines_a_parser() {
        assertThat(Traits.of(module().traitFindings(Trait.SERVICE_LOOP, 1)
                        .traitFindings(Trait.INPUT_PARSER, 2)
                        .build()))
                .containsExactly(Trait.SERVICE_LOOP, Trait.INPUT_PARSER);
        assertThat(Traits.of(module().traitFindings(Trait.INPUT_PARSER, 1).build()))
                .isEmpty();
    }
}
