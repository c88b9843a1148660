package io.github.rustfit.core.signals.graph;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.signals.Findings;
import io.github.rustfit.core.signals.Signal;
import io.github.rustfit.core.signals.syntax.Syntax;
import io.github.rustfit.core.signals.syntax.SyntaxIndex;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Observer lists: instance fields holding a collection of listeners, observers, subscribers or
 * callbacks (by element type or by field name), and property-change support objects. Each is a
 * web of references from subjects back to the objects watching them.
 */
public final class ObserverListsSignal implements Signal {

    private static final Set<String> COLLECTIONS = Set.of(
            "List",
            "Set",
            "Collection",
            "Queue",
            "Deque",
            "ArrayList",
            "LinkedList",
            "HashSet",
            "LinkedHashSet",
            "CopyOnWriteArrayList",
            "CopyOnWriteArraySet",
            "ConcurrentLinkedQueue",
            "Map",
            "HashMap",
            "ConcurrentHashMap",
            "EventListenerList");
    private static final List<String> WATCHER_SUFFIXES =
            List.of("Listener", "Observer", "Subscriber", "Callback", "Watcher");
    private static final List<String> WATCHER_NAMES =
            List.of("listeners", "observers", "subscribers", "callbacks", "watchers");

    @Override
    public String id() {
        return "graph.observer-lists";
    }

    @Override
    public Criterion criterion() {
        return Criterion.SELF_REFERENTIAL_DATA;
    }

    @Override
    public String description() {
        return "Lists of listeners and observers that subjects call back into, references running"
                + " both ways between objects that mutate each other.";
    }

    @Override
    public void inspect(CompilationUnit unit, Findings findings) {
        for (FieldDeclaration field : SyntaxIndex.findAll(unit, FieldDeclaration.class, field -> !field.isStatic())) {
            for (VariableDeclarator variable : field.getVariables()) {
                if (isWatcherCollection(variable)) {
                    findings.report(variable);
                }
            }
        }
        SyntaxIndex.findAll(
                        unit,
                        ObjectCreationExpr.class,
                        creation -> Syntax.isType(
                                creation.getType(), Set.of("PropertyChangeSupport", "SubmissionPublisher")))
                .forEach(findings::report);
    }

    private static boolean isWatcherCollection(VariableDeclarator variable) {
        Type type = variable.getType();
        if (type.isArrayType()) {
            return holdsWatcher(type.asArrayType().getComponentType());
        }
        if (!(type instanceof ClassOrInterfaceType named) || !COLLECTIONS.contains(named.getNameAsString())) {
            return false;
        }
        String name = variable.getNameAsString().toLowerCase(Locale.ROOT);
        if (named.getNameAsString().equals("EventListenerList")
                || WATCHER_NAMES.stream().anyMatch(name::endsWith)) {
            return true;
        }
        return named.getTypeArguments()
                .map(arguments -> arguments.stream().anyMatch(ObserverListsSignal::holdsWatcher))
                .orElse(false);
    }

    private static boolean holdsWatcher(Type element) {
        if (!(element instanceof ClassOrInterfaceType named)) {
            return false;
        }
        String name = named.getNameAsString();
        return WATCHER_SUFFIXES.stream().anyMatch(name::endsWith);
    }
}
