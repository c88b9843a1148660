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
    void a_lexical_error_is_reported_at_its_line_and_column_not_at_line_zero() {
        SourceParser.Outcome unterminated = parser.parse("class S {\n  String s = \"open;\n}\n");
        SourceParser.Outcome illegal = parser.parse("class I {\n\n  int x = 1 # 2;\n}\n");

        assertThat(unterminated).isInstanceOfSatisfying(SourceParser.Outcome.Failed.class, failed -> {
            assertThat(failed.line()).isEqualTo(2);
            assertThat(failed.column()).isPositive();
            assertThat(failed.message()).containsIgnoringCase("lexical error");
        });
        assertThat(illegal).isInstanceOfSatisfying(SourceParser.Outcome.Failed.class, failed -> {
            assertThat(failed.line()).isEqualTo(3);
            assertThat(failed.column()).isEqualTo(13);
        });
    }

    @Test
    void text_that_is_not_java_fails_without_throwing() {
        assertThat(parser.parse("<html><body>not java</body></html>")).isInstanceOf(SourceParser.Outcome.Failed.class);
    }

    @Test
    void the_levels_post_processors_give_var_its_meaning() {
        assertThat(varTypesIn("class V { void m() { var list = new java.util.ArrayList<String>(); } }"))
                .isEqualTo(1);
    }

    @Test
    void var_keeps_its_meaning_in_loops_lambdas_and_after_a_comment() {
        int varTypes = varTypesIn("""
                class V {
                    void m(java.util.List<String> names) {
                        for (var name : names) {}
                        java.util.function.BiFunction<String, String, String> join = (var a, var b) -> a + b;
                        var/* a comment */count = 1;
                    }
                }
                """);

        assertThat(varTypes).isEqualTo(4);
    }

    /** How many {@code var} types the parse of {@code source} holds; the source must parse. */
    private int varTypesIn(String source) {
        SourceParser.Outcome outcome = parser.parse(source);
        assertThat(outcome).isInstanceOf(SourceParser.Outcome.Parsed.class);
        return ((SourceParser.Outcome.Parsed) outcome)
                .unit()
                .findAll(com.github.javaparser.ast.type.VarType.class)
                .size();
    }

    @Test
    void only_a_file_that_may_declare_var_is_walked_for_it() {
        assertThat(SourceParser.mayDeclareVar("class V { void m() { var x = 1; } }"))
                .isTrue();
        assertThat(SourceParser.mayDeclareVar("var")).isTrue();
        assertThat(SourceParser.mayDeclareVar("class V { String \\u0076ar = null; }"))
                .isTrue();
        assertThat(SourceParser.mayDeclareVar("class V { int variable, avar, var_1, $var; }"))
                .isFalse();
    }

    @Test
    void yield_in_a_switch_expression_parses_at_the_default_level() {
        SourceParser.Outcome outcome = parser.parse("""
                class Y {
                    int m(int k) {
                        return switch (k) {
                            case 1 -> 10;
                            default -> {
                                int twice = k * 2;
                                yield twice;
                            }
                        };
                    }
                }
                """);

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        SourceParser.Outcome.Parsed.class,
                        parsed -> assertThat(parsed.unit().findAll(com.github.javaparser.ast.stmt.YieldStmt.class))
                                .hasSize(1));
    }

    @Test
    void code_javac_would_reject_but_that_is_well_formed_is_analysed_rather_than_validated() {
        // JavaParser's validator would report the conflicting modifiers; the syntax is whole, so
        // the file is analysed
        SourceParser.Outcome outcome = parser.parse("class R { private public void m() {} transient void n() {} }");

        assertThat(outcome).isInstanceOf(SourceParser.Outcome.Parsed.class);
    }

    @Test
    void nodes_carry_their_lines() {
        SourceParser.Outcome outcome = parser.parse("class L {\n\n  void m() {\n    int x = 1 << 3;\n  }\n}\n");

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        SourceParser.Outcome.Parsed.class,
                        parsed -> assertThat(parsed.unit()
                                        .findFirst(com.github.javaparser.ast.expr.BinaryExpr.class)
                                        .flatMap(com.github.javaparser.ast.Node::getBegin)
                                        .map(position -> position.line))
                                .contains(4));
    }
}
