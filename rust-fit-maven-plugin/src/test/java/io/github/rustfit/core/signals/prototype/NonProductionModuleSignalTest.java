package io.github.rustfit.core.signals.prototype;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rustfit.core.signals.ModuleFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NonProductionModuleSignalTest {

    private final NonProductionModuleSignal signal = new NonProductionModuleSignal();

    private record Reported(String file, int line, String explanation) {}

    private List<Reported> inspect(String artifactId, String path, String... packages) {
        List<Reported> reported = new ArrayList<>();
        signal.inspect(
                new ModuleFacts(artifactId, path, path + "/pom.xml", "jar", Set.of(packages)),
                (file, line, explanation) -> reported.add(new Reported(file, line, explanation)));
        return reported;
    }

    @Test
    void flags_a_demo_module_by_its_name_citing_its_pom() {
        assertThat(inspect("chat-demo", "examples/chat-demo", "org.acme.chat"))
                .containsExactly(new Reported(
                        "examples/chat-demo/pom.xml",
                        0,
                        "The module name 'chat-demo' has the part 'demo', which marks non-production code."));
    }

    @Test
    void does_not_flag_a_module_because_the_build_was_started_above_a_sample_directory() {
        assertThat(inspect("wire-protocol", "sample-project/wire-protocol", "io.github.rustfit.sample.wire"))
                .isEmpty();
        assertThat(inspect("wire-protocol", "wire-protocol", "io.github.rustfit.sample.wire"))
                .isEmpty();
    }

    @Test
    void does_not_flag_sibling_packages_under_a_project_wide_sample_namespace() {
        assertThat(inspect(
                        "gateway", "gateway", "io.github.rustfit.sample.gateway", "io.github.rustfit.sample.routing"))
                .isEmpty();
    }

    @Test
    void flags_compound_names_that_end_or_begin_with_a_test_or_benchmark_marker() {
        assertThat(inspect("netty-microbench", "microbench"))
                .singleElement()
                .satisfies(reported -> assertThat(reported.explanation()).contains("'microbench'"));
        assertThat(inspect("netty-testsuite-http2", "testsuite-http2")).hasSize(1);
        assertThat(inspect("netty-pkitesting", "pkitesting")).hasSize(1);
        assertThat(inspect("activemq-unit-tests", "activemq-unit-tests")).hasSize(1);
    }

    @Test
    void does_not_flag_names_that_merely_contain_test_in_the_middle_or_end_in_it() {
        assertThat(inspect("latest-api", "latest-api")).isEmpty();
        assertThat(inspect("contest-service", "contest-service")).isEmpty();
        assertThat(inspect("attestation", "attestation")).isEmpty();
    }

    @Test
    void flags_benchmark_test_support_and_integration_test_modules_by_whole_name_parts() {
        assertThat(inspect("codec-jmh", "codec-jmh")).hasSize(1);
        assertThat(inspect("acme-test-support", "test-support")).hasSize(1);
        assertThat(inspect("acme-perf-test", "perf"))
                .singleElement()
                .satisfies(reported -> assertThat(reported.explanation()).contains("'perf-test'"));
        assertThat(inspect("server-it", "server-it")).hasSize(1);
        assertThat(inspect("playground", "playground")).hasSize(1);
    }

    @Test
    void flags_a_performance_harness_and_a_device_simulator_as_benchmark_and_test_support() {
        assertThat(inspect("bookkeeper-perf", "tools/perf"))
                .singleElement()
                .satisfies(reported -> assertThat(reported.explanation()).contains("'perf'"));
        assertThat(inspect("plc4j-utils-plc-simulator", "utils/plc-simulator"))
                .singleElement()
                .satisfies(reported -> assertThat(reported.explanation()).contains("'simulator'"));
        assertThat(inspect("acme-perf-test", "perf-test"))
                .singleElement()
                .satisfies(reported -> assertThat(reported.explanation()).contains("'perf-test'"));
    }

    @Test
    void does_not_flag_names_that_only_begin_like_perf_or_simulator() {
        assertThat(inspect("perfmark-api", "perfmark-api")).isEmpty();
        assertThat(inspect("acme-performance-counters", "performance-counters")).isEmpty();
        assertThat(inspect("grid-simulation", "grid-simulation")).isEmpty();
        assertThat(inspect("simulated-clock", "simulated-clock")).isEmpty();
    }

    @Test
    void ignores_words_that_only_contain_a_marker() {
        assertThat(inspect("sampler", "sampler", "org.acme.sampler")).isEmpty();
        assertThat(inspect("benchmarking-api", "api")).isEmpty();
        assertThat(inspect("item-service", "item-service", "it.acme.items")).isEmpty();
        assertThat(inspect("demographics", "demographics")).isEmpty();
    }

    @Test
    void flags_a_module_by_its_own_directory_when_the_artifact_id_says_nothing() {
        assertThat(inspect("acme-chat", "chat/spike"))
                .extracting(Reported::explanation)
                .containsExactly("The module directory 'spike' has the part 'spike', which marks non-production code.");
    }

    @Test
    void judges_the_root_module_by_its_artifact_id() {
        assertThat(inspect("acme-examples", ".")).hasSize(1);
        assertThat(inspect("acme-parent", ".")).isEmpty();
    }

    @Test
    void flags_a_module_whose_own_package_is_a_demo() {
        assertThat(inspect("chat", "chat", "com.acme.chat.demo", "com.acme.chat.demo.ui"))
                .singleElement()
                .satisfies(reported -> assertThat(reported.explanation()).contains("'demo'"));
    }

    @Test
    void flags_a_module_when_most_of_its_packages_sit_under_examples() {
        assertThat(inspect(
                        "docs",
                        "docs",
                        "com.acme.docs.examples.intro",
                        "com.acme.docs.examples.advanced",
                        "com.acme.docs.support"))
                .hasSize(1);
        assertThat(inspect("core", "core", "com.acme.core.examples", "com.acme.core.model", "com.acme.core.service"))
                .isEmpty();
    }

    @Test
    void does_not_take_a_reverse_domain_for_a_marker() {
        assertThat(inspect("orders", "orders", "com.example", "com.example.web"))
                .isEmpty();
        assertThat(inspect("orders", "orders", "org.sample.orders", "org.sample.orders.web"))
                .isEmpty();
    }
}
