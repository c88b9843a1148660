package io.github.rustfit.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rustfit.core.criteria.Answer;
import io.github.rustfit.core.criteria.Question;
import io.github.rustfit.core.criteria.Verdict;
import io.github.rustfit.core.result.Adoption;
import io.github.rustfit.core.result.AnalysisResult;
import io.github.rustfit.core.result.ExtractionPlan;
import io.github.rustfit.core.result.ModuleResult;
import io.github.rustfit.core.result.ResultFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which modules get an extraction plan, and that plans come out the same from the cache. */
class ExtractionPlansTest {

    @TempDir
    Path root;

    private final RecordingListener listener = new RecordingListener();

    private static final String CODEC = """
            package wire;

            import java.nio.ByteBuffer;

            public final class Codec {
                public static int readVarInt(ByteBuffer in) {
                    int result = 0;
                    int shift = 0;
                    byte b;
                    do {
                        b = in.get();
                        result |= (b & 0x7F) << shift;
                        shift += 7;
                    } while ((b & 0x80) != 0);
                    return result;
                }

                public static byte[] frame(byte[] payload) {
                    ByteBuffer out = ByteBuffer.allocate(payload.length + 4);
                    out.putInt(payload.length);
                    out.put(payload);
                    int check = (payload.length >>> 16) ^ (payload.length & 0xFFFF);
                    return out.array();
                }
            }
            """;

    @BeforeEach
    void reactor() throws IOException {
        write("wire/src/main/java/wire/Codec.java", CODEC);
        write("app/src/main/java/app/Greeter.java", """
                package app;

                public final class Greeter {
                    public String greet(String name) {
                        return "Hello, " + name;
                    }
                }
                """);
    }

    private void write(String path, String text) throws IOException {
        TestReactors.write(root, path, text);
    }

    private ModuleRequest module(String name) {
        return TestReactors.module(root, name);
    }

    private AnalysisRequest request(List<String> planFor) {
        return new AnalysisRequest(
                        root, List.of(module("wire"), module("app")), Optional.empty(), false, false, 20, "v")
                // the team says the codec decodes untrusted input on a latency-critical path
                .withDeclaredAnswers(Map.of(
                        "wire",
                        Map.of(
                                Question.MEMORY_SAFETY_INCIDENT,
                                Answer.YES,
                                Question.TAIL_LATENCY_CRITICAL,
                                Answer.YES)))
                .withPlanFor(planFor);
    }

    private static ModuleResult module(AnalysisResult result, String artifactId) {
        return result.modules().stream()
                .filter(m -> m.artifactId().equals(artifactId))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_result_with_plans_reads_back_from_its_json_as_the_cache_keeps_it() throws Exception {
        AnalysisResult result = new ReactorAnalyzer().analyze(request(List.of("app")), listener);

        AnalysisResult read = ResultFiles.fromJson(ResultFiles.toJson(result).getBytes(StandardCharsets.UTF_8));

        assertThat(module(result, "wire").adoption().extraction()).isNotNull();
        assertThat(module(result, "app").adoption().extraction()).isNotNull();
        assertThat(read).isEqualTo(result);
    }

    @Test
    void candidates_get_a_plan_and_modules_kept_on_the_jvm_only_when_asked_for_by_artifact_id_or_path() {
        AnalysisResult plain = new ReactorAnalyzer().analyze(request(List.of()), listener);
        AnalysisResult asked = new ReactorAnalyzer().analyze(request(List.of("app")), listener);
        AnalysisResult byPath = new ReactorAnalyzer().analyze(request(List.of("wire", "app")), listener);

        assertThat(module(plain, "wire").verdict()).isIn(Verdict.CONSIDER, Verdict.STRONG_CANDIDATE);
        assertThat(module(plain, "wire").extraction()).isNotNull();
        assertThat(module(plain, "app").verdict()).isEqualTo(Verdict.KEEP);
        assertThat(module(plain, "app").extraction()).isNull();
        assertThat(module(asked, "app").extraction()).isNotNull();
        assertThat(module(asked, "app").extraction().boundary())
                .as("no strong-fit evidence, no cut")
                .isNull();
        assertThat(module(byPath, "app").extraction()).isNotNull();
        assertThat(listener.warnings).isEmpty();
    }

    @Test
    void a_candidates_first_step_follows_the_boundary_its_plan_finds() throws IOException {
        // a class outside the cut subclasses the codec: a Rust type cannot be subclassed from Java
        write(
                "wire/src/main/java/wire/Codec.java",
                CODEC.replace(
                        "public final class Codec {",
                        "public class Codec {\n    public byte[] encode(byte[] payload) {\n        return frame(payload);\n"
                                + "    }\n"));
        write("wire/src/main/java/wire/NamedCodec.java", """
                package wire;

                public class NamedCodec extends Codec {
                    @Override
                    public byte[] encode(byte[] payload) {
                        return payload;
                    }
                }
                """);

        ModuleResult wire = module(new ReactorAnalyzer().analyze(request(List.of()), listener), "wire");

        assertThat(wire.extraction().boundary().kind()).isEqualTo(ExtractionPlan.Kind.WIDE);
        assertThat(wire.adoption().firstStep().stage()).isEqualTo(Adoption.Stage.TOOLING);
        assertThat(wire.adoption().firstStep().summary())
                .startsWith("Start with a Rust tool around what Codec handles")
                .contains("restructure it behind a byte- or message-shaped interface")
                .doesNotContain("as a Rust library");
    }

    @Test
    void a_plan_asked_for_a_module_the_reactor_does_not_have_is_warned_about_with_the_closest_name() {
        new ReactorAnalyzer().analyze(request(List.of("wier")), listener);

        assertThat(listener.warnings)
                .singleElement()
                .asString()
                .contains("rustfit.planFor names 'wier'")
                .contains("did you mean wire?");
    }

    @Test
    void an_unchanged_reactor_with_plans_is_served_whole_from_the_cache_without_planning_again() throws IOException {
        Path cacheFile = root.resolve("target/cache.zip");
        String fingerprint = new ReactorAnalyzer().cacheFingerprint(request(List.of("app")), "v");
        AnalysisResult cold = new ReactorAnalyzer()
                .analyze(
                        request(List.of("app")), listener, ReactorAnalyzerTest.cache(cacheFile, fingerprint, listener));
        listener.debug.clear();

        AnalysisResult warm = new ReactorAnalyzer()
                .analyze(
                        request(List.of("app")), listener, ReactorAnalyzerTest.cache(cacheFile, fingerprint, listener));

        assertThat(listener.warnings).isEmpty();
        assertThat(listener.debug).noneMatch(line -> line.startsWith("Extraction plans took"));
        assertThat(ResultFiles.toJson(warm)).isEqualTo(ResultFiles.toJson(cold));
    }

    @Test
    void plans_from_a_warm_cache_equal_plans_from_parsing_and_asking_for_others_is_never_served_stale()
            throws IOException {
        Path cacheFile = root.resolve("target/cache.zip");
        String fingerprint = new ReactorAnalyzer().cacheFingerprint(request(List.of()), "v");
        AnalysisResult cold = new ReactorAnalyzer()
                .analyze(request(List.of()), listener, ReactorAnalyzerTest.cache(cacheFile, fingerprint, listener));
        // another file of the reactor changes: the codec's facts now come from the cache, not the parser
        write("app/src/main/java/app/Greeter.java", "package app; public final class Greeter {}");
        AnalysisResult partlyWarm = new ReactorAnalyzer()
                .analyze(request(List.of()), listener, ReactorAnalyzerTest.cache(cacheFile, fingerprint, listener));
        AnalysisResult asked = new ReactorAnalyzer()
                .analyze(
                        request(List.of("app")), listener, ReactorAnalyzerTest.cache(cacheFile, fingerprint, listener));

        assertThat(listener.info).anyMatch(line -> line.contains("reused 1 unchanged"));
        assertThat(ResultFiles.toJson(new AnalysisResult(
                        partlyWarm.schemaVersion(),
                        partlyWarm.tool(),
                        partlyWarm.toolVersion(),
                        partlyWarm.settings(),
                        partlyWarm.summary(),
                        List.of(module(partlyWarm, "wire")))))
                .isEqualTo(ResultFiles.toJson(new AnalysisResult(
                        cold.schemaVersion(),
                        cold.tool(),
                        cold.toolVersion(),
                        cold.settings(),
                        partlyWarm.summary(),
                        List.of(module(cold, "wire")))));
        assertThat(module(partlyWarm, "wire").extraction()).isNotNull();
        assertThat(module(asked, "app").extraction()).isNotNull();
    }
}
