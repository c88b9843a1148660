package io.github.rustfit.core.signals.syntax;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.TryStmt;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The declared type of named variables in one file, by simple type name, without a symbol
 * solver. A name is looked up in the scopes around its use (block locals, loop and catch
 * variables, resources, lambda and method parameters, fields of the enclosing types); a name not
 * declared there (an inherited field, say) falls back to every declaration of that name in the
 * file. {@code var} takes the type of a {@code new} initializer.
 */
public final class VariableTypes {

    private final Map<String, Set<String>> fileWide = new HashMap<>();

    private VariableTypes() {}

    private static final DataKey<VariableTypes> KEY = new DataKey<>() {};

    /** The declared types of {@code unit}'s variables, worked out once per file and shared by signals. */
    public static VariableTypes of(CompilationUnit unit) {
        return Syntax.kept(unit, KEY, VariableTypes::collect);
    }

    private static VariableTypes collect(CompilationUnit unit) {
        VariableTypes types = new VariableTypes();
        for (VariableDeclarator declarator : SyntaxIndex.findAll(unit, VariableDeclarator.class)) {
            types.add(declarator.getNameAsString(), typeOf(declarator));
        }
        for (Parameter parameter : SyntaxIndex.findAll(unit, Parameter.class)) {
            types.add(parameter.getNameAsString(), typeOf(parameter));
        }
        return types;
    }

    private void add(String name, String type) {
        fileWide.computeIfAbsent(name, key -> new HashSet<>()).add(type);
    }

    /** Every type {@code name} is declared with anywhere in the file. */
    public Set<String> typesOf(String name) {
        return fileWide.getOrDefault(name, Set.of());
    }

    /** The types a plain name or {@code this.name} may have at its place of use. */
    public Set<String> typesOf(Expression expression) {
        Expression unwrapped = Syntax.unwrap(expression);
        if (unwrapped instanceof NameExpr name) {
            return lookUp(name, name.getNameAsString(), false);
        }
        if (unwrapped instanceof FieldAccessExpr access && access.getScope() instanceof ThisExpr) {
            return lookUp(access, access.getNameAsString(), true);
        }
        return Set.of();
    }

    /** True when {@code expression} is a variable, or a cast, of one of {@code types}. */
    public boolean isA(Expression expression, Set<String> types) {
        Optional<String> cast = Syntax.castType(expression);
        if (cast.isPresent()) {
            return types.contains(cast.get());
        }
        return typesOf(expression).stream().anyMatch(types::contains);
    }

    /** True when the call's receiver is a variable, or a cast, of one of {@code types}. */
    public boolean receiverIsA(MethodCallExpr call, Set<String> types) {
        return call.getScope().filter(scope -> isA(scope, types)).isPresent();
    }

    private Set<String> lookUp(Node use, String name, boolean fieldsOnly) {
        Node current = use.getParentNode().orElse(null);
        while (current != null) {
            Optional<String> found = fieldsOnly ? fieldIn(current, name) : declaredIn(current, name);
            if (found.isPresent()) {
                return Set.of(found.get());
            }
            current = current.getParentNode().orElse(null);
        }
        return typesOf(name);
    }

    private static Optional<String> fieldIn(Node scope, String name) {
        if (scope instanceof TypeDeclaration<?> type) {
            Optional<String> field = type.getFields().stream()
                    .flatMap(declaration -> declaration.getVariables().stream())
                    .filter(variable -> variable.getNameAsString().equals(name))
                    .map(VariableTypes::typeOf)
                    .findFirst();
            if (field.isPresent() || !(scope instanceof RecordDeclaration record)) {
                return field;
            }
            return parameter(record.getParameters().stream(), name);
        }
        return Optional.empty();
    }

    private static Optional<String> declaredIn(Node scope, String name) {
        if (scope instanceof BlockStmt block) {
            return locals(block.getStatements().stream(), name);
        }
        if (scope instanceof CallableDeclaration<?> callable) {
            return parameter(callable.getParameters().stream(), name);
        }
        if (scope instanceof LambdaExpr lambda) {
            return parameter(lambda.getParameters().stream(), name);
        }
        if (scope instanceof ForStmt loop) {
            return variables(loop.getInitialization().stream(), name);
        }
        if (scope instanceof ForEachStmt loop) {
            return variables(Stream.of(loop.getVariable()), name);
        }
        if (scope instanceof TryStmt attempt) {
            return variables(attempt.getResources().stream(), name);
        }
        if (scope instanceof CatchClause clause) {
            return parameter(Stream.of(clause.getParameter()), name);
        }
        return fieldIn(scope, name);
    }

    private static Optional<String> locals(Stream<Statement> statements, String name) {
        return variables(
                statements
                        .filter(Statement::isExpressionStmt)
                        .map(statement -> ((ExpressionStmt) statement).getExpression()),
                name);
    }

    private static Optional<String> variables(Stream<Expression> expressions, String name) {
        return expressions
                .filter(Expression::isVariableDeclarationExpr)
                .flatMap(expression -> ((VariableDeclarationExpr) expression).getVariables().stream())
                .filter(variable -> variable.getNameAsString().equals(name))
                .map(VariableTypes::typeOf)
                .findFirst();
    }

    private static Optional<String> parameter(Stream<Parameter> parameters, String name) {
        return parameters
                .filter(parameter -> parameter.getNameAsString().equals(name))
                .map(VariableTypes::typeOf)
                .findFirst();
    }

    private static String typeOf(VariableDeclarator declarator) {
        if (!declarator.getType().isVarType()) {
            return Syntax.simpleName(declarator.getType());
        }
        return declarator
                .getInitializer()
                .map(Syntax::unwrap)
                .filter(Expression::isObjectCreationExpr)
                .map(init -> Syntax.simpleName(((ObjectCreationExpr) init).getType()))
                .orElse("var");
    }

    private static String typeOf(Parameter parameter) {
        return Syntax.typeOf(parameter) + (parameter.isVarArgs() ? "[]" : "");
    }
}
