package io.github.rustfit.core.manifest;

import static io.github.rustfit.core.result.Results.module;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rustfit.core.criteria.Verdict;
import io.github.rustfit.core.result.AnalysisResult;
import io.github.rustfit.core.result.ModuleResult;
import io.github.rustfit.core.result.Results;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The property that init only ever writes a manifest the plugin itself accepts, over odd reactors:
 * names made of every character YAML could take as syntax, line breaks of every kind, controls,
 * unicode, blank names, shared artifactIds, paths that are other modules' artifactIds, and
 * reactors of hundreds of modules.
 *
 * <p>A seeded generator under JUnit's own parameterized tests rather than jqwik: jqwik is built on
 * JUnit Platform 1 and this build runs JUnit 6. Each seed is one reactor and appears in the
 * test's name, so any failure is replayed by its seed alone.
 */
class StarterManifestPropertyTest {

    private static final Path YAML = Path.of(ManifestReader.DEFAULT_FILE_NAME);
    private static final ManifestCommands COMMANDS = ManifestCommands.of("1.2.3");

    private static final int REACTORS = 250;

    static LongStream seeds() {
        return LongStream.range(0, REACTORS);
    }

    @ParameterizedTest(name = "reactor of seed {0}")
    @MethodSource("seeds")
    void init_writes_a_manifest_the_plugin_reads_back_naming_every_module(long seed) throws Exception {
        AnalysisResult reactor = reactor(new Random(seed));
        List<ModuleResult> withCode = reactor.modules().stream()
                .filter(module -> !"pom".equals(module.identity().packaging()))
                .toList();

        for (Path file : List.of(Path.of("rust-fit.yaml"), Path.of("team.json"))) {
            String text = StarterManifest.render(file, reactor, COMMANDS);

            Manifest manifest = ManifestReader.parse(file, text);
            for (ModuleResult module : withCode) {
                assertThat(manifest.componentFor(module.artifactId(), module.path()))
                        .as("the component of module %s at %s", module.artifactId(), module.path())
                        .isPresent();
            }
            assertThat(manifest.components()).extracting(Component::name).doesNotHaveDuplicates();
            assertThat(manifest.components()).isEqualTo(StarterManifest.components(reactor));
            assertThat(StarterManifest.render(file, reactor, COMMANDS)).isEqualTo(text);
        }
    }

    // ---- the generator

    /** Characters that are syntax somewhere in YAML or JSON, or that YAML folds, refuses or reads as a break. */
    private static final String AWKWARD = " \t#:'\"-?*&!%@`[]{},|>~=\\/.;<$^()+"
            + "\n\r\u0085\u2028\u2029" // line breaks, YAML 1.1's included
            + "\u0000\u0001\u0007\u0008\u000b\u000c\u001b\u001f\u007f" // C0 controls and DEL
            + "\u0080\u0090\u009b\u009f\u00a0\u00ad" // C1 controls, no-break and soft hyphen
            + "\ufeff\ufffe\uffff\u200b\u200e\u202e" // byte order mark, noncharacters, invisible and bidi
            + "\u00e9\u00fc\u00df\u4e2d\u05d0\u0301\u03a9"; // letters of several scripts, a combining mark

    /** Words YAML resolves to something other than text, and other scalars worth a try. */
    private static final List<String> WORDS = List.of(
            "yes",
            "No",
            "ON",
            "off",
            "y",
            "n",
            "true",
            "False",
            "null",
            "NULL",
            "~",
            "1",
            "1.0",
            "-1",
            "0x1F",
            "0o17",
            "1e5",
            "1_000",
            ".inf",
            "-.Inf",
            ".NaN",
            "2026-01-01",
            "12:30:00",
            "<<",
            "=",
            "-",
            "--",
            "---",
            "...",
            "? ",
            ": ",
            "- ",
            "#",
            "&a",
            "*a",
            "!!str",
            "%TAG",
            "@",
            "`",
            "|",
            ">",
            "'",
            "\"",
            "\\",
            "app",
            "core",
            "");

    private static AnalysisResult reactor(Random random) {
        int size = random.nextInt(20) == 0 ? 100 + random.nextInt(300) : random.nextInt(12);
        List<String> groupIds = List.of("com.acme", "org.example", name(random));
        List<ModuleResult> modules = new ArrayList<>();
        Set<String> paths = new HashSet<>();
        for (int i = 0; i < size; i++) {
            String artifactId = switch (random.nextInt(10)) {
                case 0, 1, 2 ->
                    modules.isEmpty()
                            ? name(random)
                            : modules.get(random.nextInt(modules.size())).artifactId(); // shared artifactId
                case 3 ->
                    modules.isEmpty()
                            ? name(random)
                            : modules.get(random.nextInt(modules.size())).path(); // another's path
                default -> name(random);
            };
            String path;
            do {
                path = i == 0 && random.nextBoolean() ? "." : path(random);
                // Maven finds every module by its directory and gives it an artifactId: never both blank
            } while (!paths.add(path) || (path.isBlank() && artifactId.isBlank()));
            String groupId = groupIds.get(random.nextInt(groupIds.size()));
            ModuleResult module = Results.module(groupId, artifactId, path);
            if (random.nextInt(8) == 0) {
                module = aggregator(module);
            }
            modules.add(module);
        }
        return Results.result(modules);
    }

    private static String path(Random random) {
        int segments = 1 + random.nextInt(3);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < segments; i++) {
            parts.add(name(random));
        }
        return String.join("/", parts);
    }

    /**
     * A name of awkward characters, a YAML word, or a mix. No lone surrogates: Java reads POMs and
     * file names into well-formed UTF-16 (undecodable bytes become U+FFFD), so a module name
     * never holds one.
     */
    private static String name(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> WORDS.get(random.nextInt(WORDS.size()));
            case 1 -> WORDS.get(random.nextInt(WORDS.size())) + chars(random, 1 + random.nextInt(3));
            case 2 -> " ".repeat(random.nextInt(3)) + (random.nextBoolean() ? "\t" : "");
            default -> chars(random, random.nextInt(10)) + (random.nextBoolean() ? "\ud83d\ude00" : "");
        };
    }

    private static String chars(Random random, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(
                    random.nextBoolean()
                            ? AWKWARD.charAt(random.nextInt(AWKWARD.length()))
                            : (char) ('a' + random.nextInt(26)));
        }
        return out.toString();
    }

    private static ModuleResult aggregator(ModuleResult m) {
        return new ModuleResult(
                new ModuleResult.Identity(m.identity().groupId(), m.artifactId(), m.path(), "pom"),
                new ModuleResult.Sources(
                        List.of(),
                        m.sources().files(),
                        m.sources().parseProblems(),
                        m.sources().notes()),
                m.graph(),
                new ModuleResult.Findings(List.of(), m.evidence().criteria()),
                new ModuleResult.Judgement(
                        m.judgement().questions(),
                        Verdict.NOT_ANALYZED,
                        m.judgement().rationale(),
                        m.judgement().whatWouldChange(),
                        null),
                null,
                null);
    }
}
