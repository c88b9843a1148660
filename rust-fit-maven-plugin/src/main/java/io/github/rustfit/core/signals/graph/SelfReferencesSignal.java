package io.github.rustfit.core.signals.graph;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.signals.Findings;
import io.github.rustfit.core.signals.Signal;
import io.github.rustfit.core.signals.syntax.SyntaxIndex;
import java.util.Set;

/**
 * Types that point at their own kind: an instance field (or record component) whose type is the
 * declaring type, an array of it, or a collection, map or optional holding it, such as a parent,
 * children, neighbours or a next pointer. Static fields (a singleton instance) and enums do not
 * count.
 */
public final class SelfReferencesSignal implements Signal {

    private static final Set<String> BUILDERS = Set.of("Builder");

    @Override
    public String id() {
        return "graph.self-references";
    }

    @Override
    public Criterion criterion() {
        return Criterion.SELF_REFERENTIAL_DATA;
    }

    @Override
    public String description() {
        return "Fields through which objects point at others of their own type (parents, children,"
                + " neighbours, next links), the graph shapes single ownership resists.";
    }

    @Override
    public void inspect(CompilationUnit unit, Findings findings) {
        for (TypeDeclaration<?> type : SyntaxIndex.findAll(unit, TypeDeclaration.class)) {
            String own = type.getNameAsString();
            if (type.isEnumDeclaration() || BUILDERS.contains(own)) {
                continue;
            }
            for (FieldDeclaration field : type.getFields()) {
                if (field.isStatic()) {
                    continue;
                }
                for (VariableDeclarator variable : field.getVariables()) {
                    if (mentions(variable.getType(), own)) {
                        findings.report(variable);
                    }
                }
            }
            if (type instanceof RecordDeclaration record) {
                for (Parameter component : record.getParameters()) {
                    if (mentions(component.getType(), own)) {
                        findings.report(component);
                    }
                }
            }
        }
    }

    /**
     * {@code T}, {@code T[]}, or a container with {@code T} as a direct type argument ({@code
     * List<T>}, {@code Map<K, T>}, {@code Optional<T>}). A deeper mention such as {@code
     * List<Consumer<T>>} holds functions, not nodes.
     */
    private static boolean mentions(Type type, String own) {
        if (isOwn(type, own)) {
            return true;
        }
        return type instanceof ClassOrInterfaceType named
                && named.getTypeArguments()
                        .map(arguments -> arguments.stream().anyMatch(argument -> isOwn(argument, own)))
                        .orElse(false);
    }

    private static boolean isOwn(Type type, String own) {
        Type element = type.isArrayType() ? type.asArrayType().getElementType() : type;
        return element instanceof ClassOrInterfaceType named
                && named.getNameAsString().equals(own);
    }
}
