package io.github.rustfit.core.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.rustfit.core.analysis.AnalysisRequest;
import io.github.rustfit.core.analysis.ModuleRequest;
import io.github.rustfit.core.analysis.ReactorAnalyzer;
import io.github.rustfit.core.criteria.Verdict;
import io.github.rustfit.core.file.AnalysisListener;
import io.github.rustfit.core.source.SourceRoot;
import io.github.rustfit.report.SyntheticResults;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultFilesTest {

    @TempDir
    Path dir;

    private AnalysisResult analyseSmallReactor() throws Exception {
        Path module = dir.resolve("project/core");
        Path sources = module.resolve("src/main/java/p");
        Files.createDirectories(sources);
        Files.writeString(
                sources.resolve("A.java"), "package p;\nclass A { synchronized void m() { lock.lock(); } }\n");
        Files.writeString(sources.resolve("Broken.java"), "package p;\nclass Broken {\n");
        ModuleRequest request = new ModuleRequest(
                "g",
                "core",
                module,
                module.resolve("pom.xml"),
                "jar",
                StandardCharsets.UTF_8,
                List.of(new SourceRoot(module.resolve("src/main/java"), SourceRoot.Kind.MAIN)),
                List.of());
        return new ReactorAnalyzer()
                .analyze(
                        new AnalysisRequest(
                                dir.resolve("project"), List.of(request), Optional.empty(), false, false, 20, "1.0"),
                        AnalysisListener.SILENT);
    }

    @Test
    void a_written_result_reads_back_equal() throws Exception {
        AnalysisResult result = analyseSmallReactor();
        Path file = dir.resolve("out/rust-fit.json");

        ResultFiles.write(result, file);

        assertThat(ResultFiles.read(file)).isEqualTo(result);
    }

    @Test
    void a_result_read_back_as_the_cache_keeps_it_is_the_result_written_with_its_verdicts_counted_by_verdict()
            throws Exception {
        for (AnalysisResult result :
                List.of(analyseSmallReactor(), SyntheticResults.rich(), SyntheticResults.earlier())) {
            AnalysisResult read =
                    ResultFiles.fromJson(ResultFiles.toJson(result).getBytes(StandardCharsets.UTF_8));

            assertThat(read).isEqualTo(result);
            assertThat(read.summary().verdicts()).containsOnlyKeys(Verdict.values());
        }
    }

    @Test
    void every_analysed_module_carries_its_margin_and_it_reads_back() throws Exception {
        AnalysisResult result = analyseSmallReactor();
        Path file = dir.resolve("out/rust-fit.json");

        ResultFiles.write(result, file);

        assertThat(result.modules())
                .allSatisfy(module -> assertThat(module.judgement().margin()).isNotNull());
        assertThat(Files.readString(file)).contains("\"margin\" : {").contains("\"leansToward\"");
        assertThat(ResultFiles.read(file).modules().get(0).judgement().margin())
                .isEqualTo(result.modules().get(0).judgement().margin());
    }

    @Test
    void a_result_written_before_margins_reads_with_none() throws Exception {
        Path file = dir.resolve("out/rust-fit.json");
        ResultFiles.write(analyseSmallReactor(), file);
        String withoutMargins = Files.readString(file).replaceAll("(?s)\"margin\" : \\{[^}]*\\},\\s*", "");
        Files.writeString(file, withoutMargins);

        assertThat(withoutMargins).doesNotContain("\"margin\"");
        assertThat(ResultFiles.read(file).modules())
                .allSatisfy(module -> assertThat(module.judgement().margin()).isNull());
    }

    @Test
    void the_same_result_is_the_same_bytes_with_sorted_keys_and_a_final_newline() throws Exception {
        String first = ResultFiles.toJson(analyseSmallReactor());
        String second = ResultFiles.toJson(analyseSmallReactor());

        assertThat(first).isEqualTo(second).endsWith("}\n");
        assertThat(first.indexOf("\"modules\"")).isLessThan(first.indexOf("\"schemaVersion\""));
        assertThat(first).contains("\"schemaVersion\" : 2");
    }

    @Test
    void each_module_is_written_in_its_groups_and_nothing_beside_them() throws Exception {
        JsonNode module = new ObjectMapper()
                .readTree(ResultFiles.toJson(analyseSmallReactor()))
                .path("modules")
                .get(0);

        assertThat(module.fieldNames())
                .toIterable()
                .containsExactly("adoption", "evidence", "graph", "identity", "judgement", "review", "sources");
        assertThat(module.path("identity").fieldNames())
                .toIterable()
                .containsExactly("artifactId", "groupId", "packaging", "path");
        assertThat(module.path("sources").fieldNames())
                .toIterable()
                .containsExactly("files", "notes", "parseProblems", "roots");
        assertThat(module.path("judgement").fieldNames())
                .toIterable()
                .containsExactly("basis", "margin", "questions", "rationale", "verdict", "whatWouldChange");
    }

    @Test
    void a_version_1_result_is_read_in_the_groups_of_version_2() throws Exception {
        Path file = dir.resolve("rust-fit.json");
        try (var v1 = ResultFilesTest.class.getResourceAsStream("/results/schema-1.json")) {
            Files.write(file, v1.readAllBytes());
        }

        AnalysisResult result = ResultFiles.read(file);

        assertThat(result.schemaVersion()).isEqualTo(AnalysisResult.SCHEMA_VERSION);
        ModuleResult wire = result.modules().get(1);
        assertThat(wire.identity()).isEqualTo(new ModuleResult.Identity("it.sample", "wire", "wire", "jar"));
        assertThat(wire.sources().roots()).containsExactly("wire/src/main/java");
        assertThat(wire.sources().files().seen()).isEqualTo(3);
        assertThat(wire.graph().dependents()).containsExactly("app");
        assertThat(wire.evidence().signals()).extracting(SignalResult::id).containsExactly("protocol.byte-buffers");
        assertThat(wire.verdict()).isEqualTo(io.github.rustfit.core.criteria.Verdict.STRONG_CANDIDATE);
        assertThat(wire.judgement().rationale()).containsExactly("Decodes frames.");
        assertThat(wire.review().status()).isEqualTo(ReviewState.Status.OK);
        assertThat(wire.review().recorded().reviewers()).containsExactly("alice");
        assertThat(wire.review().recorded().revisitBy()).isEqualTo("2027-05-24");
        assertThat(result.modules().get(0).review().recorded()).isNull();
    }

    @Test
    void a_version_1_result_with_a_margin_beside_its_verdict_reads_it_into_the_judgement() throws Exception {
        Path file = dir.resolve("rust-fit.json");
        try (var v1 = ResultFilesTest.class.getResourceAsStream("/results/schema-1.json")) {
            String flat = new String(v1.readAllBytes(), StandardCharsets.UTF_8)
                    .replace(
                            "\"verdict\" : \"STRONG_CANDIDATE\",",
                            "\"verdict\" : \"STRONG_CANDIDATE\", \"margin\" : { \"distance\" : 0.25,"
                                    + " \"leansToward\" : \"CONSIDER\" },");
            Files.writeString(file, flat);
        }

        ModuleResult wire = ResultFiles.read(file).modules().get(1);

        assertThat(wire.judgement().margin())
                .isEqualTo(new io.github.rustfit.core.criteria.Margin(
                        0.25, io.github.rustfit.core.criteria.Verdict.CONSIDER));
    }

    @Test
    void writing_leaves_no_temporary_files_behind() throws Exception {
        Path file = dir.resolve("out/rust-fit.json");
        ResultFiles.write(analyseSmallReactor(), file);
        ResultFiles.write(analyseSmallReactor(), file);

        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void a_result_of_a_newer_schema_is_refused_with_the_fix() throws Exception {
        Path file = dir.resolve("rust-fit.json");
        Files.writeString(file, "{\"schemaVersion\": 99, \"modules\": []}");

        assertThatThrownBy(() -> ResultFiles.read(file))
                .isInstanceOf(ResultFileException.class)
                .hasMessageContaining("schemaVersion 99 is not supported")
                .hasMessageContaining("Re-run the analyze goal");
    }

    @Test
    void a_missing_result_says_to_run_analyze() {
        assertThatThrownBy(() -> ResultFiles.read(dir.resolve("none.json")))
                .isInstanceOf(ResultFileException.class)
                .hasMessageContaining("run the analyze goal first");
    }

    @Test
    void a_corrupt_result_names_the_file() throws Exception {
        Path file = dir.resolve("rust-fit.json");
        Files.writeString(file, "{ not json");

        assertThatThrownBy(() -> ResultFiles.read(file))
                .isInstanceOf(ResultFileException.class)
                .hasMessageStartingWith(file.toString());
    }

    @Test
    void text_that_is_not_json_is_refused_at_its_line_and_column_in_plain_words() throws Exception {
        Path file = dir.resolve("rust-fit.json");
        Files.writeString(file, "not json\n");

        assertThatThrownBy(() -> ResultFiles.read(file))
                .isInstanceOfSatisfying(ResultFileException.class, e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.column()).isEqualTo(1);
                })
                .hasMessage(file + ":1:1: not valid JSON: 'not' is no JSON value (text must be quoted; true, false and"
                        + " null are written in lower case)");
    }

    @Test
    void a_value_of_the_wrong_kind_is_refused_naming_where_it_is_and_what_belongs_there_without_class_names()
            throws Exception {
        Path file = dir.resolve("rust-fit.json");
        Files.writeString(file, "{\"schemaVersion\":2,\"modules\":5}");

        assertThatThrownBy(() -> ResultFiles.read(file))
                .hasMessage(file + ":1:30: modules holds a number where a list belongs");

        Files.writeString(
                file, "{\n  \"schemaVersion\": 2,\n  \"modules\": [ { \"sources\": { \"files\": \"many\" } } ]\n}\n");
        assertThatThrownBy(() -> ResultFiles.read(file))
                .hasMessage(file + ":3:40: modules[0].sources.files holds text where an object belongs");
    }

    @Test
    void a_cut_off_result_and_one_that_is_no_object_are_refused_in_plain_words() throws Exception {
        Path file = dir.resolve("rust-fit.json");
        Files.writeString(file, "{\"schemaVersion\": 2, \"modules\": [");
        assertThatThrownBy(() -> ResultFiles.read(file))
                .hasMessageStartingWith(file + ":1:")
                .hasMessageEndingWith(": the JSON ends too early, as if the file were cut off");

        Files.writeString(file, "[1, 2]");
        assertThatThrownBy(() -> ResultFiles.read(file))
                .hasMessage(file + ": holds no JSON object, as a rust-fit result is");

        Files.writeString(file, "");
        assertThatThrownBy(() -> ResultFiles.read(file)).hasMessage(file + ": is empty");
    }

    @Test
    void a_version_1_result_whose_modules_are_not_objects_is_refused_not_crashed_on() throws Exception {
        Path file = dir.resolve("rust-fit.json");
        Files.writeString(file, "{\"schemaVersion\": 1, \"modules\": [5]}");

        assertThatThrownBy(() -> ResultFiles.read(file))
                .isInstanceOf(ResultFileException.class)
                .hasMessage(file + ": modules[0] holds a number where an object belongs");
    }

    @Test
    void a_result_holding_a_count_below_zero_is_refused_naming_the_file_and_the_count() throws Exception {
        Path file = dir.resolve("rust-fit.json");
        ResultFiles.write(analyseSmallReactor(), file);
        String json = Files.readString(file);
        assertThat(json).contains("\"count\" : 1,");
        Files.writeString(file, json.replace("\"count\" : 1,", "\"count\" : -1,"));

        assertThatThrownBy(() -> ResultFiles.read(file))
                .isInstanceOf(ResultFileException.class)
                .hasMessageStartingWith(file.toString())
                .hasMessageContaining("count -1");
    }
}
