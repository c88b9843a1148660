package io.github.rustfit.core.signals.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithSimpleName;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import io.github.rustfit.core.parse.LanguageLevels;
import io.github.rustfit.core.parse.SourceParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SyntaxIndexTest {

    private static final List<Class<? extends Node>> TYPES = List.of(
            Node.class,
            Expression.class,
            Statement.class,
            BodyDeclaration.class,
            TypeDeclaration.class,
            BinaryExpr.class,
            MethodCallExpr.class,
            NameExpr.class,
            ClassOrInterfaceType.class);

    @Test
    void lists_the_same_nodes_in_the_same_order_as_a_full_walk_for_every_fixture() throws Exception {
        SourceParser parser = new SourceParser(LanguageLevels.newest());
        List<Path> fixtures;
        try (Stream<Path> walk = Files.walk(Path.of("src/test/resources/signal-fixtures"))) {
            fixtures = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        assertThat(fixtures).hasSizeGreaterThan(20);

        for (Path fixture : fixtures) {
            SourceParser.Outcome outcome = parser.parse(Files.readString(fixture));
            if (!(outcome instanceof SourceParser.Outcome.Parsed parsed)) {
                continue;
            }
            CompilationUnit unit = parsed.unit();
            for (Class<? extends Node> type : TYPES) {
                List<Node> indexed = List.copyOf(SyntaxIndex.findAll(unit, type));
                List<Node> walked = List.copyOf(unit.findAll(type));
                assertThat(indexed)
                        .as("%s in %s", type.getSimpleName(), fixture)
                        .hasSameSizeAs(walked)
                        .zipSatisfy(walked, (a, b) -> assertThat(a).isSameAs(b));
            }
        }
    }

    @Test
    void a_predicate_keeps_only_the_nodes_it_accepts_in_order() {
        CompilationUnit unit = ((SourceParser.Outcome.Parsed)
                        new SourceParser(LanguageLevels.newest()).parse("class A { void m() { a(); b(); a(); } }"))
                .unit();

        assertThat(SyntaxIndex.findAll(
                                unit,
                                MethodCallExpr.class,
                                call -> call.getNameAsString().equals("a"))
                        .stream()
                        .map(NodeWithSimpleName::getNameAsString))
                .containsExactly("a", "a");
    }
}
