package io.github.rustfit.core.signals.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.type.Type;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Types as written are the same text under any default locale: JavaParser spells {@code int} as
 * {@code ınt} in a JVM that met it under Turkish, and plans and signals compare that text.
 */
class WrittenTypesTest {

    /** Types of every shape, written as JavaParser's own {@code asString()} writes them. */
    static final List<String> TYPES = List.of(
            "int",
            "int[][]",
            "boolean",
            "java.util.List<int[]>",
            "Map<String,List<? extends Number>>",
            "Comparator<? super T>",
            "Outer.Inner<long[]>",
            "List<>");

    @Test
    void a_type_is_written_as_java_parser_writes_it_for_every_type_of_the_signal_fixtures() throws Exception {
        JavaParser parser =
                new JavaParser(new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21));
        List<Type> types = new ArrayList<>();
        try (Stream<Path> files =
                Files.walk(Path.of(getClass().getResource("/signal-fixtures").toURI()))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                CompilationUnit unit = parser.parse(file).getResult().orElseThrow();
                types.addAll(unit.findAll(Type.class));
            }
        }
        assertThat(types).hasSizeGreaterThan(500);
        for (Type type : types) {
            assertThat(Syntax.written(type)).as("%s", type).isEqualTo(type.asString());
        }
    }

    @Test
    void a_type_is_written_the_same_in_a_jvm_started_under_turkish() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(
                        java.toString(),
                        "-Duser.language=tr",
                        "-Duser.country=TR",
                        "-cp",
                        System.getProperty("java.class.path"),
                        WrittenTypesTest.class.getName() + "$InTurkish")
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(output.lines().toList()).containsExactlyElementsOf(TYPES);
    }

    /** Prints each of {@link #TYPES} as written, in a JVM whose default locale is Turkish. */
    public static final class InTurkish {
        public static void main(String[] args) {
            for (String text : TYPES) {
                System.out.println(Syntax.written(parse(text)));
            }
        }

        private static Type parse(String text) {
            return text.equals("var")
                    ? StaticJavaParser.parseVariableDeclarationExpr("var x = 1")
                            .getVariable(0)
                            .getType()
                    : StaticJavaParser.parseType(text);
        }
    }
}
