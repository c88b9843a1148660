package io.github.rustfit.core.signals.concurrency;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.signals.Findings;
import io.github.rustfit.core.signals.Signal;
import io.github.rustfit.core.signals.syntax.ObjectCensus;
import io.github.rustfit.core.signals.syntax.Syntax;
import java.util.HashSet;
import java.util.Set;

/**
 * Collections shared between threads: concurrent maps and queues, blocking queues, copy-on-write
 * lists and synchronized wrappers, one per collection however it is declared and created.
 */
public final class ConcurrentCollectionsSignal implements Signal {

    private static final Set<String> CLASSES = Set.of(
            "ConcurrentHashMap",
            "ConcurrentSkipListMap",
            "ConcurrentSkipListSet",
            "ConcurrentLinkedQueue",
            "ConcurrentLinkedDeque",
            "ArrayBlockingQueue",
            "LinkedBlockingQueue",
            "LinkedBlockingDeque",
            "PriorityBlockingQueue",
            "DelayQueue",
            "SynchronousQueue",
            "LinkedTransferQueue",
            "CopyOnWriteArrayList",
            "CopyOnWriteArraySet");
    private static final Set<String> TYPES =
            with(CLASSES, "ConcurrentMap", "ConcurrentNavigableMap", "BlockingQueue", "BlockingDeque", "TransferQueue");
    private static final Set<String> WRAPPERS = Set.of(
            "synchronizedMap",
            "synchronizedList",
            "synchronizedSet",
            "synchronizedCollection",
            "synchronizedSortedMap",
            "synchronizedSortedSet",
            "synchronizedNavigableMap",
            "synchronizedNavigableSet");

    @Override
    public String id() {
        return "concurrency.concurrent-collections";
    }

    @Override
    public Criterion criterion() {
        return Criterion.FUNDAMENTAL_CONCURRENCY;
    }

    @Override
    public String description() {
        return "Maps, queues and lists built to be shared between threads, each one a hand-off point"
                + " whose safety the type system does not check.";
    }

    @Override
    public void inspect(CompilationUnit unit, Findings findings) {
        ObjectCensus.objects(unit, TYPES, ObjectCensus.newOf(CLASSES).or(ConcurrentCollectionsSignal::isFactory))
                .forEach(findings::report);
    }

    private static boolean isFactory(Expression expression) {
        return expression instanceof MethodCallExpr call
                && (Syntax.isStaticCall(call, "Collections", WRAPPERS)
                        || Syntax.isStaticCall(call, "ConcurrentHashMap", Set.of("newKeySet")));
    }

    private static Set<String> with(Set<String> base, String... more) {
        Set<String> all = new HashSet<>(base);
        all.addAll(Set.of(more));
        return Set.copyOf(all);
    }
}
