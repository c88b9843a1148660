package io.github.rustfit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The size promises of the contributor guide, checked on the main sources: thin Mojos and short
 * methods, so that each step of the run reads on one screen.
 */
class SourceShapeTest {

    /** The longest a method or constructor may be, from its declaration to its closing brace. */
    static final int MAX_METHOD_LINES = 60;

    /** The longest a Mojo may be. */
    static final int MAX_MOJO_LINES = 150;

    private static final Path MAIN = Path.of("src/main/java");

    private static final List<CompilationUnit> UNITS = new ArrayList<>();

    @BeforeAll
    static void parseMainSources() throws IOException {
        JavaParser parser =
                new JavaParser(new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                UNITS.add(parser.parse(file).getResult().orElseThrow());
            }
        }
    }

    @Test
    void no_method_or_constructor_is_longer_than_sixty_lines() {
        List<String> tooLong = new ArrayList<>();
        for (CompilationUnit unit : UNITS) {
            unit.findAll(CallableDeclaration.class).forEach(callable -> {
                int lines = lines(callable);
                if (lines > MAX_METHOD_LINES) {
                    tooLong.add(name(unit).replace(".java", "") + "." + callable.getNameAsString() + " (" + lines
                            + " lines)");
                }
            });
        }
        assertThat(tooLong)
                .as("methods over %d lines; split them into named steps", MAX_METHOD_LINES)
                .isEmpty();
    }

    @Test
    void every_mojo_is_thin() {
        List<String> thick = new ArrayList<>();
        for (CompilationUnit unit : UNITS) {
            for (TypeDeclaration<?> type : unit.getTypes()) {
                if (type.getNameAsString().endsWith("Mojo") && lines(unit) > MAX_MOJO_LINES) {
                    thick.add(type.getNameAsString() + " (" + lines(unit) + " lines)");
                }
            }
        }
        assertThat(UNITS).as("main sources found").isNotEmpty();
        assertThat(thick)
                .as("Mojos over %d lines; move the work into run or core", MAX_MOJO_LINES)
                .isEmpty();
    }

    private static int lines(com.github.javaparser.ast.Node node) {
        return node.getRange()
                .map(range -> range.end.line - range.begin.line + 1)
                .orElse(0);
    }

    private static String name(CompilationUnit unit) {
        return unit.getStorage()
                .map(s -> MAIN.toAbsolutePath()
                        .relativize(s.getPath().toAbsolutePath())
                        .toString())
                .orElse("?");
    }
}
