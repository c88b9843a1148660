package io.github.rustfit.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceParserTest {

    private final SourceParser parser = new SourceParser(LanguageLevels.newest());

    @Test
    void parses_java_21_syntax_at_the_default_level() {
        String source = """
                package p;
                sealed interface Shape permits Circle, Square {}
                record Circle(double r) implements Shape {}
                record Square(double side) implements Shape {}
                class Areas {
                    static double area(Shape shape) {
                        return switch (shape) {
                            case Circle(double r) when r > 0 -> Math.PI * r * r;
                            case Circle c -> 0;
                            case Square s -> s.side() * s.side();
                        };
                    }
                    static String text() {
                        return \"""
                            multi
                            line\""";
                    }
                    static boolean isCircle(Object o) { return o instanceof Circle c && c.r() > 1; }
                }
                """;

        assertThat(parser.parse(source)).isInstanceOf(SourceParser.Outcome.Parsed.class);
    }

    @Test
    void a_syntax_error_is_data_with_a_line_and_a_message() {
        SourceParser.Outcome outcome = parser.parse("class A {\n  void m( {\n}\n");

        assertThat(outcome).isInstanceOfSatisfying(SourceParser.Outcome.Failed.class, failed -> {
            assertThat(failed.line()).isEqualTo(2);
            assertThat(failed.column()).isPositive();
            assertThat(failed.message()).isNotBlank();
        });
    }

    @Test
    void text_that_is_not_java_fails_without_throwing() {
        assertThat(parser.parse("<html><body>not java</body></html>")).isInstanceOf(SourceParser.Outcome.Failed.class);
    }

    @Test
    void the_levels_post_processors_give_var_its_meaning() {
        SourceParser.Outcome outcome =
                parser.parse("class V { void m() { var list = new java.util.ArrayList<String>(); } }");

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        SourceParser.Outcome.Parsed.class,
                        parsed -> assertThat(parsed.unit().findAll(com.github.javaparser.ast.type.VarType.class))
                                .hasSize(1));
    }
}
