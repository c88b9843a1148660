package io.github.rustfit.core.signals.syntax;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Counts the objects of some kinds a file holds, once each: a variable declared with one of the
 * types, or initialised by creating one, is one object; a creation counts on its own only when it
 * initialises no such variable (for instance one made inside a lambda, passed as an argument, or
 * assigned to a field declared with a wider type). So {@code private final Lock lock = new
 * ReentrantLock();} is one lock, and so is a {@code ReentrantLock} field assigned in the
 * constructor.
 */
public final class ObjectCensus {

    private ObjectCensus() {}

    /**
     * The nodes to report, one per object: variable declarators and stand-alone creations.
     *
     * @param types simple names of the types whose variables count
     * @param isCreation recognises an expression creating such an object ({@code new T()}, a
     *     factory call)
     */
    public static List<Node> objects(CompilationUnit unit, Set<String> types, Predicate<Expression> isCreation) {
        List<Node> found = new ArrayList<>();
        Set<String> countedFields = new HashSet<>();
        for (VariableDeclarator declarator : SyntaxIndex.findAll(unit, VariableDeclarator.class)) {
            boolean typed = Syntax.isType(declarator.getType(), types);
            boolean created = declarator
                    .getInitializer()
                    .map(Syntax::unwrap)
                    .filter(isCreation)
                    .isPresent();
            if (typed || created) {
                found.add(declarator);
                if (declarator.getParentNode().orElse(null) instanceof FieldDeclaration) {
                    countedFields.add(declarator.getNameAsString());
                }
            }
        }
        List<Expression> creations = new ArrayList<>();
        creations.addAll(SyntaxIndex.findAll(unit, ObjectCreationExpr.class, isCreation::test));
        creations.addAll(SyntaxIndex.findAll(unit, MethodCallExpr.class, isCreation::test));
        for (Expression creation : creations) {
            if (Syntax.initializedVariable(creation).isPresent() || assignsCountedField(creation, countedFields)) {
                continue;
            }
            found.add(creation);
        }
        return found;
    }

    private static boolean assignsCountedField(Expression creation, Set<String> countedFields) {
        Node current = creation;
        while (current.getParentNode().orElse(null) instanceof Expression parent
                && (parent.isEnclosedExpr() || parent.isCastExpr())) {
            current = parent;
        }
        return current.getParentNode().orElse(null) instanceof AssignExpr assign
                && assign.getValue() == current
                && Syntax.variableName(assign.getTarget())
                        .filter(countedFields::contains)
                        .isPresent();
    }

    /** Recognises {@code new T(...)} for one of {@code types}, anonymous subclasses included. */
    public static Predicate<Expression> newOf(Set<String> types) {
        return expression ->
                expression instanceof ObjectCreationExpr creation && Syntax.isType(creation.getType(), types);
    }
}
