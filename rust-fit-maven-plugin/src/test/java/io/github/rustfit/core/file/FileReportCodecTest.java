package io.github.rustfit.core.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rustfit.core.extraction.FileFacts;
import io.github.rustfit.core.parse.LanguageLevels;
import io.github.rustfit.core.parse.SourceParser;
import io.github.rustfit.core.result.ParseProblem;
import io.github.rustfit.core.signals.Signal;
import io.github.rustfit.core.signals.registry.SignalRegistry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The facts for extraction plans travel in the one encoding of a file report, decoded as strictly as the rest. */
class FileReportCodecTest {

    private static final FileReportCodec CODEC = new FileReportCodec(
            SignalRegistry.fileSignals().stream().map(Signal::id).collect(Collectors.toSet()));

    private static final String SOURCE = """
            package p;

            import java.util.zip.CRC32C;
            import q.Sink;

            public final class Codec implements Sink {
                private final byte[] scratch = new byte[8];
                private final int offset = 0;

                @Override
                public int write(byte[] in, int length) throws FrameException {
                    int sum = 0;
                    for (int i = 0; i < length; i++) {
                        sum += Checksums.crc(in[i] & 0xFF);
                    }
                    return sum;
                }

                Object load(String name) throws Exception {
                    while (true) {
                        try {
                            return Class.forName(name);
                        } catch (Retry e) {
                            continue;
                        }
                    }
                }
            }
            """;

    private static FileReport analysed() {
        return new FileAnalyzer(new SourceParser(LanguageLevels.newest()), SignalRegistry.fileSignals())
                .analyze(SOURCE.getBytes(StandardCharsets.UTF_8), "m/src/p/Codec.java", StandardCharsets.UTF_8);
    }

    @Test
    void a_parsed_files_facts_come_back_as_they_were_encoded() throws Exception {
        FileReport report = analysed();
        assertThat(report.facts().types()).isNotEmpty();
        assertThat(report.facts().types().get(0).buffer())
                .as("bytes with an offset")
                .isTrue();
        assertThat(report.facts().calls()).isNotEmpty();
        assertThat(report.facts().caught()).isNotEmpty();
        assertThat(report.facts().facilities()).isNotEmpty();

        FileReport decoded = CODEC.decode(CODEC.encode(report), report.file());

        assertThat(decoded).isEqualTo(report);
    }

    @Test
    void the_streamed_encoding_is_the_tree_written_out() throws Exception {
        FileReport report = analysed();

        assertThat(new String(CODEC.encode(report), StandardCharsets.UTF_8))
                .isEqualTo(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(CODEC.toTree(report)));
    }

    @Test
    void a_report_without_facts_is_encoded_without_them() {
        FileReport report =
                new FileReport("m/src/p/package-info.java", 1, "p", List.of(), Optional.empty(), Optional.empty());

        assertThat(new String(CODEC.encode(report), StandardCharsets.UTF_8)).doesNotContain("facts");
    }

    @Test
    void a_file_that_did_not_parse_carries_no_facts() {
        FileReport failed = new FileReport(
                "m/src/p/Broken.java",
                3,
                "",
                List.of(),
                Optional.of(new ParseProblem("m/src/p/Broken.java", 2, 1, "Parse error")),
                Optional.empty());
        String json = new String(CODEC.encode(failed), StandardCharsets.UTF_8);
        String withFacts = json.substring(0, json.length() - 1)
                + ",\"facts\":{\"imports\":[],\"types\":[],\"uses\":[],\"calls\":[],\"caught\":[],\"facilities\":[]}}";

        assertThatThrownBy(() -> CODEC.decode(withFacts.getBytes(StandardCharsets.UTF_8), failed.file()))
                .isInstanceOf(FileReportCodec.Invalid.class)
                .hasMessageContaining("did not parse");
    }

    /** A facts part that a faulty writer could produce, by what is wrong with it. */
    static Stream<Arguments> malformed_facts() {
        return Stream.of(
                Arguments.of("a missing field", "\"caught\":", "\"caughtX\":"),
                Arguments.of("a call's type that is no Java name", "\"Checksums|", "\"<script>|"),
                Arguments.of("a call's count below 1", "crc|1|1|1\"", "crc|1|0|0\""),
                Arguments.of("more calls in loops than calls", "crc|1|1|1\"", "crc|1|1|2\""),
                Arguments.of("an arity no method has", "crc|1|", "crc|300|"),
                Arguments.of("a call with a field too many", "crc|1|1|1\"", "crc|1|1|1|9\""),
                Arguments.of("a method's line that is no number", "write|11|6", "write|ten|6"),
                Arguments.of("a method's flags out of range", "write|11|6", "write|11|8"),
                Arguments.of("an unknown kind of type", "\"CLASS\"", "\"STRUCT\""),
                Arguments.of("an unknown facility", "\"REFLECTION\"", "\"TELEPATHY\""),
                Arguments.of("a type's flags out of range", "\"Codec\",\"CLASS\",6,13", "\"Codec\",\"CLASS\",6,16"),
                Arguments.of("an import that is no name", "\"q.Sink\"", "\"q.Sink;DROP\""),
                Arguments.of("a line below 1", "\"Codec\",\"CLASS\",6", "\"Codec\",\"CLASS\",0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed_facts")
    void malformed_facts_make_the_whole_report_invalid(String what, String from, String to) {
        FileReport report = analysed();
        String json = new String(CODEC.encode(report), StandardCharsets.UTF_8);
        assertThat(json).as("the fixture encodes %s", from).contains(from);
        String broken = json.replace(from, to);

        assertThatThrownBy(() -> CODEC.decode(broken.getBytes(StandardCharsets.UTF_8), report.file()))
                .as(what)
                .isInstanceOf(FileReportCodec.Invalid.class);
    }

    /**
     * Receivers whose type is written in the code but is no class name (an array, a generic type, an
     * intersection): a report of such a file must come back from the cache and from the parsing JVM
     * as it was written. A cast to {@code byte[]} once made every report of its file unreadable, so
     * each cold run fell back to parsing in Maven's JVM and each warm run parsed the file again.
     */
    static Stream<Arguments> unusual_receivers() {
        return Stream.of(
                Arguments.of("a cast to an array", "return ((byte[]) value).clone();"),
                Arguments.of("a cast to a qualified array", "return ((java.lang.Object[]) value).clone();"),
                Arguments.of("a cast to a generic type", "return ((java.util.List<String>) value).size();"),
                Arguments.of(
                        "a cast to an intersection", "return ((Runnable & java.io.Serializable) value).hashCode();"),
                Arguments.of("a new array", "return new int[] {1}.clone();"),
                Arguments.of("a class literal", "return int[].class.getName();"),
                Arguments.of("a conditional", "return (value == null ? \"a\" : \"b\").length();"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unusual_receivers")
    void a_report_comes_back_from_its_own_encoding_whatever_the_receivers(String what, String statement)
            throws Exception {
        String source =
                "package p;\n\nclass Holder {\n    Object get(Object value) {\n        " + statement + "\n    }\n}\n";
        FileReport report = new FileAnalyzer(new SourceParser(LanguageLevels.newest()), SignalRegistry.fileSignals())
                .analyze(source.getBytes(StandardCharsets.UTF_8), "m/src/p/Holder.java", StandardCharsets.UTF_8);
        assertThat(report.problem()).as("the fixture parses").isEmpty();

        assertThat(CODEC.decode(CODEC.encode(report), report.file())).as(what).isEqualTo(report);
    }

    @Test
    void the_empty_facts_of_a_failed_parse_are_none() {
        assertThat(FileFacts.NONE.isEmpty()).isTrue();
        assertThat(FileAnalyzer.unreadable("m/x.java", new java.io.IOException("gone"))
                        .facts())
                .isEqualTo(FileFacts.NONE);
    }
}
