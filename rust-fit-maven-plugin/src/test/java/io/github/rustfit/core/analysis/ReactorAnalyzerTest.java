package io.github.rustfit.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.MethodCallExpr;
import io.github.rustfit.core.cache.FileReportCache;
import io.github.rustfit.core.criteria.Answer;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.criteria.CriterionScore;
import io.github.rustfit.core.criteria.Question;
import io.github.rustfit.core.criteria.Verdict;
import io.github.rustfit.core.fork.ForkMode;
import io.github.rustfit.core.fork.ForkedParsing;
import io.github.rustfit.core.fork.Launch;
import io.github.rustfit.core.result.AnalysisResult;
import io.github.rustfit.core.result.ModuleResult;
import io.github.rustfit.core.result.ResultFiles;
import io.github.rustfit.core.result.SignalResult;
import io.github.rustfit.core.signals.Findings;
import io.github.rustfit.core.signals.Signal;
import io.github.rustfit.core.source.SourceRoot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReactorAnalyzerTest {

    /** A stand-in signal, so these tests specify the orchestration and not any real signal. */
    static final class LockCalls implements Signal {
        @Override
        public String id() {
            return "test.lock-calls";
        }

        @Override
        public Criterion criterion() {
            return Criterion.FUNDAMENTAL_CONCURRENCY;
        }

        @Override
        public String description() {
            return "Calls to a method named lock.";
        }

        @Override
        public void inspect(CompilationUnit unit, Findings findings) {
            unit.findAll(MethodCallExpr.class, call -> call.getNameAsString().equals("lock"))
                    .forEach(findings::report);
        }
    }

    @TempDir
    Path root;

    private final RecordingListener listener = new RecordingListener();
    private final List<String> warnings = listener.warnings;

    private AnalysisResult analyze(List<ModuleRequest> modules) {
        return analyze(modules, 20);
    }

    private AnalysisResult analyze(List<ModuleRequest> modules, int maxEvidence) {
        AnalysisRequest request =
                new AnalysisRequest(root, modules, Optional.empty(), false, false, maxEvidence, "test-version");
        return new ReactorAnalyzer(List.of(new LockCalls()), List.of()).analyze(request, listener);
    }

    private ModuleRequest module(String path, String artifactId, String packaging, DeclaredDependency... deps) {
        Path base = path.equals(".") ? root : root.resolve(path);
        return new ModuleRequest(
                "g",
                artifactId,
                base,
                base.resolve("pom.xml"),
                packaging,
                StandardCharsets.UTF_8,
                List.of(
                        new SourceRoot(base.resolve("src/main/java"), SourceRoot.Kind.MAIN),
                        new SourceRoot(base.resolve("src/test/java"), SourceRoot.Kind.TEST),
                        new SourceRoot(base.resolve("target/generated-sources/x"), SourceRoot.Kind.GENERATED)),
                List.of(deps));
    }

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    static final io.github.rustfit.core.cache.CacheKey KEY = io.github.rustfit.core.cache.CacheKey.of(
            "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));

    /** A read-write cache under the test key, knowing the stand-in signal and every registered one. */
    static FileReportCache cache(Path file, String fingerprint, RecordingListener listener) {
        java.util.Set<String> ids = new java.util.HashSet<>(java.util.Set.of(new LockCalls().id()));
        io.github.rustfit.core.signals.registry.SignalRegistry.fileSignals().forEach(signal -> ids.add(signal.id()));
        return FileReportCache.open(
                file,
                io.github.rustfit.core.cache.CacheMode.READ_WRITE,
                fingerprint,
                KEY,
                new io.github.rustfit.core.file.FileReportCodec(ids),
                listener);
    }

    private static ModuleResult byPath(AnalysisResult result, String path) {
        return result.modules().stream()
                .filter(m -> m.path().equals(path))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void files_the_user_excludes_are_not_analysed_and_are_counted_per_module() throws IOException {
        write(
                "app/src/main/java/a/Kept.java",
                "package a; class Kept { void f(java.util.concurrent.locks.Lock l) { l.lock(); } }");
        write(
                "app/src/main/java/a/generated/Made.java",
                "package a.generated; class Made { void f(L l) { l.lock(); } }");
        write("generated/src/main/java/b/Top.java", "package b; class Top { void f(L l) { l.lock(); } }");
        AnalysisRequest request = new AnalysisRequest(
                        root,
                        List.of(module("app", "app", "jar"), module("generated", "gen", "jar")),
                        Optional.empty(),
                        false,
                        false,
                        20,
                        "test-version")
                .withExcludes(List.of("**/generated/**"));

        AnalysisResult result = new ReactorAnalyzer(List.of(new LockCalls()), List.of()).analyze(request, listener);

        ModuleResult app = byPath(result, "app");
        assertThat(app.sources().files().seen()).isOne();
        assertThat(app.sources().files().excluded()).isOne();
        assertThat(app.evidence().signals())
                .singleElement()
                .satisfies(signal -> assertThat(signal.count()).isOne());
        assertThat(byPath(result, "generated").sources().files().excluded())
                .as("a leading **/ also matches the top directory")
                .isOne();
        assertThat(result.summary().files().excluded()).isEqualTo(2);
        assertThat(ResultFiles.toJson(result)).contains("\"excluded\" : 1");
    }

    @Test
    void an_exclusion_that_matches_no_file_is_warned_about_once_naming_the_glob_and_the_fix() throws IOException {
        write("app/src/main/java/a/Kept.java", "package a; class Kept {}");
        write("app/src/main/java/a/generated/Made.java", "package a.generated; class Made {}");
        write("other/src/main/java/b/Gen.java", "package b; class Gen {}");
        AnalysisRequest request = new AnalysisRequest(
                        root,
                        List.of(module("app", "app", "jar"), module("other", "other", "jar")),
                        Optional.empty(),
                        false,
                        false,
                        20,
                        "test-version")
                .withExcludes(List.of("**/genrated/**", "**/generated/**", "**/a/generated/**"));

        new ReactorAnalyzer(List.of(new LockCalls()), List.of()).analyze(request, listener);

        // the second glob also matches what the third does: each counts as used
        assertThat(listener.warnings)
                .containsExactly("rust-fit: the rustfit.excludes glob '**/genrated/**' set aside nothing: it matched"
                        + " none of the source files this run reads. Fix: correct it (globs are relative to the"
                        + " execution root, such as **/generated/**), or remove it.");
    }

    @Test
    void a_result_without_exclusions_has_no_excluded_counts_in_its_file() throws IOException {
        write("app/src/main/java/a/Kept.java", "package a; class Kept {}");

        AnalysisResult result = analyze(List.of(module("app", "app", "jar")));

        assertThat(ResultFiles.toJson(result)).doesNotContain("excluded");
    }

    @Test
    void covers_every_module_and_reports_paths_relative_to_the_execution_root() throws IOException {
        write("core/src/main/java/p/A.java", "package p;\nclass A {\n  void m() { l.lock(); }\n}\n");

        AnalysisResult result = analyze(List.of(module(".", "parent", "pom"), module("core", "core", "jar")));

        assertThat(result.modules()).extracting(ModuleResult::path).containsExactly(".", "core");
        ModuleResult core = byPath(result, "core");
        assertThat(core.sources().roots()).containsExactly("core/src/main/java");
        SignalResult signal = core.evidence().signals().get(0);
        assertThat(signal.id()).isEqualTo("test.lock-calls");
        assertThat(signal.count()).isEqualTo(1);
        assertThat(signal.evidence()).singleElement().satisfies(evidence -> {
            assertThat(evidence.file()).isEqualTo("core/src/main/java/p/A.java");
            assertThat(evidence.line()).isEqualTo(3);
            assertThat(evidence.snippet()).isEqualTo("void m() { l.lock(); }");
        });
        assertThat(byPath(result, ".").verdict()).isEqualTo(Verdict.NOT_ANALYZED);
        assertThat(result.schemaVersion()).isEqualTo(AnalysisResult.SCHEMA_VERSION);
        assertThat(result.toolVersion()).isEqualTo("test-version");
    }

    @Test
    void a_file_that_does_not_parse_is_counted_and_listed_and_the_rest_is_still_analysed() throws IOException {
        write("m/src/main/java/p/Good.java", "package p;\nclass Good { void m() { a.lock(); } }\n");
        write("m/src/main/java/p/Broken.java", "package p;\nclass Broken {\n  void m( {\n}\n");

        ModuleResult module =
                analyze(List.of(module("m", "m", "jar"))).modules().get(0);

        assertThat(module.sources().files().seen()).isEqualTo(2);
        assertThat(module.sources().files().parsed()).isEqualTo(1);
        assertThat(module.sources().files().failed()).isEqualTo(1);
        assertThat(module.sources().parseProblems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("m/src/main/java/p/Broken.java");
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.message()).isNotBlank();
        });
        assertThat(module.evidence().signals())
                .singleElement()
                .extracting(SignalResult::count)
                .isEqualTo(1);
    }

    @Test
    void a_java_file_holding_something_else_is_a_parse_problem_not_a_crash() throws IOException {
        write("m/src/main/java/p/Readme.java", "# This is markdown\n\n* not java *\n");

        ModuleResult module =
                analyze(List.of(module("m", "m", "jar"))).modules().get(0);

        assertThat(module.sources().files().failed()).isEqualTo(1);
        assertThat(module.verdict()).isEqualTo(Verdict.NOT_ANALYZED);
    }

    @Test
    void test_and_generated_roots_are_skipped_unless_asked_for() throws IOException {
        write("m/src/main/java/p/A.java", "package p; class A {}");
        write("m/src/test/java/p/ATest.java", "package p; class ATest { void t() { x.lock(); } }");
        write("m/target/generated-sources/x/p/Gen.java", "package p; class Gen { void g() { x.lock(); } }");

        ModuleResult plain = analyze(List.of(module("m", "m", "jar"))).modules().get(0);
        AnalysisRequest everything =
                new AnalysisRequest(root, List.of(module("m", "m", "jar")), Optional.empty(), true, true, 20, "v");
        ModuleResult all = new ReactorAnalyzer(List.of(new LockCalls()), List.of())
                .analyze(everything, io.github.rustfit.core.file.AnalysisListener.SILENT)
                .modules()
                .get(0);

        assertThat(plain.sources().files().seen()).isEqualTo(1);
        assertThat(plain.evidence().signals()).isEmpty();
        assertThat(all.sources().files().seen()).isEqualTo(3);
        assertThat(all.evidence().signals())
                .singleElement()
                .extracting(SignalResult::count)
                .isEqualTo(2);
    }

    @Test
    void a_missing_source_root_is_quietly_empty_and_a_file_in_its_place_is_a_note() throws IOException {
        write("m/src/main/java", "not a directory");

        ModuleResult module = analyze(List.of(module("m", "m", "jar"), module("n", "n", "jar")))
                .modules()
                .get(0);

        assertThat(module.sources().notes()).singleElement().asString().contains("m/src/main/java is not a directory");
        assertThat(warnings).anySatisfy(w -> assertThat(w).startsWith("m: Source root m/src/main/java"));
        assertThat(module.verdict()).isEqualTo(Verdict.NOT_ANALYZED);
    }

    @Test
    void a_file_in_the_wrong_encoding_is_analysed_and_the_user_told_which_line_to_fix() throws IOException {
        Path file = root.resolve("m/src/main/java/p/Latin.java");
        Files.createDirectories(file.getParent());
        Files.write(
                file,
                "package p;\n// caf\u00e9\nclass Latin { void m() { a.lock(); } }\n"
                        .getBytes(StandardCharsets.ISO_8859_1));

        ModuleResult module =
                analyze(List.of(module("m", "m", "jar"))).modules().get(0);

        assertThat(module.sources().files().parsed()).isEqualTo(1);
        assertThat(module.sources().notes())
                .singleElement()
                .asString()
                .startsWith("m/src/main/java/p/Latin.java:2: bytes that are not valid UTF-8")
                .contains("project.build.sourceEncoding");
        assertThat(warnings).hasSize(1);
    }

    @Test
    void dependents_come_from_declared_reactor_dependencies_outside_test_scope() throws IOException {
        write("lib/src/main/java/p/L.java", "package p; class L {}");
        write("app/src/main/java/a/A.java", "package a; class A {}");
        write("web/src/main/java/w/W.java", "package w; class W {}");
        ModuleRequest lib = module("lib", "lib", "jar");
        ModuleRequest app = module("app", "app", "jar", new DeclaredDependency("g", "lib", "compile"));
        ModuleRequest web = module("web", "web", "war", new DeclaredDependency("g", "lib", "runtime"));
        ModuleRequest tests = module("it", "it", "jar", new DeclaredDependency("g", "lib", "test"));
        ModuleRequest external = module("ext", "ext", "jar", new DeclaredDependency("other", "lib", "compile"));

        AnalysisResult result = analyze(List.of(lib, app, web, tests, external));

        assertThat(byPath(result, "lib").graph().dependents()).containsExactly("app", "web");
        assertThat(byPath(result, "app").graph().dependsOn()).containsExactly("lib");
        assertThat(byPath(result, "it").graph().dependsOn()).isEmpty();
        assertThat(byPath(result, "ext").graph().dependsOn()).isEmpty();
    }

    @Test
    void evidence_is_capped_spread_over_files_and_every_occurrence_still_counted() throws IOException {
        StringBuilder many = new StringBuilder("package p;\nclass A {\n");
        for (int i = 0; i < 10; i++) {
            many.append("  void m").append(i).append("() { l.lock(); }\n");
        }
        write("m/src/main/java/p/A.java", many + "}\n");
        write("m/src/main/java/p/B.java", "package p;\nclass B { void m() { l.lock(); } }\n");

        SignalResult signal = analyze(List.of(module("m", "m", "jar")), 4)
                .modules()
                .get(0)
                .evidence()
                .signals()
                .get(0);

        assertThat(signal.count()).isEqualTo(11);
        assertThat(signal.evidence()).hasSize(4);
        assertThat(signal.evidenceOmitted()).isEqualTo(7);
        assertThat(signal.evidence())
                .extracting(e -> e.file().substring(e.file().lastIndexOf('/') + 1))
                .contains("A.java", "B.java");
        assertThat(signal.evidence()).isSorted();
    }

    @Test
    void an_unknown_language_level_is_refused_before_any_work() {
        AnalysisRequest request = new AnalysisRequest(root, List.of(), Optional.of("JAVA_99"), false, false, 20, "v");

        assertThatThrownBy(() ->
                        new ReactorAnalyzer().analyze(request, io.github.rustfit.core.file.AnalysisListener.SILENT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("JAVA_99");
    }

    @Test
    void the_summary_counts_every_verdict_and_all_files() throws IOException {
        write("a/src/main/java/p/A.java", "package p; class A {}");
        write("b/src/main/java/p/B.java", "package p; class B {");

        AnalysisResult result =
                analyze(List.of(module(".", "root", "pom"), module("a", "a", "jar"), module("b", "b", "jar")));

        assertThat(result.summary().modules()).isEqualTo(3);
        assertThat(result.summary().verdicts()).containsOnlyKeys(Verdict.values());
        assertThat(result.summary().verdicts().get(Verdict.NOT_ANALYZED)).isEqualTo(2);
        assertThat(result.summary().verdicts().get(Verdict.KEEP)).isEqualTo(1);
        assertThat(result.summary().files().seen()).isEqualTo(2);
        assertThat(result.summary().files().failed()).isEqualTo(1);
    }

    @Test
    void a_run_with_a_warm_cache_gives_the_same_result_and_parses_only_changed_files() throws IOException {
        write("m/src/main/java/p/A.java", "package p;\nclass A { void m() { l.lock(); } }\n");
        write("m/src/main/java/p/B.java", "package p;\nclass B { void m() { l.lock(); l.lock(); } }\n");
        write("m/src/main/java/p/C.java", "package p;\nclass C {\n");
        List<ModuleRequest> modules = List.of(module("m", "m", "jar"));
        AnalysisRequest request = new AnalysisRequest(root, modules, Optional.empty(), false, false, 20, "v");
        ReactorAnalyzer analyzer = new ReactorAnalyzer(List.of(new LockCalls()), List.of());
        Path cacheFile = root.resolve("target/rust-fit/cache/file-reports.zip");
        String fingerprint = analyzer.cacheFingerprint(request, "v");

        FileReportCache cold = cache(cacheFile, fingerprint, listener);
        AnalysisResult first = analyzer.analyze(request, listener, cold);
        FileReportCache warm = cache(cacheFile, fingerprint, listener);
        AnalysisResult second = analyzer.analyze(request, listener, warm);
        write("m/src/main/java/p/B.java", "package p;\nclass B { void m() { l.lock(); } }\n");
        FileReportCache touched = cache(cacheFile, fingerprint, listener);
        AnalysisResult third = analyzer.analyze(request, listener, touched);

        assertThat(cold.misses()).isEqualTo(3);
        assertThat(second).isEqualTo(first);
        assertThat(warm.hits()).isEqualTo(3);
        assertThat(warm.misses()).isZero();
        assertThat(touched.misses()).isEqualTo(1);
        assertThat(third.modules().get(0).evidence().signals().get(0).count()).isEqualTo(2);
    }

    @Test
    void four_threads_give_the_same_result_as_one_with_and_without_a_cache() throws IOException {
        java.util.Random random = new java.util.Random(7);
        for (String module : List.of("a", "b", "c")) {
            for (int i = 0; i < 60; i++) {
                StringBuilder body = new StringBuilder("package p")
                        .append(module)
                        .append(";\nclass C")
                        .append(i);
                body.append(" {\n");
                for (int call = random.nextInt(6); call > 0; call--) {
                    body.append("  void m").append(call).append("() { l.lock(); }\n");
                }
                write(module + "/src/main/java/p/C" + i + ".java", i % 17 == 5 ? "class Broken {" : body + "}\n");
            }
        }
        List<ModuleRequest> modules =
                List.of(module("a", "a", "jar"), module("b", "b", "jar"), module("c", "c", "jar"));
        AnalysisRequest request = new AnalysisRequest(root, modules, Optional.empty(), false, false, 3, "v");
        ReactorAnalyzer serial = new ReactorAnalyzer(List.of(new LockCalls()), List.of());
        ReactorAnalyzer parallel = serial.withThreads(4);
        Path cacheFile = root.resolve("cache.zip");
        String fingerprint = parallel.cacheFingerprint(request, "v");

        AnalysisResult expected = serial.analyze(request, listener);
        FileReportCache cold = cache(cacheFile, fingerprint, listener);
        AnalysisResult coldParallel = parallel.analyze(request, listener, cold);
        FileReportCache warm = cache(cacheFile, fingerprint, listener);
        AnalysisResult warmParallel = parallel.analyze(request, listener, warm);

        assertThat(coldParallel).isEqualTo(expected);
        assertThat(warmParallel).isEqualTo(expected);
        assertThat(cold.misses()).isEqualTo(180);
        assertThat(warm.hits()).isEqualTo(180);
        assertThat(expected.summary().files().failed()).isPositive();
    }

    /** Three modules of fixture files: real code for the registered signals, and one broken file. */
    private AnalysisRequest fixtureReactor() throws IOException, java.net.URISyntaxException {
        Path fixtures = Path.of(getClass().getResource("/signal-fixtures").toURI());
        List<Path> files;
        try (java.util.stream.Stream<Path> walk = Files.walk(fixtures)) {
            files = walk.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        for (int i = 0; i < files.size(); i++) {
            String module = List.of("a", "b", "c").get(i % 3);
            write(module + "/src/main/java/f/F" + i + ".java", Files.readString(files.get(i)));
        }
        write("b/src/main/java/f/Broken.java", "class Broken {");
        List<ModuleRequest> modules = List.of(
                module("a", "a", "jar"),
                module("b", "b", "jar", new DeclaredDependency("g", "a", "compile")),
                module("c", "c", "jar"));
        return new AnalysisRequest(root, modules, Optional.empty(), false, false, 5, "v");
    }

    private static final String FORKED = "file(s) parsed in a separate JVM";

    @Test
    void parsing_in_a_separate_jvm_gives_the_same_result_cold_and_warm() throws Exception {
        AnalysisRequest request = fixtureReactor();
        ReactorAnalyzer here = new ReactorAnalyzer()
                .withThreads(2)
                .withParsing(ForkedParsing.strategy(ForkMode.NEVER, () -> {
                    throw new AssertionError("never forks");
                }));
        ReactorAnalyzer forking = new ReactorAnalyzer()
                .withThreads(2)
                .withParsing(ForkedParsing.strategy(ForkMode.ALWAYS, () -> Launch.forParsing(2, 1 << 20, List.of())));
        Path cacheFile = root.resolve("cache.zip");
        String fingerprint = forking.cacheFingerprint(request, "v");

        AnalysisResult expected = here.analyze(request, listener);
        AnalysisResult uncached = forking.analyze(request, listener);
        AnalysisResult cold = forking.analyze(request, listener, cache(cacheFile, fingerprint, listener));
        Files.writeString(root.resolve("a/src/main/java/f/Touched.java"), "package f;\nclass Touched {}\n");
        RecordingListener warmListener = new RecordingListener();
        AnalysisResult warm = forking.analyze(request, warmListener, cache(cacheFile, fingerprint, warmListener));

        assertThat(uncached).isEqualTo(expected);
        assertThat(cold).isEqualTo(expected);
        assertThat(listener.info).filteredOn(line -> line.contains(FORKED)).hasSize(2);
        assertThat(expected.summary().files().failed()).isEqualTo(1);
        assertThat(expected.modules())
                .anyMatch(module -> !module.evidence().signals().isEmpty());
        // one new file in a module the cache knows: parsed in the separate JVM, as always asks
        assertThat(warm.summary().files().seen())
                .isEqualTo(expected.summary().files().seen() + 1);
        assertThat(warmListener.info).anyMatch(line -> line.contains("1 " + FORKED));
        assertThat(warnings).isEmpty();
    }

    @Test
    void a_separate_jvm_that_stops_leaves_the_rest_to_this_one_with_the_same_result() throws Exception {
        AnalysisRequest request = fixtureReactor();
        Launch usual = Launch.forParsing(1, 1 << 20, List.of());
        Launch crashing = new Launch(
                usual.java(),
                usual.classPath(),
                usual.jvmArguments(),
                io.github.rustfit.core.fork.AnswersOnceThenExits.class.getName());
        ReactorAnalyzer here = new ReactorAnalyzer();
        ReactorAnalyzer failing =
                new ReactorAnalyzer().withParsing(ForkedParsing.strategy(ForkMode.ALWAYS, () -> crashing));

        AnalysisResult expected = here.analyze(request, new RecordingListener());
        AnalysisResult result = failing.analyze(request, listener);

        assertThat(warnings).singleElement().asString().startsWith("rust-fit: parsing in a separate JVM failed (");
        assertThat(result).isEqualTo(expected);
        assertThat(listener.info).anyMatch(line -> line.contains("1 " + FORKED));
    }

    @Test
    void auto_does_not_start_a_jvm_for_a_few_files_and_other_signals_never_do() throws Exception {
        AnalysisRequest request = fixtureReactor();
        java.util.function.Supplier<Launch> refuse = () -> {
            throw new AssertionError("no JVM should be started");
        };

        new ReactorAnalyzer()
                .withParsing(ForkedParsing.strategy(ForkMode.AUTO, refuse))
                .analyze(request, listener);
        new ReactorAnalyzer(List.of(new LockCalls()), List.of())
                .withParsing(ForkedParsing.strategy(ForkMode.ALWAYS, refuse))
                .analyze(request, listener);

        assertThat(listener.info).noneMatch(line -> line.contains(FORKED));
    }

    @Test
    void fewer_than_one_thread_is_refused() {
        ReactorAnalyzer analyzer = new ReactorAnalyzer(List.of(new LockCalls()), List.of());

        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> analyzer.withThreads(0))
                .withMessage("threads must be at least 1, was 0");
    }

    @Test
    void an_unchanged_reactor_is_served_whole_from_the_cache_without_rewriting_it() throws IOException {
        write("m/src/main/java/p/A.java", "package p;\nclass A { void m() { l.lock(); } }\n");
        write("n/src/main/java/q/B.java", "package q;\nclass B {\n");
        List<ModuleRequest> modules = List.of(module("m", "m", "jar"), module("n", "n", "jar"));
        AnalysisRequest request = new AnalysisRequest(root, modules, Optional.empty(), false, false, 20, "v");
        ReactorAnalyzer analyzer = new ReactorAnalyzer(List.of(new LockCalls()), List.of());
        Path cacheFile = root.resolve("cache.zip");
        String fingerprint = analyzer.cacheFingerprint(request, "v");
        AnalysisResult first = analyzer.analyze(request, listener, cache(cacheFile, fingerprint, listener));
        java.nio.file.attribute.FileTime longAgo = java.nio.file.attribute.FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(cacheFile, longAgo);

        FileReportCache warm = cache(cacheFile, fingerprint, listener);
        AnalysisResult second = analyzer.analyze(request, listener, warm);

        assertThat(ResultFiles.toJson(second)).isEqualTo(ResultFiles.toJson(first));
        assertThat(warm.hits()).isEqualTo(2);
        assertThat(warm.misses()).isZero();
        assertThat(Files.getLastModifiedTime(cacheFile)).isEqualTo(longAgo);
        assertThat(listener.info).last().asString().contains("parsed 0 changed file(s), reused 2 unchanged");
    }

    @Test
    void a_run_over_part_of_the_reactor_leaves_the_whole_reactors_entries_and_kept_analysis_to_the_next_full_run()
            throws IOException {
        write("m/src/main/java/p/A.java", "package p;\nclass A { void m() { l.lock(); } }\n");
        write("n/src/main/java/q/B.java", "package q;\nclass B {}\n");
        ModuleRequest m = module("m", "m", "jar");
        ModuleRequest n = module("n", "n", "jar");
        AnalysisRequest whole = new AnalysisRequest(root, List.of(m, n), Optional.empty(), false, false, 20, "v");
        AnalysisRequest part = new AnalysisRequest(root, List.of(n), Optional.empty(), false, false, 20, "v");
        ReactorAnalyzer analyzer = new ReactorAnalyzer(List.of(new LockCalls()), List.of());
        Path cacheFile = root.resolve("cache.zip");
        String fingerprint = analyzer.cacheFingerprint(whole, "v");
        AnalysisResult first = analyzer.analyze(whole, listener, cache(cacheFile, fingerprint, listener));
        // as -pl n would: the one module, reused from the cache
        FileReportCache partial = cache(cacheFile, fingerprint, listener);
        analyzer.analyze(part, listener, partial);
        assertThat(partial.misses()).isZero();

        FileReportCache again = cache(cacheFile, fingerprint, listener);
        AnalysisResult second = analyzer.analyze(whole, listener, again);
        FileReportCache partialAgain = cache(cacheFile, fingerprint, listener);
        analyzer.analyze(part, listener, partialAgain);
        // a file added to n: the whole reactor's analysis no longer serves, m's entries still do
        write("n/src/main/java/q/C.java", "package q;\nclass C {}\n");
        FileReportCache touched = cache(cacheFile, fingerprint, listener);
        analyzer.analyze(whole, listener, touched);

        assertThat(ResultFiles.toJson(second)).isEqualTo(ResultFiles.toJson(first));
        assertThat(again.misses()).isZero();
        assertThat(again.hits()).isEqualTo(2);
        assertThat(partialAgain.misses()).isZero();
        assertThat(touched.misses()).isEqualTo(1);
        assertThat(touched.hits()).isEqualTo(2);
        assertThat(warnings).isEmpty();
    }

    @Test
    void a_changed_request_or_a_touched_file_is_not_served_whole_but_file_by_file() throws IOException {
        Path a = root.resolve("m/src/main/java/p/A.java");
        write("m/src/main/java/p/A.java", "package p;\nclass A { void m() { l.lock(); } }\n");
        List<ModuleRequest> modules = List.of(module("m", "m", "jar"));
        AnalysisRequest request = new AnalysisRequest(root, modules, Optional.empty(), false, false, 20, "v");
        ReactorAnalyzer analyzer = new ReactorAnalyzer(List.of(new LockCalls()), List.of());
        Path cacheFile = root.resolve("cache.zip");
        String fingerprint = analyzer.cacheFingerprint(request, "v");
        analyzer.analyze(request, listener, cache(cacheFile, fingerprint, listener));

        AnalysisRequest declared = request.withDeclaredAnswers(Map.of(
                "m",
                Map.of(
                        io.github.rustfit.core.criteria.Question.SHARED_INFRASTRUCTURE,
                        io.github.rustfit.core.criteria.Answer.YES)));
        AnalysisResult withAnswer = analyzer.analyze(declared, listener, cache(cacheFile, fingerprint, listener));
        Files.setLastModifiedTime(a, java.nio.file.attribute.FileTime.fromMillis(5_000_000L));
        FileReportCache touched = cache(cacheFile, fingerprint, listener);
        analyzer.analyze(declared, listener, touched);

        assertThat(withAnswer.modules().get(0).judgement().questions())
                .filteredOn(
                        answer -> answer.question() == io.github.rustfit.core.criteria.Question.SHARED_INFRASTRUCTURE)
                .singleElement()
                .satisfies(answer -> assertThat(answer.overridden()).isTrue());
        assertThat(touched.hits()).isEqualTo(1);
        assertThat(touched.misses()).isZero();
    }

    @Test
    void a_kept_analysis_changed_since_it_was_written_is_ignored_with_a_warning_and_the_files_are_served_one_by_one()
            throws IOException {
        write("m/src/main/java/p/A.java", "package p;\nclass A { void m() { l.lock(); } }\n");
        AnalysisRequest request =
                new AnalysisRequest(root, List.of(module("m", "m", "jar")), Optional.empty(), false, false, 20, "v");
        ReactorAnalyzer analyzer = new ReactorAnalyzer(List.of(new LockCalls()), List.of());
        Path cacheFile = root.resolve("cache.zip");
        String fingerprint = analyzer.cacheFingerprint(request, "v");
        AnalysisResult first = analyzer.analyze(request, listener, cache(cacheFile, fingerprint, listener));
        // the same cache, with the kept analysis cut short
        Path damaged = root.resolve("damaged.zip");
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(cacheFile.toFile());
                java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(damaged))) {
            for (java.util.zip.ZipEntry entry : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                byte[] bytes = in.getInputStream(entry).readAllBytes();
                out.write(entry.getName().endsWith("/result.json") ? new byte[] {'{', '"'} : bytes);
            }
        }
        Files.move(damaged, cacheFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        FileReportCache warm = cache(cacheFile, fingerprint, listener);
        AnalysisResult second = analyzer.analyze(request, listener, warm);

        assertThat(second).isEqualTo(first);
        assertThat(warnings)
                .singleElement()
                .asString()
                .startsWith("rust-fit: ignored 1 entry of the analysis cache ")
                .containsPattern("reactor/[0-9a-f]{16}/result.json: its MAC does not verify");
        assertThat(warm.hits()).isEqualTo(1);
        assertThat(warm.misses()).isZero();
    }

    @Test
    void a_note_from_listing_the_sources_is_said_once_when_the_result_is_served_from_the_cache() throws IOException {
        write("m/src/main/java", "not a directory");
        write("n/src/main/java/p/A.java", "package p;\nclass A {}\n");
        AnalysisRequest request = new AnalysisRequest(
                root,
                List.of(module("m", "m", "jar"), module("n", "n", "jar")),
                Optional.empty(),
                false,
                false,
                20,
                "v");
        ReactorAnalyzer analyzer = new ReactorAnalyzer(List.of(new LockCalls()), List.of());
        Path cacheFile = root.resolve("cache.zip");
        String fingerprint = analyzer.cacheFingerprint(request, "v");
        analyzer.analyze(request, listener, cache(cacheFile, fingerprint, listener));
        listener.warnings.clear();

        FileReportCache warm = cache(cacheFile, fingerprint, listener);
        analyzer.analyze(request, listener, warm);

        assertThat(warm.misses()).isZero();
        assertThat(listener.warnings).singleElement().asString().startsWith("m: Source root m/src/main/java");
    }

    @Test
    void a_note_about_a_file_is_repeated_when_the_result_is_served_from_the_cache() throws IOException {
        Path file = root.resolve("m/src/main/java/p/Latin.java");
        Files.createDirectories(file.getParent());
        Files.write(
                file,
                "package p;\n// caf\u00e9\nclass Latin {}\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        AnalysisRequest request =
                new AnalysisRequest(root, List.of(module("m", "m", "jar")), Optional.empty(), false, false, 20, "v");
        ReactorAnalyzer analyzer = new ReactorAnalyzer(List.of(new LockCalls()), List.of());
        Path cacheFile = root.resolve("cache.zip");
        String fingerprint = analyzer.cacheFingerprint(request, "v");
        analyzer.analyze(request, listener, cache(cacheFile, fingerprint, listener));
        listener.warnings.clear();

        analyzer.analyze(request, listener, cache(cacheFile, fingerprint, listener));

        assertThat(listener.warnings).singleElement().asString().startsWith("m/src/main/java/p/Latin.java:2: bytes");
    }

    @Test
    void the_cache_fingerprint_changes_with_the_language_level_and_the_plugin_build() {
        ReactorAnalyzer analyzer = new ReactorAnalyzer(List.of(new LockCalls()), List.of());
        AnalysisRequest newest = new AnalysisRequest(root, List.of(), Optional.empty(), false, false, 20, "v");
        AnalysisRequest java17 = new AnalysisRequest(root, List.of(), Optional.of("17"), false, false, 20, "v");

        assertThat(analyzer.cacheFingerprint(newest, "1.0"))
                .contains("test.lock-calls")
                .isNotEqualTo(analyzer.cacheFingerprint(java17, "1.0"))
                .isNotEqualTo(analyzer.cacheFingerprint(newest, "1.1"));
    }

    @Test
    void examples_and_test_support_do_not_make_a_module_shared_infrastructure() throws IOException {
        write("lib/src/main/java/p/L.java", "package p; class L {}");
        write("app/src/main/java/a/A.java", "package a; class A {}");
        write("examples/src/main/java/p/Try.java", "package p; class Try {}");
        ModuleRequest lib = module("lib", "lib", "jar");
        ModuleRequest app = module("app", "app", "jar", new DeclaredDependency("g", "lib", "compile"));
        ModuleRequest examples =
                module("examples", "lib-examples", "jar", new DeclaredDependency("g", "lib", "compile"));
        AnalysisRequest request =
                new AnalysisRequest(root, List.of(lib, app, examples), Optional.empty(), false, false, 20, "v");

        AnalysisResult result = new ReactorAnalyzer(
                        List.of(new LockCalls()),
                        List.of(new io.github.rustfit.core.signals.prototype.NonProductionModuleSignal()))
                .analyze(request, io.github.rustfit.core.file.AnalysisListener.SILENT);

        assertThat(byPath(result, "lib").graph().dependents()).containsExactly("app");
        assertThat(byPath(result, "examples").graph().dependsOn()).containsExactly("lib");
        assertThat(byPath(result, "examples").evidence().criteria())
                .filteredOn(score -> score.criterion() == Criterion.PROTOTYPE)
                .singleElement()
                .as("a module named as examples is non-production code at full strength, whatever its size")
                .extracting(CriterionScore::strength)
                .isEqualTo(CriterionScore.Strength.STRONG);
    }

    @Test
    void packaging_modules_do_not_make_the_modules_they_bundle_shared_infrastructure() throws IOException {
        write("lib/src/main/java/p/L.java", "package p; class L {}");
        write("app/src/main/java/a/A.java", "package a; class A {}");
        write("distribution/src/main/java/d/D.java", "package d; class D {}");
        write("all/src/main/java/d/D.java", "package d; class D {}");
        ModuleRequest lib = module("lib", "lib", "jar");
        ModuleRequest app = module("app", "app", "jar", new DeclaredDependency("g", "lib", "compile"));
        ModuleRequest distribution =
                module("distribution", "lib-distribution", "jar", new DeclaredDependency("g", "lib", "compile"));
        ModuleRequest bom = module("bom", "lib-bom", "pom", new DeclaredDependency("g", "lib", "compile"));
        ModuleRequest all = module("all", "lib-all", "jar", new DeclaredDependency("g", "lib", "compile"));

        AnalysisResult result = analyze(List.of(lib, app, distribution, bom, all));

        assertThat(byPath(result, "lib").graph().dependents()).containsExactly("app");
        assertThat(byPath(result, "distribution").graph().dependsOn()).containsExactly("lib");
    }

    @ParameterizedTest(name = "includeTests={0}")
    @ValueSource(booleans = {false, true})
    void modules_with_tests_only_never_make_a_module_shared_infrastructure(boolean includeTests) throws IOException {
        write("lib/src/main/java/p/L.java", "package p; class L {}");
        write("app/src/main/java/a/A.java", "package a; class A {}");
        write("sse-jetty/src/test/java/s/JettyTest.java", "package s; class JettyTest {}");
        write("sse-tomcat/src/test/java/s/TomcatTest.java", "package s; class TomcatTest {}");
        DeclaredDependency onLib = new DeclaredDependency("g", "lib", "compile");
        List<ModuleRequest> modules = List.of(
                module("lib", "lib", "jar"),
                module("app", "app", "jar", onLib),
                module("sse-jetty", "sse-jetty", "jar", onLib),
                module("sse-tomcat", "sse-tomcat", "jar", onLib));
        AnalysisRequest request = new AnalysisRequest(root, modules, Optional.empty(), includeTests, false, 20, "v");

        AnalysisResult result = new ReactorAnalyzer(List.of(new LockCalls()), List.of()).analyze(request, listener);

        ModuleResult lib = byPath(result, "lib");
        assertThat(lib.graph().dependents()).containsExactly("app");
        assertThat(byPath(result, "sse-jetty").graph().dependsOn()).containsExactly("lib");
        assertThat(lib.judgement().questions())
                .filteredOn(answer -> answer.question() == Question.SHARED_INFRASTRUCTURE)
                .singleElement()
                .satisfies(answer -> {
                    assertThat(answer.inferred()).isEqualTo(Answer.UNKNOWN);
                    assertThat(answer.reasons())
                            .containsExactly("One production module of the project depends on it (app); one consumer"
                                    + " does not yet make shared infrastructure.");
                });
    }

    @Test
    void modules_this_build_leaves_out_are_dependents_as_in_a_build_of_the_whole_project() throws IOException {
        write("lib/src/main/java/p/L.java", "package p;\nclass L { void m() { l.lock(); } }\n");
        write("app/src/main/java/a/A.java", "package a; class A {}");
        write("web/src/main/java/w/W.java", "package w; class W {}");
        write("suite/src/test/java/s/SuiteTest.java", "package s; class SuiteTest {}");
        write("lib-examples/src/main/java/e/Try.java", "package e; class Try {}");
        write(
                "tools/src/main/java/org/acme/lib/testsupport/Fake.java",
                "package org.acme.lib.testsupport; class Fake {}");
        DeclaredDependency onLib = new DeclaredDependency("g", "lib", "compile");
        ModuleRequest lib = module("lib", "lib", "jar");
        List<ModuleRequest> others = List.of(
                module("app", "app", "jar", onLib),
                module("web", "web", "war", onLib),
                module("suite", "suite", "jar", onLib),
                module("lib-examples", "lib-examples", "jar", onLib),
                module("tools", "tools", "jar", onLib),
                module("lib-bom", "lib-bom", "pom", onLib));
        List<ModuleRequest> whole = new java.util.ArrayList<>(List.of(lib));
        whole.addAll(others);
        ReactorAnalyzer analyzer = new ReactorAnalyzer(
                List.of(new LockCalls()),
                List.of(new io.github.rustfit.core.signals.prototype.NonProductionModuleSignal()));

        AnalysisResult part = analyzer.analyze(
                new AnalysisRequest(root, List.of(lib), Optional.empty(), false, false, 20, "v")
                        .withOtherModules(others),
                listener);
        AnalysisResult all =
                analyzer.analyze(new AnalysisRequest(root, whole, Optional.empty(), false, false, 20, "v"), listener);

        assertThat(part.modules()).extracting(ModuleResult::path).containsExactly("lib");
        assertThat(part.modules().get(0).graph().dependents()).containsExactly("app", "web");
        assertThat(part.modules().get(0).judgement())
                .as("the same answers and verdict as the build of the whole project gives")
                .isEqualTo(byPath(all, "lib").judgement());
    }

    @Test
    void a_signal_that_throws_costs_its_own_findings_in_that_file_and_nothing_else() throws IOException {
        write("m/src/main/java/p/A.java", "package p;\nclass A { void m() { l.lock(); } }\n");
        Signal broken = new Signal() {
            @Override
            public String id() {
                return "test.broken";
            }

            @Override
            public Criterion criterion() {
                return Criterion.DATA_PLANE;
            }

            @Override
            public String description() {
                return "Always throws.";
            }

            @Override
            public void inspect(CompilationUnit unit, Findings findings) {
                throw new IllegalStateException("boom");
            }
        };
        AnalysisRequest request =
                new AnalysisRequest(root, List.of(module("m", "m", "jar")), Optional.empty(), false, false, 20, "v");

        ModuleResult module = new ReactorAnalyzer(List.of(broken, new LockCalls()), List.of())
                .analyze(request, listener)
                .modules()
                .get(0);

        assertThat(module.sources().files().parsed()).isEqualTo(1);
        assertThat(module.evidence().signals()).extracting(SignalResult::id).containsExactly("test.lock-calls");
        assertThat(warnings)
                .singleElement()
                .asString()
                .startsWith("rust-fit: signal test.broken failed on m/src/main/java/p/A.java")
                .contains("boom");
    }

    @Test
    void an_aggregator_without_sources_is_not_described_by_its_name() {
        AnalysisRequest request = new AnalysisRequest(
                root, List.of(module(".", "acme-samples", "pom")), Optional.empty(), false, false, 20, "v");

        ModuleResult aggregator = new ReactorAnalyzer(
                        List.of(new LockCalls()),
                        List.of(new io.github.rustfit.core.signals.prototype.NonProductionModuleSignal()))
                .analyze(request, io.github.rustfit.core.file.AnalysisListener.SILENT)
                .modules()
                .get(0);

        assertThat(aggregator.verdict()).isEqualTo(Verdict.NOT_ANALYZED);
        assertThat(aggregator.evidence().signals()).isEmpty();
    }
}
