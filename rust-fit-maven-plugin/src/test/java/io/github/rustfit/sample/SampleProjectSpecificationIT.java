package io.github.rustfit.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.rustfit.core.criteria.Verdict;
import io.github.rustfit.core.result.Adoption;
import io.github.rustfit.core.result.AnalysisResult;
import io.github.rustfit.core.result.ExtractionPlan;
import io.github.rustfit.core.result.ModuleResult;
import io.github.rustfit.core.result.ResultFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The sample project is the plugin's executable specification: the invoker build of {@code
 * sample-project} (run just before this test) must give every module the verdict written beside
 * it in {@code expected-verdicts.yaml}, and every candidate's extraction plan the boundary written
 * beside it, and a first step of the stage that boundary leads to.
 */
class SampleProjectSpecificationIT {

    /**
     * One entry of {@code expected-verdicts.yaml}; candidates also name their boundary and the stage
     * of the first step that follows from it, and may name the third-party libraries (declared
     * dependencies) their cut needs.
     */
    record Expected(
            String path,
            Verdict verdict,
            String why,
            ExtractionPlan.Kind boundary,
            String boundaryWhy,
            Adoption.Stage firstStep,
            List<String> libraries) {}

    /** The whole of {@code expected-verdicts.yaml}. */
    record ExpectedVerdicts(List<Expected> modules) {}

    private static Path property(String name) {
        String value = System.getProperty(name);
        assertThat(value)
                .as("system property %s (set by the plugin POM's failsafe configuration)", name)
                .isNotBlank();
        return Path.of(value);
    }

    @Test
    void every_sample_module_gets_the_verdict_the_article_gives_it() throws Exception {
        Path source = property("rustfit.sampleProject.source");
        Path built = property("rustfit.sampleProject.built");
        ObjectMapper yaml = YAMLMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        ExpectedVerdicts expected =
                yaml.readValue(source.resolve("expected-verdicts.yaml").toFile(), ExpectedVerdicts.class);
        Path resultFile = built.resolve("target/rust-fit/rust-fit.json");
        assertThat(resultFile)
                .as("the invoker build of sample-project writes its result")
                .exists();
        AnalysisResult result = ResultFiles.read(resultFile);
        Map<String, ModuleResult> actual =
                result.modules().stream().collect(Collectors.toMap(ModuleResult::path, Function.identity()));

        assertThat(actual.keySet())
                .as("every sample module has an expected verdict, and every expectation a module")
                .containsExactlyInAnyOrderElementsOf(
                        expected.modules().stream().map(Expected::path).toList());
        SoftAssertions softly = new SoftAssertions();
        for (Expected module : expected.modules()) {
            ModuleResult got = actual.get(module.path());
            softly.assertThat(got.verdict())
                    .as(
                            "%s should be %s (%s); the plugin said: %s",
                            module.path(),
                            module.verdict(),
                            module.why(),
                            String.join(" ", got.judgement().rationale()))
                    .isEqualTo(module.verdict());
        }
        softly.assertAll();
    }

    @Test
    void every_candidate_gets_an_extraction_plan_with_the_boundary_the_specification_names() throws Exception {
        Path source = property("rustfit.sampleProject.source");
        Path built = property("rustfit.sampleProject.built");
        ObjectMapper yaml = YAMLMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        ExpectedVerdicts expected =
                yaml.readValue(source.resolve("expected-verdicts.yaml").toFile(), ExpectedVerdicts.class);
        Map<String, ModuleResult> actual =
                ResultFiles.read(built.resolve("target/rust-fit/rust-fit.json")).modules().stream()
                        .collect(Collectors.toMap(ModuleResult::path, Function.identity()));

        SoftAssertions softly = new SoftAssertions();
        for (Expected module : expected.modules()) {
            ExtractionPlan plan = actual.get(module.path()).extraction();
            if (!module.verdict().isAtLeast(Verdict.CONSIDER)) {
                softly.assertThat(plan)
                        .as("%s is no candidate and was not asked for", module.path())
                        .isNull();
                continue;
            }
            softly.assertThat(module.boundary())
                    .as("expected-verdicts.yaml names the boundary of candidate %s", module.path())
                    .isNotNull();
            softly.assertThat(plan)
                    .as("the plan of candidate %s", module.path())
                    .isNotNull();
            if (plan != null && module.boundary() != null) {
                softly.assertThat(plan.boundary().kind())
                        .as(
                                "%s's boundary should be %s (%s); the plugin said: %s",
                                module.path(),
                                module.boundary(),
                                module.boundaryWhy(),
                                plan.boundary().reason())
                        .isEqualTo(module.boundary());
            }
            softly.assertThat(module.firstStep())
                    .as("expected-verdicts.yaml names the first step of candidate %s", module.path())
                    .isNotNull();
            Adoption.FirstStep step = actual.get(module.path()).adoption().firstStep();
            if (module.firstStep() != null) {
                softly.assertThat(step.stage())
                        .as(
                                "%s's first step should be %s, following its %s boundary; the plugin said: %s",
                                module.path(), module.firstStep(), module.boundary(), step.summary())
                        .isEqualTo(module.firstStep());
            }
            if (plan != null && module.libraries() != null) {
                softly.assertThat(plan.needs().libraries().stream()
                                .map(ExtractionPlan.Dependency::declaredAs)
                                .toList())
                        .as("the libraries %s's cut needs", module.path())
                        .containsAll(module.libraries());
            }
        }
        softly.assertAll();
    }

    @Test
    void the_sample_result_is_deterministic_and_canonical() throws Exception {
        Path resultFile = property("rustfit.sampleProject.built").resolve("target/rust-fit/rust-fit.json");
        String onDisk = Files.readString(resultFile);

        assertThat(ResultFiles.toJson(ResultFiles.read(resultFile))).isEqualTo(onDisk);
    }

    @Test
    void the_sample_passes_its_own_review_gate_and_the_summary_names_the_report() throws Exception {
        String log = Files.readString(property("rustfit.sampleProject.built").resolve("build.log"));

        assertThat(log)
                .contains("rust-fit: review gate: 3 module(s) need a review, 3 hold; 0 error(s), 0 warning(s).")
                .containsPattern("; report: \\S+index\\.html")
                .contains("BUILD SUCCESS");
    }
}
