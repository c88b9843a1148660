package io.github.rustfit.core.fork;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ParserConfiguration.LanguageLevel;
import io.github.rustfit.core.analysis.FileAnalyzer;
import io.github.rustfit.core.analysis.FileReport;
import io.github.rustfit.core.analysis.RecordingListener;
import io.github.rustfit.core.parse.LanguageLevels;
import io.github.rustfit.core.signals.Signal;
import io.github.rustfit.core.signals.SignalRegistry;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Runs real child JVMs from the test class path. */
class ParsingProcessTest {

    private static final LanguageLevel NEWEST = LanguageLevels.newest();
    private static final List<String> SIGNAL_IDS =
            SignalRegistry.fileSignals().stream().map(Signal::id).toList();

    private final RecordingListener listener = new RecordingListener();

    private static List<Path> fixtures() throws IOException, URISyntaxException {
        Path root =
                Path.of(ParsingProcessTest.class.getResource("/signal-fixtures").toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .sorted()
                    .toList();
        }
    }

    private static Launch launch(String mainClass, String... extraArguments) {
        Launch usual = Launch.likeThisJvm(List.of(extraArguments));
        return new Launch(usual.java(), usual.classPath(), usual.jvmArguments(), mainClass);
    }

    @Test
    void the_child_gives_every_fixture_the_report_this_jvm_gives_it() throws Exception {
        List<String> warnings = new java.util.ArrayList<>();
        FileAnalyzer here = FileAnalyzer.parsingAt(NEWEST, SignalRegistry.fileSignals(), warnings::add);
        List<Path> files = fixtures();
        assertThat(files).hasSizeGreaterThan(20);

        try (ParsingProcess child = ParsingProcess.start(Launch.likeThisJvm(List.of()), NEWEST, SIGNAL_IDS, 2, listener)
                .orElseThrow()) {
            for (Path file : files) {
                byte[] bytes = Files.readAllBytes(file);
                FileReport expected = here.analyze(bytes, file.getFileName().toString(), StandardCharsets.UTF_8);

                Optional<ParsingProcess.Analysed> analysed =
                        child.analyze(bytes, file.getFileName().toString(), StandardCharsets.UTF_8);

                assertThat(analysed).as(file.toString()).isPresent();
                assertThat(analysed.get().report()).as(file.toString()).isEqualTo(expected);
            }
            assertThat(child.analysed()).isEqualTo(files.size());
        }
        assertThat(listener.warnings).isEmpty();
    }

    @Test
    void bytes_invalid_in_the_encoding_and_unparsable_code_come_back_as_they_would_here() {
        byte[] latin1 = "class A {\n String s = \"é\";\n}\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] broken = "class Broken {".getBytes(StandardCharsets.UTF_8);
        FileAnalyzer here = FileAnalyzer.parsingAt(NEWEST, SignalRegistry.fileSignals(), warning -> {});

        try (ParsingProcess child = ParsingProcess.start(Launch.likeThisJvm(List.of()), NEWEST, SIGNAL_IDS, 1, listener)
                .orElseThrow()) {
            FileReport malformed = child.analyze(latin1, "A.java", StandardCharsets.UTF_8)
                    .orElseThrow()
                    .report();
            FileReport unparsable = child.analyze(broken, "Broken.java", StandardCharsets.UTF_8)
                    .orElseThrow()
                    .report();

            assertThat(malformed.malformedLine()).contains(2);
            assertThat(malformed).isEqualTo(here.analyze(latin1, "A.java", StandardCharsets.UTF_8));
            assertThat(unparsable.problem()).isPresent();
            assertThat(unparsable).isEqualTo(here.analyze(broken, "Broken.java", StandardCharsets.UTF_8));
        }
    }

    @Test
    void a_file_the_child_cannot_analyse_is_handed_back_without_stopping_the_child() {
        try (ParsingProcess child = ParsingProcess.start(Launch.likeThisJvm(List.of()), NEWEST, SIGNAL_IDS, 1, listener)
                .orElseThrow()) {
            // a charset this JVM knows but whose name the child cannot look up stands for any
            // failure of the analysis itself
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

            assertThat(child.analyze("class A {}".getBytes(StandardCharsets.UTF_8), "A.java", unknownThere))
                    .isEmpty();
            assertThat(child.analyze("class B {}".getBytes(StandardCharsets.UTF_8), "B.java", StandardCharsets.UTF_8))
                    .isPresent();
        }
        assertThat(listener.debug).anyMatch(line -> line.startsWith("rust-fit: the parsing JVM failed on A.java ("));
        assertThat(listener.warnings).isEmpty();
    }

    @Test
    void a_child_that_stops_is_reported_once_with_its_exit_status_and_last_words_and_answers_nothing_more() {
        try (ParsingProcess child = ParsingProcess.start(
                        launch(AnswersOnceThenExits.class.getName()), NEWEST, SIGNAL_IDS, 1, listener)
                .orElseThrow()) {
            byte[] bytes = "class A {}".getBytes(StandardCharsets.UTF_8);

            assertThat(child.analyze(bytes, "A.java", StandardCharsets.UTF_8))
                    .map(analysed -> analysed.report().file())
                    .contains("A.java");
            assertThat(child.analyze(bytes, "B.java", StandardCharsets.UTF_8)).isEmpty();
            assertThat(child.analyze(bytes, "C.java", StandardCharsets.UTF_8)).isEmpty();
        }
        assertThat(listener.warnings).hasSize(1);
        assertThat(listener.warnings.get(0))
                .startsWith("rust-fit: parsing in a separate JVM failed (exit status 3, ")
                .contains("it said: simulated crash after one file")
                .endsWith("the remaining files are parsed in Maven's JVM, with the same result. Set"
                        + " rustfit.fork=never to parse there from the start.");
    }

    @Test
    void a_java_that_cannot_be_started_is_reported_and_nothing_is_started() {
        Launch usual = Launch.likeThisJvm(List.of());
        Launch missing =
                new Launch(Path.of("/no/such/java"), usual.classPath(), usual.jvmArguments(), usual.mainClass());

        assertThat(ParsingProcess.start(missing, NEWEST, SIGNAL_IDS, 1, listener))
                .isEmpty();
        assertThat(listener.warnings)
                .singleElement()
                .asString()
                .startsWith("rust-fit: could not start a JVM to parse in (")
                .endsWith("); parsing in Maven's JVM instead, with the same result. Set rustfit.fork=never to skip"
                        + " the attempt.");
    }

    /** Starts the real child with one more JVM argument and asks it for one small file. */
    private Optional<ParsingProcess.Analysed> analyzeOneFileWithJvmArgument(String argument) {
        try (ParsingProcess child = ParsingProcess.start(
                        launch(ParsingProcessMain.class.getName(), argument), NEWEST, SIGNAL_IDS, 1, listener)
                .orElseThrow()) {
            return child.analyze("class A {}".getBytes(StandardCharsets.UTF_8), "A.java", StandardCharsets.UTF_8);
        }
    }

    @Test
    void a_jvm_that_refuses_its_arguments_counts_as_stopped() {
        assertThat(analyzeOneFileWithJvmArgument("-Xmx1k")).isEmpty();
        assertThat(listener.warnings)
                .singleElement()
                .asString()
                .startsWith("rust-fit: parsing in a separate JVM failed (exit status 1, ");
    }

    @Test
    void a_jvm_argument_that_prints_to_standard_output_is_caught_and_named_never_read_as_a_report() {
        assertThat(analyzeOneFileWithJvmArgument("-Xlog:gc")).isEmpty();
        assertThat(listener.warnings)
                .singleElement()
                .asString()
                .startsWith("rust-fit: parsing in a separate JVM failed (its standard output holds something other"
                        + " than replies (\"[")
                .contains("such as -Xlog or -verbose without a file");
    }

    @Test
    void the_launch_runs_this_java_with_the_tuning_flags_the_heap_limit_and_the_users_arguments_last() {
        Launch launch = Launch.likeThisJvm(List.of("-Xmx1g"));

        assertThat(launch.java()).isEqualTo(Path.of(System.getProperty("java.home"), "bin", "java"));
        assertThat(launch.jvmArguments()).startsWith(Launch.TUNING.toArray(String[]::new));
        assertThat(launch.jvmArguments())
                .anyMatch(argument -> argument.startsWith("-Xmx") && !argument.equals("-Xmx1g"));
        assertThat(launch.jvmArguments()).last().isEqualTo("-Xmx1g");
        assertThat(launch.mainClass()).isEqualTo(ParsingProcessMain.class.getName());
        assertThat(launch.command(List.of("JAVA_21", "2", "a,b")))
                .endsWith("-cp", launch.classPath(), ParsingProcessMain.class.getName(), "JAVA_21", "2", "a,b");
    }
}
