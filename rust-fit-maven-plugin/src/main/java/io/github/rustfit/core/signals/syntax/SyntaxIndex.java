package io.github.rustfit.core.signals.syntax;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.Node;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The nodes of one parsed file, collected in a single walk and grouped by type on first request,
 * so the dozens of signals that each look for a few node types share one traversal instead of
 * walking the whole tree each. Same nodes, same (pre-)order as {@link Node#findAll(Class)}. The
 * index lives on the compilation unit and goes with it when the file is done.
 */
public final class SyntaxIndex {

    private static final DataKey<SyntaxIndex> KEY = new DataKey<>() {};

    private final List<Node> nodes = new ArrayList<>();
    private final Map<Class<?>, List<?>> byType = new HashMap<>();

    private SyntaxIndex(CompilationUnit unit) {
        unit.walk(nodes::add);
    }

    /** Every node of {@code type} in {@code unit}, as {@code SyntaxIndex.findAll(unit, type)} would list them. */
    public static <T extends Node> List<T> findAll(CompilationUnit unit, Class<T> type) {
        return of(unit).all(type);
    }

    /** The nodes of {@code type} in {@code unit} that {@code predicate} accepts. */
    public static <T extends Node> List<T> findAll(CompilationUnit unit, Class<T> type, Predicate<T> predicate) {
        List<T> all = findAll(unit, type);
        List<T> matching = new ArrayList<>();
        for (T node : all) {
            if (predicate.test(node)) {
                matching.add(node);
            }
        }
        return matching;
    }

    private static SyntaxIndex of(CompilationUnit unit) {
        if (unit.containsData(KEY)) {
            return unit.getData(KEY);
        }
        SyntaxIndex index = new SyntaxIndex(unit);
        unit.setData(KEY, index);
        return index;
    }

    @SuppressWarnings("unchecked")
    private <T extends Node> List<T> all(Class<T> type) {
        return (List<T>) byType.computeIfAbsent(type, wanted -> {
            List<T> found = new ArrayList<>();
            for (Node node : nodes) {
                if (type.isInstance(node)) {
                    found.add(type.cast(node));
                }
            }
            return Collections.unmodifiableList(found);
        });
    }
}
