package io.github.rustfit.core.fork;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rustfit.core.analysis.FileParsing;
import io.github.rustfit.core.analysis.LocalParsing;
import io.github.rustfit.core.analysis.ParsingSetup;
import io.github.rustfit.core.analysis.RecordingListener;
import io.github.rustfit.core.analysis.SourceFile;
import io.github.rustfit.core.file.FileReport;
import io.github.rustfit.core.parse.LanguageLevels;
import io.github.rustfit.core.signals.registry.SignalRegistry;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs real child JVMs from the test class path. */
class ForkedParsingTest {

    private static final String NEWEST = LanguageLevels.newestName();

    @TempDir
    Path dir;

    private final RecordingListener listener = new RecordingListener();

    private ParsingSetup setup(int threads) {
        return new ParsingSetup(NEWEST, SignalRegistry.fileSignals(), threads, 1_000, 1_000, listener);
    }

    private static List<Path> fixtures() throws IOException, URISyntaxException {
        Path root =
                Path.of(ForkedParsingTest.class.getResource("/signal-fixtures").toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .sorted()
                    .toList();
        }
    }

    private static Launch launch(String mainClass, String... extraArguments) {
        Launch usual = Launch.forParsing(1, 1 << 20, List.of(extraArguments));
        return new Launch(usual.java(), usual.classPath(), usual.jvmArguments(), mainClass);
    }

    private FileParsing forked(Launch launch, int threads) {
        return ForkedParsing.strategy(ForkMode.ALWAYS, () -> launch).start(setup(threads));
    }

    private SourceFile file(String name, byte[] bytes, Charset charset) throws IOException {
        Path path = dir.resolve(name);
        Files.write(path, bytes);
        return new SourceFile(path, name, charset, bytes.length, "0".repeat(64));
    }

    private SourceFile file(String name, String text) throws IOException {
        return file(name, text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    /** Every report, in order, from {@code parsing}; and what this JVM alone gives for the same. */
    private static List<FileReport> reports(FileParsing parsing, List<SourceFile> files) throws Exception {
        List<Future<FileReport>> futures = new ArrayList<>();
        for (SourceFile file : files) {
            futures.add(parsing.submit(file));
        }
        List<FileReport> reports = new ArrayList<>();
        for (Future<FileReport> future : futures) {
            reports.add(future.get());
        }
        return reports;
    }

    private List<FileReport> here(List<SourceFile> files) throws Exception {
        try (LocalParsing local = new LocalParsing(setup(1))) {
            return reports(local, files);
        }
    }

    @Test
    void the_child_gives_every_fixture_the_report_this_jvm_gives_it() throws Exception {
        List<SourceFile> files = new ArrayList<>();
        for (Path fixture : fixtures()) {
            files.add(new SourceFile(
                    fixture, fixture.getFileName().toString(), StandardCharsets.UTF_8, Files.size(fixture), ""));
        }
        assertThat(files).hasSizeGreaterThan(20);

        try (FileParsing child = forked(Launch.forParsing(2, 1 << 20, List.of()), 2)) {
            assertThat(child).isInstanceOf(ForkedParsing.class);
            assertThat(reports(child, files)).isEqualTo(here(files));
            child.summarise(listener);
        }
        assertThat(listener.warnings).isEmpty();
        assertThat(listener.info).containsExactly(String.format(ForkedParsing.PARSED, files.size()));
    }

    @Test
    void bytes_invalid_in_the_encoding_and_unparsable_code_come_back_as_they_would_here() throws Exception {
        List<SourceFile> files = List.of(
                file(
                        "A.java",
                        "class A {\n String s = \"é\";\n}\n".getBytes(StandardCharsets.ISO_8859_1),
                        StandardCharsets.UTF_8),
                file("Broken.java", "class Broken {"));

        try (FileParsing child = forked(Launch.forParsing(1, 1 << 20, List.of()), 1)) {
            List<FileReport> reports = reports(child, files);

            assertThat(reports.get(0).malformedLine()).contains(2);
            assertThat(reports.get(1).problem()).isPresent();
            assertThat(reports).isEqualTo(here(files));
        }
        assertThat(listener.warnings).isEmpty();
    }

    @Test
    void a_child_that_stops_is_reported_once_with_its_exit_status_and_last_words_and_the_rest_parsed_here()
            throws Exception {
        List<SourceFile> files = List.of(
                file("A.java", "class A { void m() { l.lock(); } }"),
                file("B.java", "class B { void m() { l.lock(); l.lock(); } }"),
                file("C.java", "class C {}"));

        try (FileParsing child = forked(launch(AnswersOnceThenExits.class.getName()), 1)) {
            assertThat(reports(child, files)).isEqualTo(here(files));
        }
        assertThat(listener.warnings).hasSize(1);
        assertThat(listener.warnings.get(0))
                .startsWith("rust-fit: parsing in a separate JVM failed (exit status 3, ")
                .contains("it said: simulated crash after one file")
                .contains("the remaining files are parsed in Maven's JVM, with the same result.");
    }

    @Test
    void a_report_this_jvm_cannot_read_is_named_by_its_file_as_a_defect_not_a_want_of_heap() throws Exception {
        List<SourceFile> files = List.of(file("A.java", "class A {}"), file("B.java", "class B {}"));

        try (FileParsing child = forked(launch(AnswersUnreadably.class.getName()), 1)) {
            assertThat(reports(child, files)).isEqualTo(here(files));
        }
        assertThat(listener.warnings)
                .singleElement()
                .asString()
                .startsWith("rust-fit: parsing in a separate JVM failed (it sent a report of A.java this JVM cannot"
                        + " read: ")
                .contains("This is a defect of rust-fit, not of the build: please report it with that file.")
                .doesNotContain("-Xmx");
    }

    /**
     * As a user saw it: a call on a value cast to an array made the child's report unreadable here, so
     * every cold run of a project holding one fell back to parsing in Maven's JVM, advised to raise a
     * heap that was never short.
     */
    @Test
    void a_call_on_a_value_cast_to_an_array_comes_back_from_the_child() throws Exception {
        List<SourceFile> files = List.of(
                file("Row.java", "class Row { Object copy(Object value) { return ((byte[]) value).clone(); } }"),
                file("B.java", "class B { void m() { l.lock(); } }"));

        try (FileParsing child = forked(Launch.forParsing(1, 1 << 20, List.of()), 1)) {
            assertThat(reports(child, files)).isEqualTo(here(files));
        }
        assertThat(listener.warnings).isEmpty();
    }

    @Test
    void a_child_that_fails_on_a_file_stops_and_says_so_and_every_file_is_still_answered() throws Exception {
        // a charset this JVM knows but whose name the child cannot look up stands for any failure of
        // the analysis itself
        Charset unknownThere = new Charset("x-only-in-the-parent", new String[0]) {
            @Override
            public boolean contains(Charset cs) {
                return false;
            }

            @Override
            public java.nio.charset.CharsetDecoder newDecoder() {
                return StandardCharsets.UTF_8.newDecoder();
            }

            @Override
            public java.nio.charset.CharsetEncoder newEncoder() {
                return StandardCharsets.UTF_8.newEncoder();
            }
        };
        List<SourceFile> files = List.of(
                file("A.java", "class A {}".getBytes(StandardCharsets.UTF_8), unknownThere),
                file("B.java", "class B { void m() { l.lock(); } }"));

        try (FileParsing child = forked(Launch.forParsing(1, 1 << 20, List.of()), 1)) {
            assertThat(reports(child, files)).isEqualTo(here(files));
        }
        assertThat(listener.warnings)
                .singleElement()
                .asString()
                .startsWith("rust-fit: parsing in a separate JVM failed (exit status 3, ")
                .contains("failed on A.java");
    }

    @Test
    void a_child_out_of_memory_warns_rather_than_falling_back_silently() throws Exception {
        StringBuilder table = new StringBuilder("class Table { static final int[] T = {\n");
        while (table.length() < 600_000) {
            table.append("12345678, -87654321, 13572468, 24681357, 11223344, 55667788,\n");
        }
        table.append("}; }\n");
        List<SourceFile> files = List.of(file("Table.java", table.toString()), file("B.java", "class B {}"));

        try (FileParsing child = forked(launch(ParsingProcessMain.class.getName(), "-Xmx24m"), 1)) {
            assertThat(reports(child, files)).isEqualTo(here(files));
        }
        assertThat(listener.warnings)
                .singleElement()
                .asString()
                .startsWith("rust-fit: parsing in a separate JVM failed (")
                .contains("OutOfMemoryError")
                .contains("rustfit.forkJvmArguments=-Xmx512m");
    }

    @Test
    void a_java_that_cannot_be_started_is_reported_and_the_files_are_parsed_here() throws Exception {
        Launch usual = Launch.forParsing(1, 1 << 20, List.of());
        Launch missing =
                new Launch(Path.of("/no/such/java"), usual.classPath(), usual.jvmArguments(), usual.mainClass());
        List<SourceFile> files = List.of(file("A.java", "class A { void m() { l.lock(); } }"));

        try (FileParsing parsing = forked(missing, 1)) {
            assertThat(parsing).isInstanceOf(LocalParsing.class);
            assertThat(reports(parsing, files)).isEqualTo(here(files));
        }
        assertThat(listener.warnings)
                .singleElement()
                .asString()
                .startsWith("rust-fit: could not start a JVM to parse in (")
                .endsWith("); parsing in Maven's JVM instead, with the same result. Set rustfit.fork=never to skip"
                        + " the attempt.");
    }

    /** Starts the real child with one more JVM argument and asks it for one small file. */
    private List<FileReport> analyzeOneFileWithJvmArgument(String argument) throws Exception {
        List<SourceFile> files = List.of(file("A.java", "class A {}"));
        try (FileParsing child = forked(launch(ParsingProcessMain.class.getName(), argument), 1)) {
            List<FileReport> reports = reports(child, files);
            assertThat(reports).isEqualTo(here(files));
            return reports;
        }
    }

    @Test
    void a_jvm_that_refuses_its_arguments_counts_as_stopped() throws Exception {
        analyzeOneFileWithJvmArgument("-Xmx1k");
        assertThat(listener.warnings)
                .singleElement()
                .asString()
                .startsWith("rust-fit: parsing in a separate JVM failed (exit status 1, ");
    }

    @Test
    void a_jvm_argument_that_prints_to_standard_output_is_caught_and_named_never_read_as_a_report() throws Exception {
        analyzeOneFileWithJvmArgument("-Xlog:gc");
        assertThat(listener.warnings)
                .singleElement()
                .asString()
                .startsWith("rust-fit: parsing in a separate JVM failed (its standard output holds something other"
                        + " than replies (\"[")
                .contains("such as -Xlog or -verbose without a file");
    }

    @Test
    void auto_parses_here_below_the_threshold_and_other_signals_always_parse_here() {
        ParsingSetup few = new ParsingSetup(NEWEST, SignalRegistry.fileSignals(), 1, 10, 10, listener);
        ParsingSetup foreign = new ParsingSetup(
                NEWEST,
                List.of(new io.github.rustfit.core.signals.Signal() {
                    @Override
                    public String id() {
                        return "test.foreign";
                    }

                    @Override
                    public io.github.rustfit.core.criteria.Criterion criterion() {
                        return io.github.rustfit.core.criteria.Criterion.FUNDAMENTAL_CONCURRENCY;
                    }

                    @Override
                    public String description() {
                        return "not registered";
                    }

                    @Override
                    public void inspect(
                            com.github.javaparser.ast.CompilationUnit unit,
                            io.github.rustfit.core.signals.Findings findings) {}
                }),
                1,
                10_000,
                10_000,
                listener);
        ParsingSetup.Strategy auto = ForkedParsing.strategy(ForkMode.AUTO, () -> Launch.forParsing(1, 1, List.of()));

        try (FileParsing small = auto.start(few);
                FileParsing other = ForkedParsing.strategy(ForkMode.ALWAYS, () -> Launch.forParsing(1, 1, List.of()))
                        .start(foreign)) {
            assertThat(small).isInstanceOf(LocalParsing.class);
            assertThat(other).isInstanceOf(LocalParsing.class);
        }
    }

    @Test
    void the_launch_runs_this_java_with_the_tuning_flags_a_heap_sized_for_parsing_and_the_users_arguments_last() {
        Launch launch = Launch.forParsing(2, 1 << 20, List.of("-Xmx1g"));

        assertThat(launch.java()).isEqualTo(Path.of(System.getProperty("java.home"), "bin", "java"));
        assertThat(launch.jvmArguments()).startsWith(Launch.TUNING.toArray(String[]::new));
        long ownLimit = Runtime.getRuntime().maxMemory() >> 20;
        assertThat(launch.jvmArguments())
                .contains("-Xmx" + Math.min(Launch.heapMegabytes(2, 1 << 20), Math.max(64, ownLimit)) + "m");
        assertThat(launch.jvmArguments()).last().isEqualTo("-Xmx1g");
        assertThat(launch.mainClass()).isEqualTo(ParsingProcessMain.class.getName());
        assertThat(launch.command(List.of("JAVA_21", "2", "a,b")))
                .endsWith("-cp", launch.classPath(), ParsingProcessMain.class.getName(), "JAVA_21", "2", "a,b");
    }

    @Test
    void the_heap_grows_with_the_threads_and_the_largest_file_parsed() {
        assertThat(Launch.heapMegabytes(2, 1 << 20)).isEqualTo(228);
        assertThat(Launch.heapMegabytes(4, 1 << 20)).isEqualTo(292);
        assertThat(Launch.heapMegabytes(2, 4 << 20)).isEqualTo(528);
    }
}
