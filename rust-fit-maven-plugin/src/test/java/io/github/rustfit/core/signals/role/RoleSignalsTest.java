package io.github.rustfit.core.signals.role;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rustfit.core.signals.ModuleFacts;
import io.github.rustfit.core.signals.ModuleSignal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each module-role signal names what a module is for from its own name or packaging, and nothing more. */
class RoleSignalsTest {

    private static List<String> inspect(ModuleSignal signal, String artifactId, String path, String packaging) {
        List<String> reported = new ArrayList<>();
        signal.inspect(
                new ModuleFacts(artifactId, path, path + "/pom.xml", packaging, Set.of("org.acme")),
                (file, line, explanation) -> reported.add(file + ":" + line + " " + explanation));
        return reported;
    }

    private static List<String> inspect(ModuleSignal signal, String artifactId) {
        return inspect(signal, artifactId, artifactId, "jar");
    }

    @Test
    void command_line_admin_gui_and_build_tools_are_tools() {
        ModuleSignal signal = new CommandLineToolSignal();

        assertThat(inspect(signal, "acme-cli"))
                .containsExactly(
                        "acme-cli/pom.xml:0 The module name 'acme-cli' has the part 'cli', which marks a" + " tool.");
        assertThat(inspect(signal, "acme-tools")).hasSize(1);
        assertThat(inspect(signal, "acme-web-console")).hasSize(1);
        assertThat(inspect(signal, "acme-code-generator")).hasSize(1);
        assertThat(inspect(signal, "acme-maven-plugin")).hasSize(1);
        assertThat(inspect(signal, "acme-build", "build", "maven-plugin"))
                .singleElement()
                .asString()
                .contains("packaging 'maven-plugin'");
    }

    @Test
    void names_that_merely_contain_a_tool_word_are_not_tools() {
        ModuleSignal signal = new CommandLineToolSignal();

        assertThat(inspect(signal, "acme-toolkit-core")).isEmpty();
        assertThat(inspect(signal, "acme-plugin-api")).isEmpty();
        assertThat(inspect(signal, "acme-client")).isEmpty();
    }

    @Test
    void clients_and_sdks_are_client_libraries() {
        ModuleSignal signal = new ClientLibrarySignal();

        assertThat(inspect(signal, "acme-client")).hasSize(1);
        assertThat(inspect(signal, "acme-sdk")).hasSize(1);
        assertThat(inspect(signal, "acme-httpclient"))
                .as("a compound name is no marker")
                .isEmpty();
        assertThat(inspect(signal, "acme-server")).isEmpty();
    }

    @Test
    void integrations_bridges_and_modules_named_after_a_java_api_are_adapters() {
        ModuleSignal signal = new FrameworkAdapterSignal();

        assertThat(inspect(signal, "acme-servlet")).hasSize(1);
        assertThat(inspect(signal, "acme-jdbc-store")).hasSize(1);
        assertThat(inspect(signal, "acme-websockets-jsr")).hasSize(1);
        assertThat(inspect(signal, "acme-log-bridge")).hasSize(1);
        assertThat(inspect(signal, "acme-codec")).isEmpty();
        assertThat(inspect(signal, "acme-restore")).isEmpty();
    }

    @Test
    void exporters_reporters_and_instrumentation_are_exporters() {
        ModuleSignal signal = new ExporterSignal();

        assertThat(inspect(signal, "acme-exporter-httpserver")).hasSize(1);
        assertThat(inspect(signal, "acme-instrumentation-jvm")).hasSize(1);
        assertThat(inspect(signal, "acme-healthchecks")).hasSize(1);
        assertThat(inspect(signal, "acme-core")).isEmpty();
    }

    @Test
    void a_module_whose_name_ends_in_common_or_util_is_a_grab_bag_and_one_that_begins_so_is_not() {
        ModuleSignal signal = new SharedUtilitiesSignal();

        assertThat(inspect(signal, "acme-common")).hasSize(1);
        assertThat(inspect(signal, "acme-utils")).hasSize(1);
        assertThat(inspect(signal, "commons-compress")).isEmpty();
        assertThat(inspect(signal, "acme-common-codec")).isEmpty();
    }

    @Test
    void legacy_compatibility_and_experimental_modules_say_so_in_their_names() {
        assertThat(inspect(new LegacySignal(), "acme-openwire-legacy")).hasSize(1);
        assertThat(inspect(new LegacySignal(), "acme-compat")).hasSize(1);
        assertThat(inspect(new LegacySignal(), "acme-legacyfree")).isEmpty();
        assertThat(inspect(new ExperimentalSignal(), "acme-experimental")).hasSize(1);
        assertThat(inspect(new ExperimentalSignal(), "acme-experiment-runner")).isEmpty();
    }

    @Test
    void packaging_modules_with_sources_say_so_in_their_names_and_pom_packaging_alone_is_left_to_the_predicate() {
        ModuleSignal signal = new PackagingRoleSignal();

        assertThat(inspect(signal, "acme-distribution")).hasSize(1);
        assertThat(inspect(signal, "acme-all")).hasSize(1);
        assertThat(inspect(signal, "acme-parent", "parent", "pom")).isEmpty();
        assertThat(inspect(signal, "acme-codec")).isEmpty();
    }
}
