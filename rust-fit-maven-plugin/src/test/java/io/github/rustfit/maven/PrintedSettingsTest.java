package io.github.rustfit.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rustfit.core.analysis.AnalysisRequest;
import io.github.rustfit.core.cache.CacheMode;
import io.github.rustfit.core.fork.ForkMode;
import io.github.rustfit.core.manifest.ManifestCommands;
import io.github.rustfit.core.manifest.ManifestCommands.Setting;
import io.github.rustfit.core.manifest.ShellWords;
import io.github.rustfit.core.review.ReviewPolicy;
import io.github.rustfit.core.review.ReviewRequirement;
import io.github.rustfit.run.AnalyzerOptions;
import io.github.rustfit.run.CacheOptions;
import io.github.rustfit.run.RunOptions;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The settings the printed commands carry: every setting of the run that changes what the command
 * measures or writes, each only when it differs from its default, with a value the goal reads back
 * as the run's own; and every parameter of every goal is either carried or left out for a reason.
 */
class PrintedSettingsTest {

    private static final Path ROOT = Path.of("/work/reactor");
    private static final ManifestCommands COMMANDS = ManifestCommands.of("0.1.0-SNAPSHOT");

    @Test
    void a_run_with_every_setting_at_its_default_carries_none_so_its_commands_are_as_they_were() {
        List<Setting> settings = PrintedSettings.of(run(UnaryOperator.identity()));

        assertThat(settings).isEmpty();
        assertThat(COMMANDS.carrying(settings).review("codec")).isEqualTo(COMMANDS.review("codec"));
        assertThat(COMMANDS.carrying(settings).init())
                .isEqualTo("mvn io.github.rustfit:rust-fit-maven-plugin:0.1.0-SNAPSHOT:init");
    }

    @Test
    void a_review_asked_for_by_a_check_of_another_manifest_with_tests_is_recorded_there_of_the_evidence_with_tests() {
        PrintedSettings.Run run = run(options -> with(
                options,
                request(options).includeTests(true),
                Path.of("/tmp/ojm/team.yaml"),
                options.outputDirectory(),
                options.policy().withRequirement(ReviewRequirement.CONSIDER),
                options.analyzer()));

        String review = COMMANDS.carrying(PrintedSettings.of(run)).review("openjpa-lib");

        assertThat(review)
                .isEqualTo(
                        "mvn io.github.rustfit:rust-fit-maven-plugin:0.1.0-SNAPSHOT:review -Drustfit.module=openjpa-lib"
                                + " -Drustfit.decision=\"<rust-candidate|stay-on-jvm|revisit>\""
                                + " -Drustfit.rationale=\"<why, in your own words>\""
                                + " -Drustfit.reviewers=\"<names, comma-separated>\""
                                + " -Drustfit.manifest=/tmp/ojm/team.yaml -Drustfit.includeTests=true"
                                + " -Drustfit.requireReviewFor=CONSIDER");
    }

    @Test
    void a_file_under_the_project_is_printed_relative_to_it_as_maven_resolves_it_and_one_elsewhere_in_full() {
        PrintedSettings.Run run = run(options -> with(
                options,
                request(options),
                ROOT.resolve("config/team.yaml"),
                Path.of("/var/tmp/rust fit"),
                options.policy(),
                options.analyzer()));

        assertThat(PrintedSettings.of(run))
                .containsExactly(
                        new Setting("rustfit.manifest", "config/team.yaml"),
                        new Setting("rustfit.outputDirectory", "/var/tmp/rust fit"));
    }

    @Test
    void a_setting_given_but_equal_to_its_default_is_not_carried() {
        PrintedSettings.Run run = run(options -> with(
                options,
                request(options),
                ROOT.resolve("./rust-fit.yaml"),
                ROOT.resolve("target/../target/rust-fit"),
                new ReviewPolicy(ReviewRequirement.STRONG_CANDIDATE, 0.1, 30, false, true),
                options.analyzer()));

        assertThat(PrintedSettings.of(run)).isEmpty();
    }

    /**
     * One run per carried setting, that setting away from its default: the value printed, and the
     * value the goal reads back from it through the same check a typed value goes through.
     */
    static Stream<Arguments> carried_settings() {
        Map<String, Example> examples = new LinkedHashMap<>();
        examples.put(
                "rustfit.manifest",
                new Example(
                        o -> with(
                                o,
                                request(o),
                                Path.of("/srv/team.yaml"),
                                o.outputDirectory(),
                                o.policy(),
                                o.analyzer()),
                        "/srv/team.yaml",
                        value -> Path.of(value),
                        o -> o.manifestFile()));
        examples.put(
                "rustfit.includeTests",
                new Example(
                        o -> with(o, request(o).includeTests(true)),
                        "true",
                        Boolean::parseBoolean,
                        o -> o.request().includeTests()));
        examples.put(
                "rustfit.includeGenerated",
                new Example(
                        o -> with(o, request(o).includeGenerated(true)),
                        "true",
                        Boolean::parseBoolean,
                        o -> o.request().includeGenerated()));
        examples.put(
                "rustfit.excludes",
                new Example(
                        o -> with(o, request(o).excludes(List.of("**/generated/**", "legacy/{a,b}/**"))),
                        "**/generated/**,legacy/{a,b}/**",
                        Parameters::excludes,
                        o -> o.request().excludes()));
        examples.put(
                "rustfit.languageLevel",
                new Example(
                        o -> with(o, request(o).languageLevel(Optional.of("17"))),
                        "17",
                        Parameters::languageLevel,
                        o -> o.request().languageLevel()));
        examples.put(
                "rustfit.maxFileSize",
                new Example(
                        o -> with(
                                o,
                                request(o),
                                o.manifestFile(),
                                o.outputDirectory(),
                                o.policy(),
                                new AnalyzerOptions(1, 4096, ForkMode.NEVER, List.of())),
                        "4096",
                        Parameters::maxFileSize,
                        o -> o.analyzer().maxFileBytes()));
        examples.put(
                "rustfit.maxEvidencePerSignal",
                new Example(
                        o -> with(o, request(o).maxEvidencePerSignal(5)),
                        "5",
                        Parameters::maxEvidencePerSignal,
                        o -> o.request().maxEvidencePerSignal()));
        examples.put(
                "rustfit.planFor",
                new Example(
                        o -> with(o, request(o).planFor(List.of("codec", "rt/transports/udp"))),
                        "codec,rt/transports/udp",
                        Parameters::planFor,
                        o -> o.request().planFor()));
        examples.put(
                "rustfit.requireReviewFor",
                new Example(
                        o -> with(o, o.policy().withRequirement(ReviewRequirement.ALL)),
                        "ALL",
                        Parameters::requirement,
                        o -> o.policy().requirement()));
        examples.put(
                "rustfit.driftTolerance",
                new Example(
                        o -> with(o, new ReviewPolicy(ReviewRequirement.STRONG_CANDIDATE, 0.25, 30, true, false)),
                        "0.25",
                        Parameters::driftTolerance,
                        o -> o.policy().driftTolerance()));
        examples.put(
                "rustfit.revisitWarningDays",
                new Example(
                        o -> with(o, new ReviewPolicy(ReviewRequirement.STRONG_CANDIDATE, 0.1, 7, true, false)),
                        "7",
                        Parameters::revisitWarningDays,
                        o -> o.policy().revisitWarningDays()));
        examples.put(
                "rustfit.outputDirectory",
                new Example(
                        o -> with(o, request(o), o.manifestFile(), ROOT.resolve("build/fit"), o.policy(), o.analyzer()),
                        "build/fit",
                        value -> ROOT.resolve(value),
                        o -> o.outputDirectory()));
        assertThat(examples.keySet())
                .as("an example for every carried setting")
                .containsExactlyElementsOf(PrintedSettings.CARRIED.keySet());
        return examples.entrySet().stream().map(entry -> Arguments.of(entry.getKey(), entry.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("carried_settings")
    void a_carried_setting_away_from_its_default_reaches_the_printed_command_as_the_goal_reads_it_back(
            String property, Example example) throws Exception {
        PrintedSettings.Run run = run(example.change());

        String review = COMMANDS.carrying(PrintedSettings.of(run)).review("codec");
        List<String> words = ShellWords.of(review);
        Optional<List<String>> bash = ShellWords.bashWords(review);

        assertThat(PrintedSettings.of(run)).containsExactly(new Setting(property, example.printed()));
        assertThat(ShellWords.properties(words)).containsEntry(property, example.printed());
        bash.ifPresent(bashWords -> assertThat(bashWords).isEqualTo(words));
        assertThat(example.readBack().read(example.printed()))
                .isEqualTo(example.inRun().apply(run.options()));
    }

    @Test
    void every_property_of_every_goal_is_carried_or_left_out_for_a_reason() throws Exception {
        Map<String, Set<String>> goals = goalProperties();
        Set<String> all = new TreeSet<>();
        goals.values().forEach(all::addAll);

        assertThat(all).isNotEmpty();
        Set<String> classified = new HashSet<>(PrintedSettings.CARRIED.keySet());
        classified.addAll(PrintedSettings.LEFT_OUT.keySet());
        assertThat(classified)
                .as("a new parameter must be carried by printed commands or left out with its reason")
                .containsExactlyInAnyOrderElementsOf(all);
        assertThat(PrintedSettings.CARRIED.keySet()).doesNotContainAnyElementsOf(PrintedSettings.LEFT_OUT.keySet());
        assertThat(PrintedSettings.LEFT_OUT.values())
                .allSatisfy(reason -> assertThat(reason).isNotBlank());
    }

    @Test
    void every_carried_setting_is_read_by_each_goal_a_printed_command_runs() throws Exception {
        Map<String, Set<String>> goals = goalProperties();

        assertThat(goals.get("review")).containsAll(PrintedSettings.CARRIED.keySet());
        assertThat(goals.get("init")).containsAll(PrintedSettings.CARRIED.keySet());
    }

    /** Each goal's {@code rustfit.*} properties, from the plugin descriptor the build generated. */
    private static Map<String, Set<String>> goalProperties() throws Exception {
        Document descriptor;
        try (InputStream in = PrintedSettingsTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
            assertThat(in)
                    .as("the plugin descriptor, generated at process-classes")
                    .isNotNull();
            descriptor =
                    DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        Map<String, Set<String>> goals = new LinkedHashMap<>();
        NodeList mojos = descriptor.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            String goal = mojo.getElementsByTagName("goal").item(0).getTextContent();
            Set<String> properties = new TreeSet<>();
            NodeList configuration = mojo.getElementsByTagName("configuration");
            if (configuration.getLength() > 0) {
                NodeList values = configuration.item(0).getChildNodes();
                for (int j = 0; j < values.getLength(); j++) {
                    Node value = values.item(j);
                    String expression = value.getTextContent().strip();
                    if (value.getNodeType() == Node.ELEMENT_NODE && expression.startsWith("${rustfit.")) {
                        properties.add(expression.substring(2, expression.length() - 1));
                    }
                }
            }
            goals.put(goal, properties);
        }
        return goals;
    }

    /** A carried setting's example: how the run changes, what is printed, and how the goal reads it. */
    record Example(
            UnaryOperator<RunOptions> change,
            String printed,
            Reader readBack,
            java.util.function.Function<RunOptions, Object> inRun) {

        @Override
        public String toString() {
            return printed;
        }
    }

    @FunctionalInterface
    interface Reader {
        Object read(String value) throws Exception;
    }

    /** A run over {@link #ROOT}, every setting at its default, then changed by {@code change}. */
    private static PrintedSettings.Run run(UnaryOperator<RunOptions> change) {
        RunOptions defaults = new RunOptions(
                new AnalysisRequest(
                        ROOT, List.of(), Optional.empty(), false, false, AnalysisRequest.DEFAULT_MAX_EVIDENCE, "test"),
                new AnalyzerOptions(1, 1 << 20, ForkMode.NEVER, List.of()),
                new CacheOptions(
                        CacheMode.READ_WRITE,
                        ROOT.resolve("target/rust-fit/cache/file-reports.zip"),
                        Path.of("/home/u/.rust-fit/cache.key"),
                        Optional.empty(),
                        "build"),
                ROOT.resolve("rust-fit.yaml"),
                ROOT.resolve("target/rust-fit"),
                ReviewPolicy.defaults(),
                LocalDate.of(2026, 12, 2),
                COMMANDS,
                Optional.empty());
        return new PrintedSettings.Run(
                change.apply(defaults), ROOT.resolve("rust-fit.yaml"), ROOT.resolve("target/rust-fit"), ROOT);
    }

    private static RequestBuilder request(RunOptions options) {
        return new RequestBuilder(options.request());
    }

    private static RunOptions with(RunOptions o, RequestBuilder request) {
        return with(o, request, o.manifestFile(), o.outputDirectory(), o.policy(), o.analyzer());
    }

    private static RunOptions with(RunOptions o, ReviewPolicy policy) {
        return with(o, request(o), o.manifestFile(), o.outputDirectory(), policy, o.analyzer());
    }

    private static RunOptions with(
            RunOptions o,
            RequestBuilder request,
            Path manifest,
            Path output,
            ReviewPolicy policy,
            AnalyzerOptions analyzer) {
        return new RunOptions(
                request.build(),
                analyzer,
                o.cache(),
                manifest,
                output,
                policy,
                o.today(),
                o.commands(),
                o.projectModules());
    }

    /** An {@link AnalysisRequest} with one setting or another changed. */
    private static final class RequestBuilder {
        private AnalysisRequest request;

        RequestBuilder(AnalysisRequest request) {
            this.request = request;
        }

        RequestBuilder includeTests(boolean on) {
            return copy(request.languageLevel(), on, request.includeGenerated(), request.maxEvidencePerSignal());
        }

        RequestBuilder includeGenerated(boolean on) {
            return copy(request.languageLevel(), request.includeTests(), on, request.maxEvidencePerSignal());
        }

        RequestBuilder languageLevel(Optional<String> level) {
            return copy(level, request.includeTests(), request.includeGenerated(), request.maxEvidencePerSignal());
        }

        RequestBuilder maxEvidencePerSignal(int kept) {
            return copy(request.languageLevel(), request.includeTests(), request.includeGenerated(), kept);
        }

        RequestBuilder excludes(List<String> globs) {
            request = request.withExcludes(globs);
            return this;
        }

        RequestBuilder planFor(List<String> modules) {
            request = request.withPlanFor(modules);
            return this;
        }

        private RequestBuilder copy(Optional<String> level, boolean tests, boolean generated, int kept) {
            request = new AnalysisRequest(
                            request.executionRoot(),
                            request.modules(),
                            level,
                            tests,
                            generated,
                            kept,
                            request.toolVersion())
                    .withExcludes(request.excludes())
                    .withPlanFor(request.planFor());
            return this;
        }

        AnalysisRequest build() {
            return request;
        }
    }
}
