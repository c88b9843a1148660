package io.github.rustfit.core.signals.crud;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.signals.Findings;
import io.github.rustfit.core.signals.Signal;
import io.github.rustfit.core.signals.syntax.Syntax;
import io.github.rustfit.core.signals.syntax.SyntaxIndex;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Thin services: in a class annotated {@code @Service} or named {@code ...Service}, each public
 * method whose body is one statement handing the call to one of the class's fields (a repository,
 * a client, a mapper). Counted only when such pass-throughs make up at least half of the class's
 * public methods, so a service with real logic and one convenience method does not count. Executor
 * and completion services that wrap another are concurrency plumbing and do not count either.
 */
public final class DelegatingServicesSignal implements Signal {

    private static final Pattern CONCURRENCY_SERVICE = Pattern.compile("(Executor|Completion)Service$");

    @Override
    public String id() {
        return "crud.delegating-services";
    }

    @Override
    public Criterion criterion() {
        return Criterion.CRUD_SERVICE;
    }

    @Override
    public String description() {
        return "Service methods that only pass a call through to a repository or client field, the"
                + " sign of a layer with little computation of its own.";
    }

    @Override
    public void inspect(CompilationUnit unit, Findings findings) {
        for (ClassOrInterfaceDeclaration type : SyntaxIndex.findAll(unit, ClassOrInterfaceDeclaration.class)) {
            if (type.isInterface()
                    || !(Syntax.hasAnnotation(type, Set.of("Service"))
                            || type.getNameAsString().endsWith("Service"))
                    || isConcurrencyService(type)) {
                continue;
            }
            Set<String> fields = type.getFields().stream()
                    .flatMap(field -> field.getVariables().stream())
                    .map(variable -> variable.getNameAsString())
                    .collect(Collectors.toSet());
            List<MethodDeclaration> publicMethods = type.getMethods().stream()
                    .filter(method -> method.isPublic()
                            && !method.isStatic()
                            && method.getBody().isPresent())
                    .toList();
            List<MethodDeclaration> delegating = publicMethods.stream()
                    .filter(method -> delegatesToAField(method, fields))
                    .toList();
            if (!delegating.isEmpty() && delegating.size() * 2 >= publicMethods.size()) {
                delegating.forEach(method -> findings.report(method.getName()));
            }
        }
    }

    /** An executor or completion service that wraps another is plumbing, not a business service layer. */
    private static boolean isConcurrencyService(ClassOrInterfaceDeclaration type) {
        return Stream.concat(
                        Stream.of(type.getNameAsString()),
                        Stream.concat(type.getExtendedTypes().stream(), type.getImplementedTypes().stream())
                                .map(supertype -> supertype.getNameAsString()))
                .anyMatch(name -> CONCURRENCY_SERVICE.matcher(name).find());
    }

    private static boolean delegatesToAField(MethodDeclaration method, Set<String> fields) {
        List<Statement> statements = method.getBody().orElseThrow().getStatements();
        if (statements.size() != 1) {
            return false;
        }
        Statement only = statements.get(0);
        Optional<Expression> expression = only instanceof ReturnStmt returned
                ? returned.getExpression()
                : only instanceof ExpressionStmt statement ? Optional.of(statement.getExpression()) : Optional.empty();
        return expression
                .map(Syntax::unwrap)
                .filter(Expression::isMethodCallExpr)
                .map(call -> rootReceiver(call.asMethodCallExpr()))
                .flatMap(Syntax::variableName)
                .filter(fields::contains)
                .isPresent();
    }

    /** The start of a call chain: {@code repository} in {@code repository.findById(id).orElseThrow()}. */
    private static Expression rootReceiver(MethodCallExpr call) {
        Expression current = call;
        while (current instanceof MethodCallExpr inner && inner.getScope().isPresent()) {
            current = inner.getScope().get();
        }
        return current;
    }
}
