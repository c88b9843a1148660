package io.github.rustfit.core.signals.syntax;

import com.github.javaparser.JavaToken;
import com.github.javaparser.Position;
import com.github.javaparser.TokenRange;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.IntersectionType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.UnionType;
import com.github.javaparser.ast.type.WildcardType;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Name-level questions about the syntax tree, answered without resolving symbols. */
public final class Syntax {

    private Syntax() {}

    /**
     * What {@code work} finds in {@code unit}, worked out once per file and kept on its tree under
     * {@code key}, so that every signal that asks again shares it; it goes with the tree when the
     * file is done.
     */
    public static <T> T kept(CompilationUnit unit, DataKey<T> key, Function<CompilationUnit, T> work) {
        if (!unit.containsData(key)) {
            unit.setData(key, work.apply(unit));
        }
        return unit.getData(key);
    }

    /**
     * The simple name of a type as written: {@code ReentrantLock} for {@code
     * java.util.concurrent.locks.ReentrantLock}, {@code Map} for {@code Map<K, V>}, {@code byte[]}
     * for a byte array, the keyword for a primitive.
     */
    public static String simpleName(Type type) {
        if (type instanceof ClassOrInterfaceType named) {
            return named.getNameAsString();
        }
        if (type instanceof ArrayType array) {
            return simpleName(array.getComponentType()) + "[]";
        }
        return written(type);
    }

    /**
     * A type as {@link Type#asString()} writes it ({@code java.util.List<int[]>}, {@code Map<K,V>}, {@code ? extends
     * T}), the same under any default locale. JavaParser spells primitive keywords in the locale the
     * JVM had when it first met them, so under Turkish {@code int} comes out as {@code ınt}, in
     * {@code asString()} and in its printers alike.
     */
    public static String written(Type type) {
        if (type instanceof PrimitiveType primitive) {
            return primitive.getType().name().toLowerCase(Locale.ROOT);
        }
        if (type instanceof ArrayType array) {
            return written(array.getComponentType()) + "[]";
        }
        if (type instanceof ClassOrInterfaceType named) {
            StringBuilder text = new StringBuilder();
            named.getScope().ifPresent(scope -> text.append(written(scope)).append('.'));
            text.append(named.getNameAsString());
            named.getTypeArguments()
                    .ifPresent(arguments -> text.append(
                            arguments.stream().map(Syntax::written).collect(Collectors.joining(",", "<", ">"))));
            return text.toString();
        }
        if (type instanceof WildcardType wildcard) {
            return "?"
                    + wildcard.getExtendedType()
                            .map(bound -> " extends " + written(bound))
                            .orElse("")
                    + wildcard.getSuperType()
                            .map(bound -> " super " + written(bound))
                            .orElse("");
        }
        if (type instanceof UnionType union) {
            return union.getElements().stream().map(Syntax::written).collect(Collectors.joining("|"));
        }
        if (type instanceof IntersectionType intersection) {
            return intersection.getElements().stream().map(Syntax::written).collect(Collectors.joining("&"));
        }
        return type.asString();
    }

    /** True when {@code type}'s simple name is one of {@code names}. */
    public static boolean isType(Type type, Set<String> names) {
        return names.contains(simpleName(type));
    }

    /** The last name of a name or field-access expression ({@code Executors} for {@code j.u.c.Executors}). */
    public static Optional<String> lastName(Expression expression) {
        if (expression instanceof NameExpr name) {
            return Optional.of(name.getNameAsString());
        }
        if (expression instanceof FieldAccessExpr access) {
            return Optional.of(access.getNameAsString());
        }
        return Optional.empty();
    }

    /** The variable named by {@code expression} when it is a plain name or {@code this.name}. */
    public static Optional<String> variableName(Expression expression) {
        Expression unwrapped = unwrap(expression);
        if (unwrapped instanceof NameExpr name) {
            return Optional.of(name.getNameAsString());
        }
        if (unwrapped instanceof FieldAccessExpr access && access.getScope() instanceof ThisExpr) {
            return Optional.of(access.getNameAsString());
        }
        return Optional.empty();
    }

    /** True when {@code call} is {@code Type.method(...)} with the type named by its simple or qualified name. */
    public static boolean isStaticCall(MethodCallExpr call, String typeName, Set<String> methods) {
        return methods.contains(call.getNameAsString())
                && call.getScope()
                        .flatMap(Syntax::lastName)
                        .filter(typeName::equals)
                        .isPresent();
    }

    /** Strips parentheses and casts. */
    public static Expression unwrap(Expression expression) {
        Expression current = expression;
        while (true) {
            if (current instanceof EnclosedExpr enclosed) {
                current = enclosed.getInner();
            } else if (current instanceof CastExpr cast) {
                current = cast.getExpression();
            } else {
                return current;
            }
        }
    }

    /** The simple name of the type a scope is cast to, as in {@code ((SocketChannel) key.channel())}. */
    public static Optional<String> castType(Expression expression) {
        Expression current = expression;
        while (current instanceof EnclosedExpr enclosed) {
            current = enclosed.getInner();
        }
        return current instanceof CastExpr cast ? Optional.of(simpleName(cast.getType())) : Optional.empty();
    }

    /** True when {@code call}'s result is itself the receiver of another call. */
    public static boolean isReceiverOfAnotherCall(Expression call) {
        return call.getParentNode().orElse(null) instanceof MethodCallExpr parent
                && parent.getScope().filter(scope -> scope == call).isPresent();
    }

    /** True when the declaration carries an annotation with one of these simple names (or qualified forms). */
    public static boolean hasAnnotation(NodeWithAnnotations<?> declaration, Set<String> simpleNames) {
        return declaration.getAnnotations().stream().anyMatch(annotation -> isAnnotation(annotation, simpleNames));
    }

    /** True when the annotation's simple name is one of {@code simpleNames}, whether written qualified or not. */
    public static boolean isAnnotation(AnnotationExpr annotation, Set<String> simpleNames) {
        return simpleNames.contains(annotation.getName().getIdentifier());
    }

    /**
     * True when {@code simpleName}, used unqualified in {@code unit}, can only come from one of
     * {@code packages}: the file imports it from there (singly or on demand). A qualified use is
     * checked by {@link #isQualifiedIn}.
     */
    public static boolean importsFrom(CompilationUnit unit, String simpleName, Set<String> packages) {
        for (ImportDeclaration declaration : unit.getImports()) {
            if (declaration.isStatic()) {
                continue;
            }
            String name = declaration.getNameAsString();
            if (declaration.isAsterisk()
                    ? packages.contains(name)
                    : packages.contains(packageOf(name)) && name.endsWith("." + simpleName)) {
                return true;
            }
        }
        return false;
    }

    /** True when the annotation is written with a qualifier that is one of {@code packages}. */
    public static boolean isQualifiedIn(AnnotationExpr annotation, Set<String> packages) {
        return annotation
                .getName()
                .getQualifier()
                .map(q -> packages.contains(q.asString()))
                .orElse(false);
    }

    private static String packageOf(String qualifiedName) {
        int dot = qualifiedName.lastIndexOf('.');
        return dot < 0 ? "" : qualifiedName.substring(0, dot);
    }

    /** True when {@code expression} initialises a declared variable (through parentheses and casts). */
    public static Optional<VariableDeclarator> initializedVariable(Expression expression) {
        Node current = expression;
        Node parent = current.getParentNode().orElse(null);
        while (parent instanceof EnclosedExpr || parent instanceof CastExpr) {
            current = parent;
            parent = current.getParentNode().orElse(null);
        }
        Node initializer = current;
        if (parent instanceof VariableDeclarator declarator
                && declarator
                        .getInitializer()
                        .filter(init -> init == initializer)
                        .isPresent()) {
            return Optional.of(declarator);
        }
        return Optional.empty();
    }

    /**
     * The Javadoc comment written just before {@code node} (before its annotations and modifiers),
     * read from the tokens: the parser keeps comments as tokens but, for speed, does not attach them
     * to nodes.
     */
    public static Optional<String> javadocBefore(Node node) {
        Optional<Position> begin = node.getBegin();
        Optional<TokenRange> tokens = node.findCompilationUnit().flatMap(unit -> unit.getTokenRange());
        if (begin.isEmpty() || tokens.isEmpty()) {
            return Optional.empty();
        }
        String javadoc = null;
        for (JavaToken token : tokens.get()) {
            if (token.getRange()
                    .filter(range -> range.begin.isBefore(begin.get()))
                    .isEmpty()) {
                break;
            }
            JavaToken.Category category = token.getCategory();
            if (category.isComment()) {
                javadoc = token.getText().startsWith("/**") ? token.getText() : javadoc;
            } else if (!category.isWhitespaceOrComment()) {
                javadoc = null;
            }
        }
        return Optional.ofNullable(javadoc);
    }

    /** The simple type name a parameter was declared with. */
    public static String typeOf(Parameter parameter) {
        return simpleName(parameter.getType());
    }
}
