package io.github.rustfit.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rustfit.core.criteria.Answer;
import io.github.rustfit.core.criteria.Question;
import io.github.rustfit.core.criteria.QuestionAnswer;
import io.github.rustfit.core.criteria.Verdict;
import io.github.rustfit.core.result.AnalysisResult;
import io.github.rustfit.core.result.ModuleResult;
import io.github.rustfit.core.result.ResultFiles;
import io.github.rustfit.core.source.SourceRoot;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeclaredAnswersTest {

    @TempDir
    Path root;

    @Test
    void declared_answers_override_inferred_ones_and_the_result_keeps_both() throws Exception {
        AnalysisRequest request = request()
                .withDeclaredAnswers(Map.of(
                        "codec",
                        Map.of(
                                Question.MEMORY_SAFETY_INCIDENT,
                                Answer.YES,
                                Question.TAIL_LATENCY_CRITICAL,
                                Answer.YES)));

        ModuleResult module = new ReactorAnalyzer(List.of(), List.of())
                .analyze(request, io.github.rustfit.core.file.AnalysisListener.SILENT)
                .modules()
                .get(0);

        QuestionAnswer memory = module.judgement().questions().get(0);
        assertThat(memory.inferred()).isEqualTo(Answer.NO);
        assertThat(memory.declared()).isEqualTo(Answer.YES);
        assertThat(memory.effective()).isEqualTo(Answer.YES);
        assertThat(module.judgement().questions().get(2).declared()).isNull();
        assertThat(module.verdict()).isEqualTo(Verdict.CONSIDER);
        assertThat(module.judgement().rationale())
                .anySatisfy(line -> assertThat(line)
                        .contains("The team's manifest declares memorySafetyIncident yes (the code suggests no)"));
    }

    @Test
    void without_declared_answers_the_inferred_ones_decide() throws Exception {
        AnalysisResult result = new ReactorAnalyzer(List.of(), List.of())
                .analyze(request(), io.github.rustfit.core.file.AnalysisListener.SILENT);

        assertThat(result.modules().get(0).verdict()).isEqualTo(Verdict.KEEP);
        assertThat(result.modules().get(0).judgement().questions())
                .allSatisfy(answer -> assertThat(answer.declared()).isNull());
    }

    @Test
    void the_result_file_records_declared_and_effective_answers_and_reads_back() throws Exception {
        AnalysisRequest request =
                request().withDeclaredAnswers(Map.of("codec", Map.of(Question.SHARED_INFRASTRUCTURE, Answer.YES)));
        AnalysisResult result = new ReactorAnalyzer(List.of(), List.of())
                .analyze(request, io.github.rustfit.core.file.AnalysisListener.SILENT);

        String json = ResultFiles.toJson(result);
        Path file = root.resolve("rust-fit.json");
        ResultFiles.write(result, file);

        assertThat(json).contains("\"declared\" : \"YES\"").contains("\"effective\" : \"YES\"");
        assertThat(ResultFiles.read(file)).isEqualTo(result);
    }

    private AnalysisRequest request() throws Exception {
        Path sources = root.resolve("codec/src/main/java/p");
        Files.createDirectories(sources);
        Files.writeString(sources.resolve("A.java"), "package p;\nclass A {\n  int x;\n}\n", StandardCharsets.UTF_8);
        ModuleRequest module = new ModuleRequest(
                "g",
                "codec",
                root.resolve("codec"),
                root.resolve("codec/pom.xml"),
                "jar",
                StandardCharsets.UTF_8,
                List.of(new SourceRoot(root.resolve("codec/src/main/java"), SourceRoot.Kind.MAIN)),
                List.of());
        return new AnalysisRequest(root, List.of(module), Optional.of("17"), false, false, 20, "test");
    }
}
