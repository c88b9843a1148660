package io.github.rustfit.core.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rustfit.core.analysis.AnalysisRequest;
import io.github.rustfit.core.analysis.DeclaredDependency;
import io.github.rustfit.core.analysis.ModuleRequest;
import io.github.rustfit.core.analysis.ReactorAnalyzer;
import io.github.rustfit.core.file.AnalysisListener;
import io.github.rustfit.core.result.AnalysisResult;
import io.github.rustfit.core.result.ExtractionPlan;
import io.github.rustfit.core.result.ExtractionPlan.Dependency;
import io.github.rustfit.core.result.ModuleResult;
import io.github.rustfit.core.source.SourceRoot;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the whole analysis over each small reactor under {@code extraction-fixtures/} and checks the
 * plan of the module that declares {@code // expect: boundary <KIND>} against the fixture's {@code
 * // expect:} comments: which classes are in the cut, which declarations are entry points, what the
 * cut needs, how a type crosses. A class or a declaration without such a comment must not be in the cut or be an entry
 * point, so a near-miss is specified by leaving the comment out (see the fixtures' README).
 */
class ExtractionFixturesTest {

    private static final Pattern EXPECT = Pattern.compile("//\\s*expect:\\s*(.+)$");

    static Stream<Path> fixtures() throws IOException, URISyntaxException {
        Path root = Path.of(Objects.requireNonNull(ExtractionFixturesTest.class.getResource("/extraction-fixtures"))
                .toURI());
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    /** One {@code // expect:} item: what, where (file relative to the fixture, line), and its argument. */
    record Expectation(String what, String file, int line, String argument) {}

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void the_plan_has_exactly_the_cut_entry_points_needs_and_boundary_the_fixture_expects(Path fixture)
            throws IOException {
        List<Expectation> expected = expectations(fixture);
        Expectation boundary = expected.stream()
                .filter(e -> e.what().equals("boundary"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(fixture + " names no boundary to expect"));
        String planned = boundary.file().substring(0, boundary.file().indexOf('/'));

        ExtractionPlan plan = plan(fixture, planned);

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(plan.boundary().kind().name())
                .as("boundary of %s (%s)", planned, plan.boundary().reason())
                .isEqualTo(boundary.argument());
        softly.assertThat(new TreeSet<>(plan.cut().classes().stream()
                        .map(ExtractionPlan.CutClass::file)
                        .toList()))
                .as("the cut (%s)", plan.cut().explanation())
                .isEqualTo(new TreeSet<>(expected.stream()
                        .filter(e -> e.what().equals("cut"))
                        .map(Expectation::file)
                        .toList()));
        softly.assertThat(new TreeSet<>(plan.entryPoints().stream()
                        .map(ExtractionPlan.EntryPoint::location)
                        .filter(location -> !location.isEmpty())
                        .toList()))
                .as("entry points declared in the fixture")
                .isEqualTo(new TreeSet<>(expected.stream()
                        .filter(e -> e.what().equals("entry"))
                        .map(e -> e.file() + ":" + e.line())
                        .toList()));
        for (Expectation need :
                expected.stream().filter(e -> e.what().equals("needs")).toList()) {
            softly.assertThat(needs(plan.needs())).as("needs").contains(withSortedTypes(need.argument()));
        }
        for (Expectation crosses :
                expected.stream().filter(e -> e.what().equals("crosses")).toList()) {
            String type = crosses.argument().substring(0, crosses.argument().indexOf(" as "));
            softly.assertThat(new TreeSet<>(plan.entryPoints().stream()
                            .flatMap(entry -> entry.crossing().stream())
                            .filter(crossing -> crossing.type().equals(type))
                            .map(crossing -> type + " as " + crossing.why())
                            .toList()))
                    .as("how %s crosses", type)
                    .containsExactly(crosses.argument());
        }
        softly.assertAll();
    }

    /**
     * Every need as {@code "<kind> <name>"}, the way fixtures write them, and a module or library
     * also as {@code "<kind> <name> [<types, in name order>]"}.
     */
    private static List<String> needs(ExtractionPlan.Needs needs) {
        List<String> all = new ArrayList<>();
        for (Dependency module : needs.modules()) {
            all.add("module " + module.name());
            all.add("module " + module.name() + " " + new TreeSet<>(module.types()));
        }
        for (Dependency library : needs.libraries()) {
            String name = "library " + (library.declaredAs().isEmpty() ? library.name() : library.declaredAs());
            all.add(name);
            all.add(name + " " + new TreeSet<>(library.types()));
        }
        needs.facilities().forEach(facility -> all.add("facility " + facility.kind()));
        needs.unresolved().forEach(name -> all.add("unresolved " + name));
        return all;
    }

    /** A need as a fixture writes it, its {@code [types]}, if any, put in name order. */
    private static String withSortedTypes(String need) {
        int open = need.indexOf(" [");
        if (open < 0 || !need.endsWith("]")) {
            return need;
        }
        return need.substring(0, open) + " "
                + new TreeSet<>(
                        List.of(need.substring(open + 2, need.length() - 1).split("\\s*,\\s*")));
    }

    private static ExtractionPlan plan(Path fixture, String planned) throws IOException {
        List<ModuleRequest> modules = new ArrayList<>();
        try (Stream<Path> children = Files.list(fixture)) {
            for (Path module : children.filter(Files::isDirectory).sorted().toList()) {
                List<DeclaredDependency> dependencies = new ArrayList<>();
                Path declared = module.resolve("dependencies.txt");
                if (Files.exists(declared)) {
                    for (String line : Files.readAllLines(declared)) {
                        if (!line.isBlank()) {
                            String[] coordinates = line.strip().split(":");
                            dependencies.add(new DeclaredDependency(coordinates[0], coordinates[1], "compile"));
                        }
                    }
                }
                modules.add(new ModuleRequest(
                        "fixtures",
                        module.getFileName().toString(),
                        module,
                        module.resolve("pom.xml"),
                        "jar",
                        StandardCharsets.UTF_8,
                        List.of(new SourceRoot(module, SourceRoot.Kind.MAIN)),
                        dependencies));
            }
        }
        AnalysisRequest request = new AnalysisRequest(fixture, modules, Optional.empty(), false, false, 20, "test")
                .withPlanFor(List.of(planned));
        AnalysisResult result = new ReactorAnalyzer().analyze(request, AnalysisListener.SILENT);
        ModuleResult module = result.modules().stream()
                .filter(m -> m.artifactId().equals(planned))
                .findFirst()
                .orElseThrow();
        assertThat(module.extraction()).as("the plan asked for").isNotNull();
        return module.extraction();
    }

    static List<Expectation> expectations(Path fixture) throws IOException {
        List<Expectation> expected = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(fixture)) {
            files = walk.filter(file -> file.toString().endsWith(".java"))
                    .sorted()
                    .toList();
        }
        for (Path file : files) {
            String relative = fixture.relativize(file).toString().replace('\\', '/');
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                Matcher matcher = EXPECT.matcher(lines.get(i));
                if (!matcher.find()) {
                    continue;
                }
                String text = matcher.group(1).strip();
                List<String> items =
                        text.startsWith("boundary ") || text.startsWith("needs ") || text.startsWith("crosses ")
                                ? List.of(text)
                                : List.of(text.split("\\s*,\\s*"));
                for (String item : items) {
                    int space = item.indexOf(' ');
                    expected.add(new Expectation(
                            space < 0 ? item : item.substring(0, space),
                            relative,
                            i + 1,
                            space < 0 ? "" : item.substring(space + 1)));
                }
            }
        }
        return expected;
    }
}
