package io.github.rustfit.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.rustfit.core.manifest.Location;
import io.github.rustfit.core.manifest.Manifest;
import io.github.rustfit.core.manifest.ManifestException;
import io.github.rustfit.core.manifest.ManifestReader;
import io.github.rustfit.core.result.AnalysisResult;
import io.github.rustfit.core.result.ModuleResult;
import io.github.rustfit.core.result.ResultFiles;
import io.github.rustfit.core.result.SignalResult;
import io.github.rustfit.core.result.SuppressionUse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Suppressions applied during the analysis: what they set aside counts for them and for nothing else. */
class SuppressionsTest {

    private static final String ATOMICS = "concurrency.atomics";

    @TempDir
    Path root;

    @BeforeEach
    void reactor() throws IOException {
        // atomic references, not counters: a counter only incremented is concurrency.counters' evidence
        write("hot-cache/src/main/java/p/Cache.java", """
                package p;
                import java.util.concurrent.atomic.AtomicReference;
                final class Cache {
                    private final AtomicReference<String> last = new AtomicReference<>();
                    private volatile boolean closed;
                    String hit(String key) { return last.getAndSet(key); }
                }
                """);
        write("hot-cache/src/main/java/p/generated/Table.java", """
                package p.generated;
                import java.util.concurrent.atomic.AtomicReference;
                final class Table {
                    private final AtomicReference<Object> rows = new AtomicReference<>();
                }
                """);
        write("codec/src/main/java/q/Codec.java", """
                package q;
                import java.util.concurrent.atomic.AtomicReference;
                final class Codec {
                    private final AtomicReference<Object> frames = new AtomicReference<>();
                }
                """);
    }

    @Test
    void a_suppressed_signal_counts_toward_no_evidence_and_is_tallied_for_its_suppression_per_module()
            throws Exception {
        AnalysisResult plain = analyze(request(), new RecordingListener());
        AnalysisResult result = analyze(suppressed("""
                        suppressions:
                          - signal: concurrency.atomics
                            modules: [hot-cache]
                            reason: Counters only; no shared mutable state on the hot path.
                            reviewer: amara
                        """), new RecordingListener());

        assertThat(count(module(plain, "hot-cache"), ATOMICS)).isEqualTo(3);
        assertThat(count(module(result, "hot-cache"), ATOMICS)).isZero();
        assertThat(criterionCount(module(result, "hot-cache"), "fundamental-concurrency"))
                .isLessThan(criterionCount(module(plain, "hot-cache"), "fundamental-concurrency"));
        assertThat(count(module(result, "codec"), ATOMICS)).isEqualTo(1);
        SuppressionUse applied = new SuppressionUse(
                "rust-fit.yaml:3:5",
                ATOMICS,
                List.of(),
                "modules: hot-cache",
                "Counters only; no shared mutable state on the hot path.",
                "amara",
                3,
                Map.of(ATOMICS, 3));
        assertThat(module(result, "hot-cache").evidence().suppressions()).containsExactly(applied);
        assertThat(module(result, "codec").evidence().suppressions()).isEmpty();
        assertThat(result.suppressions()).containsExactly(applied);
        assertThat(module(plain, "hot-cache").evidence().suppressions()).isEmpty();
    }

    @Test
    void a_file_set_sets_aside_every_signal_in_its_files_and_nothing_elsewhere() throws Exception {
        AnalysisResult result = analyze(suppressed("""
                        suppressions:
                          - files: ["**/generated/**"]
                            reason: Vendored parser tables, not our code.
                            reviewer: jonas
                        """), new RecordingListener());

        assertThat(count(module(result, "hot-cache"), ATOMICS)).isEqualTo(2);
        assertThat(module(result, "hot-cache").evidence().signals())
                .flatExtracting(SignalResult::evidence)
                .noneSatisfy(evidence -> assertThat(evidence.file()).contains("/generated/"));
        assertThat(count(module(result, "codec"), ATOMICS)).isEqualTo(1);
        assertThat(result.suppressions()).singleElement().satisfies(use -> {
            assertThat(use.occurrences()).isEqualTo(1);
            assertThat(use.scope()).isEqualTo("every module");
        });
    }

    @Test
    void a_component_scope_applies_to_the_components_modules() throws Exception {
        AnalysisResult result = analyze(suppressed("""
                        components:
                          - name: wire
                            modules: [codec]
                        suppressions:
                          - signal: concurrency.atomics
                            components: [wire]
                            reason: A frame counter for metrics only.
                            reviewer: amara
                        """), new RecordingListener());

        assertThat(count(module(result, "codec"), ATOMICS)).isZero();
        assertThat(count(module(result, "hot-cache"), ATOMICS)).isEqualTo(3);
        assertThat(module(result, "codec").evidence().suppressions())
                .singleElement()
                .satisfies(use -> assertThat(use.scope()).isEqualTo("components: wire"));
    }

    @Test
    void a_suppression_that_sets_nothing_aside_is_warned_about_with_its_manifest_line() throws Exception {
        RecordingListener listener = new RecordingListener();
        AnalysisResult result = analyze(suppressed("""
                        suppressions:
                          - signal: concurrency.atomics
                            reason: Counters for metrics, everywhere.
                            reviewer: amara
                          - signal: concurrency.atomics
                            files: ["codec/**"]
                            reason: The codec's frame counter.
                            reviewer: jonas
                          - signal: concurrency.locks
                            modules: [codec]
                            reason: One lock at start-up.
                            reviewer: jonas
                        """), listener);

        assertThat(result.unusedSuppressions())
                .extracting(SuppressionUse::at)
                .containsExactly("rust-fit.yaml:6:5", "rust-fit.yaml:10:5");
        assertThat(listener.warnings)
                .containsExactly(
                        String.format(
                                Suppressions.UNUSED,
                                "rust-fit.yaml:6:5",
                                "concurrency.atomics in codec/**",
                                "every module"),
                        String.format(
                                Suppressions.UNUSED, "rust-fit.yaml:10:5", "concurrency.locks", "modules: codec"));
        assertThat(listener.warnings.get(1))
                .startsWith("rust-fit: rust-fit.yaml:10:5: the suppression of concurrency.locks (modules: codec) set"
                        + " aside nothing");
        // the first suppression that matches a finding takes it
        assertThat(result.suppressions().get(0).occurrences()).isEqualTo(4);
    }

    @Test
    void a_module_neither_the_reactor_nor_a_component_has_is_an_error_at_its_place() throws Exception {
        Manifest manifest = manifest("""
                suppressions:
                  - signal: concurrency.atomics
                    modules: [codec, hot-cach]
                    reason: Counters only.
                    reviewer: amara
                """);

        ManifestException e = catchThrowableOfType(
                ManifestException.class, () -> Suppressions.resolve(Optional.of(manifest), request()));

        assertThat(e.location()).isEqualTo(new Location(4, 22));
        assertThat(e.getMessage())
                .startsWith(manifest.file() + ":4:22: suppressions[0].modules[1]: no module of the reactor, and no"
                        + " module a component names, is 'hot-cach'. Did you mean 'hot-cache'?");
    }

    @Test
    void an_unknown_module_of_a_large_reactor_is_answered_with_the_closest_name_not_every_name() throws Exception {
        List<ModuleRequest> modules = new java.util.ArrayList<>();
        for (int i = 0; i < 188; i++) {
            modules.add(module("frontend-" + i));
        }
        modules.add(module("transports/udp"));
        AnalysisRequest large = new AnalysisRequest(root, modules, Optional.of("17"), false, false, 20, "test");
        Manifest manifest = manifest("""
                suppressions:
                  - signal: concurrency.atomics
                    modules: [transport/udp, persistence]
                    reason: Counters only.
                    reviewer: amara
                """);

        ManifestException e =
                catchThrowableOfType(ManifestException.class, () -> Suppressions.resolve(Optional.of(manifest), large));

        assertThat(e.getMessage())
                .as("a path is matched against the modules' paths")
                .isEqualTo(manifest.file() + ":4:15: suppressions[0].modules[0]: no module of the reactor, and no"
                        + " module a component names, is 'transport/udp'. Did you mean 'transports/udp'?");

        Manifest unknown = manifest("""
                suppressions:
                  - signal: concurrency.atomics
                    modules: [persistence]
                    reason: Counters only.
                    reviewer: amara
                """);
        ManifestException far =
                catchThrowableOfType(ManifestException.class, () -> Suppressions.resolve(Optional.of(unknown), large));
        assertThat(far.getMessage())
                .endsWith("is 'persistence'. Fix: write one of the reactor's 189 module(s) by artifactId or path,"
                        + " such as frontend-0, or remove it.");
    }

    @Test
    void modules_may_be_named_by_path_or_by_a_components_entry() throws Exception {
        Manifest manifest = manifest("""
                components:
                  - name: planned
                    modules: [not-yet-built]
                suppressions:
                  - signal: concurrency.atomics
                    modules: [hot-cache, codec, not-yet-built]
                    reason: Counters only.
                    reviewer: amara
                """);

        List<SuppressionRule> rules = Suppressions.resolve(Optional.of(manifest), request());

        assertThat(rules).singleElement().satisfies(rule -> {
            assertThat(rule.appliesTo("hot-cache", "hot-cache")).isTrue();
            assertThat(rule.appliesTo("x", "codec")).isTrue();
            assertThat(rule.appliesTo("other", "other")).isFalse();
        });
    }

    @Test
    void the_result_keeps_what_was_set_aside_and_reads_back_and_a_result_without_any_says_nothing() throws Exception {
        AnalysisResult result = analyze(suppressed("""
                        suppressions:
                          - signal: concurrency.atomics
                            reason: Counters only.
                            reviewer: amara
                        """), new RecordingListener());
        Path file = root.resolve("rust-fit.json");
        ResultFiles.write(result, file);

        assertThat(ResultFiles.read(file)).isEqualTo(result);
        assertThat(ResultFiles.toJson(analyze(request(), new RecordingListener())))
                .doesNotContain("suppressions");
    }

    @Test
    void a_changed_suppression_is_never_served_from_the_kept_analysis() throws Exception {
        Path cacheFile = root.resolve("cache/file-reports.zip");
        AnalysisRequest before = suppressed("""
                suppressions:
                  - signal: concurrency.atomics
                    modules: [codec]
                    reason: Counters only.
                    reviewer: amara
                """);
        AnalysisRequest after = suppressed("""
                suppressions:
                  - signal: concurrency.atomics
                    modules: [codec, hot-cache]
                    reason: Counters only.
                    reviewer: amara
                """);
        ReactorAnalyzer analyzer = new ReactorAnalyzer();
        RecordingListener listener = new RecordingListener();

        analyzer.analyze(before, listener, ReactorAnalyzerTest.cache(cacheFile, "f", listener));
        AnalysisResult widened = analyzer.analyze(after, listener, ReactorAnalyzerTest.cache(cacheFile, "f", listener));

        assertThat(count(module(widened, "hot-cache"), ATOMICS)).isZero();
        assertThat(widened.suppressions().get(0).occurrences()).isEqualTo(4);
    }

    @Test
    void a_module_signal_can_be_set_aside_too_and_then_no_longer_marks_the_module() throws Exception {
        write("examples/src/main/java/e/Demo.java", """
                package e;
                import java.util.concurrent.atomic.AtomicLong;
                final class Demo {
                    private final AtomicLong shown = new AtomicLong();
                }
                """);
        AnalysisRequest request =
                new AnalysisRequest(root, List.of(module("examples")), Optional.of("17"), false, false, 20, "test");
        Manifest manifest = manifest("""
                suppressions:
                  - signal: prototype.non-production-module
                    modules: [examples]
                    reason: Named examples, but it is the production sample server.
                    reviewer: amara
                """);

        ModuleResult plain = module(analyze(request, new RecordingListener()), "examples");
        ModuleResult suppressed = module(
                analyze(
                        request.withSuppressions(Suppressions.resolve(Optional.of(manifest), request)),
                        new RecordingListener()),
                "examples");

        assertThat(count(plain, "prototype.non-production-module")).isEqualTo(1);
        assertThat(count(suppressed, "prototype.non-production-module")).isZero();
        assertThat(suppressed.evidence().suppressions())
                .singleElement()
                .satisfies(use ->
                        assertThat(use.signals()).containsExactly(Map.entry("prototype.non-production-module", 1)));
    }

    // ---- helpers

    private AnalysisResult analyze(AnalysisRequest request, RecordingListener listener) {
        return new ReactorAnalyzer().analyze(request, listener);
    }

    private AnalysisRequest suppressed(String yaml) throws Exception {
        AnalysisRequest request = request();
        return request.withSuppressions(Suppressions.resolve(Optional.of(manifest(yaml)), request));
    }

    private Manifest manifest(String yaml) throws Exception {
        return ManifestReader.parse(Path.of("rust-fit.yaml"), "version: 1\n" + yaml);
    }

    private AnalysisRequest request() {
        return new AnalysisRequest(
                root, List.of(module("hot-cache"), module("codec")), Optional.of("17"), false, false, 20, "test");
    }

    private ModuleRequest module(String name) {
        return TestReactors.module(root, name);
    }

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static ModuleResult module(AnalysisResult result, String artifactId) {
        return result.modules().stream()
                .filter(module -> module.artifactId().equals(artifactId))
                .findFirst()
                .orElseThrow();
    }

    private static int count(ModuleResult module, String signal) {
        return module.evidence().signals().stream()
                .filter(s -> s.id().equals(signal))
                .mapToInt(SignalResult::count)
                .sum();
    }

    private static int criterionCount(ModuleResult module, String criterion) {
        return module.evidence().criteria().stream()
                .filter(score -> score.criterion().id().equals(criterion))
                .mapToInt(score -> score.count())
                .sum();
    }
}
