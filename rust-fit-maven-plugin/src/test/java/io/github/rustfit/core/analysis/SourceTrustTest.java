package io.github.rustfit.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rustfit.core.cache.CacheForgery;
import io.github.rustfit.core.cache.FileReportCache;
import io.github.rustfit.core.manifest.ManifestCommands;
import io.github.rustfit.core.result.AnalysisResult;
import io.github.rustfit.core.result.ModuleResult;
import io.github.rustfit.core.result.ResultFiles;
import io.github.rustfit.core.review.GateContext;
import io.github.rustfit.core.review.ReviewGate;
import io.github.rustfit.core.review.ReviewPolicy;
import io.github.rustfit.core.review.ReviewProblem;
import io.github.rustfit.core.source.SourceAccess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the analysis may trust: sources it could not read are never silently left out, and a cache
 * someone else wrote never changes a verdict. These are the cases through which the review gate
 * could pass a module it must stop.
 */
class SourceTrustTest {

    @TempDir
    Path root;

    private final RecordingListener listener = new RecordingListener();
    private final ReactorAnalyzer analyzer =
            new ReactorAnalyzer(List.of(new ReactorAnalyzerTest.LockCalls()), List.of());

    private void write(String path, String text) throws IOException {
        TestReactors.write(root, path, text);
    }

    private ModuleRequest module(String name) {
        return TestReactors.module(root, name);
    }

    private AnalysisRequest request(String... modules) {
        List<ModuleRequest> requests = new ArrayList<>();
        for (String module : modules) {
            requests.add(module(module));
        }
        return new AnalysisRequest(root, requests, Optional.empty(), false, false, 20, "v");
    }

    private static ModuleResult only(AnalysisResult result) {
        assertThat(result.modules()).hasSize(1);
        return result.modules().get(0);
    }

    /** The file system, except that the given directories and files refuse to be read. */
    private static SourceAccess refusing(Path... refused) {
        List<Path> paths = List.of(refused);
        return new SourceAccess() {
            @Override
            public DirectoryStream<Path> open(Path directory) throws IOException {
                if (paths.contains(directory)) {
                    throw new AccessDeniedException(directory.toString());
                }
                return SourceAccess.FILE_SYSTEM.open(directory);
            }

            @Override
            public byte[] read(Path file) throws IOException {
                if (paths.contains(file)) {
                    throw new AccessDeniedException(file.toString());
                }
                return SourceAccess.FILE_SYSTEM.read(file);
            }
        };
    }

    private void writeTwoPackages() throws IOException {
        write("m/src/main/java/a/A.java", "package a;\nclass A { void m() { l.lock(); } }\n");
        write("m/src/main/java/b/B.java", "package b;\nclass B { void m() { l.lock(); l.lock(); } }\n");
    }

    @Test
    void one_unreadable_package_directory_is_listed_and_the_rest_of_the_module_still_analysed() throws IOException {
        writeTwoPackages();

        ModuleResult module = only(analyzer.withSourceAccess(refusing(root.resolve("m/src/main/java/b")))
                .analyze(request("m"), listener));

        assertThat(module.sources().files().seen()).isEqualTo(1);
        assertThat(module.sources().files().unreadable()).isEqualTo(1);
        assertThat(module.evidence().signals())
                .singleElement()
                .satisfies(signal -> assertThat(signal.count()).isEqualTo(1));
        assertThat(module.sources().notes())
                .singleElement()
                .asString()
                .startsWith("m/src/main/java/b could not be read (AccessDenied")
                .contains("verdict may be understated")
                .endsWith("Fix its permissions, or remove it from the build's source roots.");
        assertThat(listener.warnings).singleElement().asString().startsWith("m: m/src/main/java/b could not be read");
    }

    @Test
    void an_unreadable_source_root_counts_as_unreadable_not_as_a_module_without_sources() throws IOException {
        writeTwoPackages();

        ModuleResult module = only(analyzer.withSourceAccess(refusing(root.resolve("m/src/main/java")))
                .analyze(request("m"), listener));

        assertThat(module.sources().files().seen()).isZero();
        assertThat(module.sources().files().unreadable()).isEqualTo(1);
        assertThat(module.sources().notes()).singleElement().asString().startsWith("m/src/main/java could not be read");
    }

    @Test
    void an_unreadable_file_is_listed_as_unreadable_and_the_rest_analysed() throws IOException {
        writeTwoPackages();

        ModuleResult module = only(analyzer.withSourceAccess(refusing(root.resolve("m/src/main/java/a/A.java")))
                .analyze(request("m"), listener));

        assertThat(module.sources().files().seen()).isEqualTo(1);
        assertThat(module.sources().files().unreadable()).isEqualTo(1);
        assertThat(module.sources().notes())
                .singleElement()
                .asString()
                .startsWith("m/src/main/java/a/A.java could not be read");
    }

    /** What the review gate says of {@code result} under the default policy, no manifest. */
    private static List<ReviewProblem> gate(AnalysisResult result) {
        return ReviewGate.judge(
                        result,
                        Optional.empty(),
                        GateContext.of(
                                Path.of("rust-fit.yaml"),
                                Path.of("target/rust-fit/review-stubs.yaml"),
                                ReviewPolicy.defaults(),
                                java.time.LocalDate.of(2026, 11, 24),
                                ManifestCommands.of("1.2.3")))
                .problems();
    }

    @Test
    void a_symbolic_link_to_a_missing_java_file_is_unreadable_and_fails_the_gate() throws IOException {
        writeTwoPackages();
        Files.createSymbolicLink(root.resolve("m/src/main/java/a/Foo.java"), root.resolve("m/gone/Foo.java"));

        AnalysisResult result = analyzer.analyze(request("m"), listener);
        ModuleResult module = only(result);

        assertThat(module.sources().files().seen()).isEqualTo(2);
        assertThat(module.sources().files().unreadable()).isEqualTo(1);
        assertThat(module.sources().notes())
                .containsExactly("m/src/main/java/a/Foo.java could not be read (a symbolic link to a missing file),"
                        + " so the module's verdict may be understated. Point the link at an existing file, or"
                        + " remove the link.");
        assertThat(gate(result)).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(ReviewProblem.Kind.UNREADABLE_SOURCES);
            assertThat(problem.severity()).isEqualTo(ReviewProblem.Severity.ERROR);
            assertThat(problem.message()).contains("first: m/src/main/java/a/Foo.java");
        });
    }

    @Test
    void a_symbolic_link_to_a_readable_java_file_is_analysed_like_the_file() throws IOException {
        writeTwoPackages();
        write("m/elsewhere/C.java", "package a;\nclass C { void m() { l.lock(); } }\n");
        Files.createSymbolicLink(root.resolve("m/src/main/java/a/C.java"), root.resolve("m/elsewhere/C.java"));

        AnalysisResult result = analyzer.analyze(request("m"), listener);
        ModuleResult module = only(result);

        assertThat(module.sources().files().seen()).isEqualTo(3);
        assertThat(module.sources().files().unreadable()).isZero();
        assertThat(module.sources().notes()).isEmpty();
        assertThat(module.evidence().signals())
                .singleElement()
                .satisfies(signal -> assertThat(signal.count()).isEqualTo(4));
        assertThat(gate(result)).isEmpty();
    }

    @Test
    void a_symbolic_link_loop_is_unreadable_and_does_not_hang() throws IOException {
        writeTwoPackages();
        Path loop = root.resolve("m/src/main/java/a/Loop.java");
        Path back = root.resolve("m/src/main/java/a/Back.java");
        Files.createSymbolicLink(loop, back);
        Files.createSymbolicLink(back, loop);
        // a link to the directory above it: directories behind links are not followed
        Files.createSymbolicLink(root.resolve("m/src/main/java/a/up"), root.resolve("m/src/main/java"));

        ModuleResult module = only(org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(30), () -> analyzer.analyze(request("m"), listener)));

        assertThat(module.sources().files().seen()).isEqualTo(2);
        assertThat(module.sources().files().unreadable()).isEqualTo(2);
        assertThat(module.sources().notes())
                .containsExactly(
                        "m/src/main/java/a/Back.java could not be read (a symbolic link in a loop of links), so the"
                                + " module's verdict may be understated. Point the link at an existing file, or"
                                + " remove the link.",
                        "m/src/main/java/a/Loop.java could not be read (a symbolic link in a loop of links), so the"
                                + " module's verdict may be understated. Point the link at an existing file, or"
                                + " remove the link.");
    }

    @Test
    void a_directory_without_read_permission_is_unreadable_when_not_run_as_root() throws IOException {
        writeTwoPackages();
        Path b = root.resolve("m/src/main/java/b");
        b.toFile().setReadable(false, false);
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(
                    Files.isReadable(b), "root reads any directory: the access test above stands in for this one");

            ModuleResult module = only(analyzer.analyze(request("m"), listener));

            assertThat(module.sources().files().unreadable()).isEqualTo(1);
            assertThat(module.sources().files().seen()).isEqualTo(1);
        } finally {
            b.toFile().setReadable(true, false);
        }
    }

    // --- the cache

    private FileReportCache cache(AnalysisRequest request) {
        return ReactorAnalyzerTest.cache(cacheFile(), analyzer.cacheFingerprint(request, "v"), listener);
    }

    private Path cacheFile() {
        return root.resolve("target/cache.zip");
    }

    /** Rewrites entries of the cache as someone who can write it, but lacks the key, would. */
    private void forge(String entryName, UnaryOperator<String> change) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(cacheFile().toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                entries.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
            }
        }
        String before = new String(entries.get(entryName), StandardCharsets.UTF_8);
        String after = change.apply(before);
        assertThat(after).as("the forgery changes the entry").isNotEqualTo(before);
        entries.put(entryName, after.getBytes(StandardCharsets.UTF_8));
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(cacheFile()))) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
            }
        }
    }

    private void writeHotModule() throws IOException {
        StringBuilder hot = new StringBuilder("package h;\nclass Hot {\n");
        for (int i = 0; i < 40; i++) {
            hot.append("  void m").append(i).append("() { l.lock(); }\n");
        }
        write("m/src/main/java/h/Hot.java", hot.append("}\n").toString());
        write("m/src/main/java/h/Plain.java", "package h;\nclass Plain {}\n");
    }

    @Test
    void a_kept_analysis_whose_verdicts_were_changed_without_the_key_changes_nothing() throws IOException {
        writeHotModule();
        AnalysisRequest request = request("m");
        AnalysisResult honest = analyzer.analyze(request, listener, cache(request));
        String verdict = only(honest).verdict().name();
        String kept = CacheForgery.keptResult(cacheFile());
        forge(
                kept,
                json -> json.replace("\"" + verdict + "\"", "\"NOT_ANALYZED\"")
                        .replace("\"count\" : 40", "\"count\" : 0"));

        AnalysisResult again = analyzer.analyze(request, listener, cache(request));

        assertThat(ResultFiles.toJson(again)).isEqualTo(ResultFiles.toJson(honest));
        assertThat(listener.warnings).anySatisfy(w -> assertThat(w).contains(kept + ": its MAC does not verify"));
    }

    @Test
    void a_file_entry_whose_findings_were_emptied_without_the_key_changes_nothing() throws IOException {
        writeHotModule();
        AnalysisRequest request = request("m");
        AnalysisResult honest = analyzer.analyze(request, listener, cache(request));
        // the whole-reactor result would be reused first: a touched second file makes the run go
        // file by file, so the forged entry is what is offered
        forge(
                "modules/g:m.json",
                json -> json.replaceAll("\"findings\":\\[\\[[^]]*\\](,\\[[^]]*\\])*\\]", "\"findings\":[]"));
        write("m/src/main/java/h/Plain.java", "package h;\nclass Plain { }\n");

        AnalysisResult again = analyzer.analyze(request, listener, cache(request));

        assertThat(only(again).evidence().signals())
                .isEqualTo(only(honest).evidence().signals());
        assertThat(only(again).verdict()).isEqualTo(only(honest).verdict());
        assertThat(listener.warnings).anySatisfy(w -> assertThat(w).contains("MAC does not verify"));
    }

    /** Kept analyses that verify (a faulty writer holding the key) but are malformed, by what is wrong. */
    static Stream<Arguments> malformed_kept_analyses() {
        return Stream.of(
                Arguments.of("cut short", (UnaryOperator<String>) json -> json.substring(0, json.length() / 2)),
                Arguments.of("null", (UnaryOperator<String>) json -> "null"),
                Arguments.of("an empty object", (UnaryOperator<String>) json -> "{}"),
                Arguments.of("a verdict that is not one", (UnaryOperator<String>)
                        json -> json.replace("\"CONSIDER\"", "\"MADE_UP\"")),
                Arguments.of("a count below zero", (UnaryOperator<String>)
                        json -> json.replace("\"count\" : 40", "\"count\" : -40")),
                Arguments.of("modules that are null", (UnaryOperator<String>)
                        json -> json.replaceFirst("\"modules\" : \\[", "\"modules\" : null, \"x\" : [")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed_kept_analyses")
    void a_kept_analysis_that_verifies_but_is_malformed_is_ignored_with_a_warning_never_used_never_a_crash(
            String what, UnaryOperator<String> change) throws IOException {
        writeHotModule();
        AnalysisRequest request = request("m");
        AnalysisResult honest = analyzer.analyze(request, listener, cache(request));
        assertThat(only(honest).verdict()).isEqualTo(io.github.rustfit.core.criteria.Verdict.CONSIDER);
        CacheForgery.resign(
                cacheFile(),
                ReactorAnalyzerTest.KEY,
                analyzer.cacheFingerprint(request, "v"),
                CacheForgery.REACTOR_RESULT,
                change);

        AnalysisResult again = analyzer.analyze(request, listener, cache(request));

        assertThat(ResultFiles.toJson(again)).as(what).isEqualTo(ResultFiles.toJson(honest));
        assertThat(listener.warnings)
                .as(what)
                .singleElement()
                .asString()
                .startsWith("rust-fit: ignoring the analysis kept in the cache (");
    }

    @Test
    void a_file_changed_under_the_same_size_and_time_is_analysed_again_never_served_stale() throws IOException {
        write("m/src/main/java/p/A.java", "package p;\nclass A { void m() { l.lock(); } }\n");
        Path a = root.resolve("m/src/main/java/p/A.java");
        FileTime time = Files.getLastModifiedTime(a);
        AnalysisRequest request = request("m");
        AnalysisResult first = analyzer.analyze(request, listener, cache(request));

        // the same number of bytes, and the time set back: only the contents tell
        write("m/src/main/java/p/A.java", "package p;\nclass A { void m() { l.kcol(); } }\n");
        Files.setLastModifiedTime(a, time);
        assertThat(Files.size(a)).isEqualTo(46);
        AnalysisResult second = analyzer.analyze(request, listener, cache(request));

        assertThat(only(first).evidence().signals()).hasSize(1);
        assertThat(only(second).evidence().signals()).isEmpty();
    }

    /** How many files a run parsed, by the cache's count. */
    private int parsedIn(AnalysisRequest request) {
        FileReportCache cache = cache(request);
        analyzer.analyze(request, listener, cache);
        return cache.misses();
    }

    @Test
    void removing_adding_or_renaming_a_file_parses_only_that_file_in_every_later_run() throws IOException {
        for (String module : List.of("a", "b", "c", "d")) {
            for (int i = 0; i < 3; i++) {
                write(module + "/src/main/java/p/F" + i + ".java", "package p;\nclass F" + i + " {}\n");
            }
        }
        AnalysisRequest request = request("a", "b", "c", "d");
        assertThat(parsedIn(request)).isEqualTo(12);

        Files.delete(root.resolve("a/src/main/java/p/F0.java"));
        assertThat(parsedIn(request)).as("after a removal").isZero();
        assertThat(parsedIn(request)).as("the run after that").isZero();
        // a change elsewhere keeps the whole-reactor result from serving the run: every module's
        // entries must still be there, after the module that lost a file too
        write("d/src/main/java/p/F2.java", "package p;\nclass F2 { }\n");
        assertThat(parsedIn(request))
                .as("after one more change, only that file")
                .isEqualTo(1);

        write("b/src/main/java/p/New.java", "package p;\nclass New {}\n");
        assertThat(parsedIn(request)).as("after an addition").isEqualTo(1);
        assertThat(parsedIn(request)).as("the run after that").isZero();

        Files.move(root.resolve("c/src/main/java/p/F1.java"), root.resolve("c/src/main/java/p/Renamed.java"));
        assertThat(parsedIn(request)).as("after a rename").isEqualTo(1);
        assertThat(parsedIn(request)).as("the run after that").isZero();
    }

    @Test
    void a_file_over_the_size_limit_is_measured_and_listed_but_not_parsed() throws IOException {
        StringBuilder table = new StringBuilder("package t;\nclass Table {\n  static final int[] T = {\n");
        for (int i = 0; i < 50; i++) {
            table.append("    1, 2, 3, 4, 5, 6, 7, 8,\n");
        }
        write(
                "m/src/main/java/t/Table.java",
                table.append("  };\n  void m() { l.lock(); }\n}\n").toString());
        write("m/src/main/java/t/Small.java", "package t;\nclass Small { void m() { l.lock(); } }\n");

        ModuleResult module = only(analyzer.withMaxFileBytes(1_000).analyze(request("m"), listener));

        assertThat(module.sources().files().seen()).isEqualTo(2);
        assertThat(module.sources().files().parsed()).isEqualTo(1);
        assertThat(module.sources().files().linesOfCode()).isEqualTo(58);
        assertThat(module.evidence().signals())
                .singleElement()
                .satisfies(signal -> assertThat(signal.count()).isEqualTo(1));
        assertThat(module.sources().parseProblems())
                .singleElement()
                .satisfies(problem -> assertThat(problem.message())
                        .startsWith("not parsed: its 1,484 bytes")
                        .contains("over the limit of 1,000 for one file (rustfit.maxFileSize)")
                        .endsWith("Raise the limit to analyse it."));
    }
}
