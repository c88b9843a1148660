package io.github.rustfit.core.manifest;

import static io.github.rustfit.core.result.Results.module;
import static io.github.rustfit.core.result.Results.result;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rustfit.core.criteria.Answer;
import io.github.rustfit.core.criteria.Question;
import io.github.rustfit.core.criteria.QuestionAnswer;
import io.github.rustfit.core.criteria.Verdict;
import io.github.rustfit.core.result.AnalysisResult;
import io.github.rustfit.core.result.ModuleResult;
import io.github.rustfit.core.result.Results;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StarterManifestTest {

    private static final Path YAML = Path.of(ManifestReader.DEFAULT_FILE_NAME);
    private static final ManifestCommands COMMANDS = ManifestCommands.of("1.2.3");

    @Test
    void writes_one_component_per_module_with_inferred_answers_as_comments() throws Exception {
        ModuleResult wire = module("wire", Verdict.STRONG_CANDIDATE, 1000, Map.of("frame", 40));
        wire = new ModuleResult(
                wire.identity(),
                wire.sources(),
                wire.graph(),
                wire.evidence(),
                new ModuleResult.Judgement(
                        List.of(new QuestionAnswer(
                                Question.MEMORY_SAFETY_INCIDENT, Answer.YES, List.of("Decodes bytes."))),
                        wire.verdict(),
                        wire.judgement().rationale(),
                        wire.judgement().whatWouldChange(),
                        null),
                null,
                null);

        String text = StarterManifest.render(YAML, result(wire, module("admin", Verdict.KEEP, 10, Map.of())), COMMANDS);

        Manifest manifest = ManifestReader.parse(Path.of("rust-fit.yaml"), text);
        assertThat(manifest.components()).extracting(Component::name).containsExactly("wire", "admin");
        assertThat(manifest.components().get(0).answers()).isEmpty();
        assertThat(text)
                .contains("    #   memorySafetyIncident: yes\n    #     # Decodes bytes.\n")
                .contains("# wire (wire): verdict STRONG_CANDIDATE, 1000 lines of code, signals: frame x40")
                .contains("# Written by mvn io.github.rustfit:rust-fit-maven-plugin:1.2.3:init from the code.")
                .contains("# Record a review with this command, each quoted <...> filled in:\n#   " + COMMANDS.review()
                        + "\n")
                .doesNotContain("mvn rust-fit:");
        String uncommented = text.replace("    # answers:", "    answers:")
                .replace("    #   memorySafetyIncident", "      memorySafetyIncident")
                .replace("    #     # Decodes", "      # Decodes");
        assertThat(ManifestReader.parse(Path.of("rust-fit.yaml"), uncommented)
                        .components()
                        .get(0)
                        .answers())
                .containsEntry(Question.MEMORY_SAFETY_INCIDENT, Answer.YES);
    }

    @Test
    void writes_json_for_a_manifest_file_named_json() throws Exception {
        Path file = Path.of("team.json");
        AnalysisResult result = result(
                module("wire", Verdict.STRONG_CANDIDATE, 1000, Map.of()), module("admin", Verdict.KEEP, 10, Map.of()));

        String text = StarterManifest.render(file, result, COMMANDS);

        assertThat(text)
                .startsWith("{\n  \"version\": 1,\n  \"components\": [\n")
                .endsWith("}\n");
        Manifest manifest = ManifestReader.parse(file, text);
        assertThat(manifest.components()).extracting(Component::name).containsExactly("wire", "admin");
        assertThat(manifest.components())
                .extracting(Component::modules)
                .containsExactly(List.of("wire"), List.of("admin"));
        assertThat(StarterManifest.render(Path.of("TEAM.JSON"), result, COMMANDS))
                .isEqualTo(text);
    }

    @Test
    void names_modules_that_share_an_artifact_id_by_group_and_lists_them_by_path() throws Exception {
        AnalysisResult result = result(
                Results.module("com.acme.billing", "core", "billing/core"),
                Results.module("com.acme.shipping", "core", "shipping/core"),
                Results.module("com.acme", "shipping", "shipping"));

        Manifest manifest = read(StarterManifest.render(YAML, result, COMMANDS));

        assertThat(manifest.components())
                .extracting(Component::name)
                .containsExactly("com.acme.billing:core", "com.acme.shipping:core", "shipping");
        assertThat(manifest.components())
                .extracting(Component::modules)
                .containsExactly(List.of("billing/core"), List.of("shipping/core"), List.of("shipping"));
        for (var module : result.modules()) {
            assertThat(manifest.componentFor(module.artifactId(), module.path())
                            .orElseThrow()
                            .modules())
                    .containsExactly(module.path().contains("/") ? module.path() : module.artifactId());
        }
        assertThat(StarterManifest.components(result))
                .extracting(Component::name)
                .doesNotHaveDuplicates();
    }

    @Test
    void keeps_names_unique_when_even_group_and_artifact_id_are_shared() throws Exception {
        AnalysisResult result = result(
                Results.module("g", "core", "a/core"),
                Results.module("g", "core", "b/core"),
                Results.module("g", "a/core", "c"));

        Manifest manifest = read(StarterManifest.render(YAML, result, COMMANDS));

        assertThat(manifest.components()).extracting(Component::name).containsExactly("a/core", "b/core", "a/core-2");
        assertThat(manifest.components())
                .extracting(Component::modules)
                .containsExactly(List.of("a/core"), List.of("b/core"), List.of("c"));
    }

    /** Directory names (and, though Maven forbids them there, artifactIds) YAML could take as syntax. */
    static List<String> awkwardNames() {
        return List.of(
                "evil\n  - name: injected\n    modules: [injected]",
                "cr\rlf\r\nnel\u0085ls\u2028ps\u2029",
                "# hash",
                "key: value",
                "'single'",
                "\"double\"",
                "- dash",
                "? question",
                "* star",
                "& amp",
                "! bang",
                "% percent",
                "@ at",
                "`backtick`",
                "[flow], {map}",
                "del\u007f c1\u0085\u009b nonchar\ufffe bom\ufeff nul\u0000 tab\t",
                "yes",
                "null",
                "~",
                "1.0",
                " ",
                "\u00fcn\u00efc\u00f8d\u00e9 \ud83d\ude00");
    }

    @ParameterizedTest
    @MethodSource("awkwardNames")
    void writes_any_directory_name_as_data_never_as_live_yaml(String awkward) throws Exception {
        // the directory name shows in a comment; the artifactId is listed as a module
        AnalysisResult result = result(Results.module("g", "app", awkward), Results.module("g", "id" + awkward, "z"));

        String text = StarterManifest.render(YAML, result, COMMANDS);

        Manifest manifest = read(text);
        assertThat(manifest.components())
                .extracting(Component::modules)
                .containsExactly(List.of("app"), List.of("id" + awkward));
        assertThat(manifest.components()).extracting(Component::name).containsExactly("app", "id" + awkward);
        assertThat(text).doesNotContain("\n  - name: injected");
    }

    @ParameterizedTest
    @MethodSource("awkwardNames")
    void lists_modules_sharing_an_artifact_id_by_their_paths_whatever_the_paths_hold(String awkward) throws Exception {
        AnalysisResult result =
                result(Results.module("g", "twin", awkward), Results.module("h", "twin", "y/" + awkward));

        Manifest yaml = read(StarterManifest.render(YAML, result, COMMANDS));
        Path json = Path.of("rust-fit.json");
        Manifest fromJson = ManifestReader.parse(json, StarterManifest.render(json, result, COMMANDS));

        assertThat(yaml.components())
                .extracting(Component::modules)
                // the reader refuses a blank module, so a blank path cannot be listed: the artifactId is
                .containsExactly(List.of(awkward.isBlank() ? "twin" : awkward), List.of("y/" + awkward));
        assertThat(fromJson.components()).isEqualTo(yaml.components());
    }

    private static Manifest read(String text) throws Exception {
        return ManifestReader.parse(Path.of("rust-fit.yaml"), text);
    }
}
