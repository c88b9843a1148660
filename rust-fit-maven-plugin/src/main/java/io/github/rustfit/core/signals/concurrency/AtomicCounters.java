package io.github.rustfit.core.signals.concurrency;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import io.github.rustfit.core.signals.syntax.ObjectCensus;
import io.github.rustfit.core.signals.syntax.Syntax;
import io.github.rustfit.core.signals.syntax.SyntaxIndex;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

/**
 * Which of a file's atomic objects are counters: adders, and atomic integers and longs that the file
 * only increments, adds to, reads and sets, never compares-and-sets or updates through a function.
 * A counter keeps statistics, sequence numbers or sizes; it needs an atomic increment, not a
 * lock-free algorithm, so it is bookkeeping rather than a concurrent core.
 */
final class AtomicCounters {

    static final Set<String> ADDERS = Set.of("LongAdder", "DoubleAdder");
    static final Set<String> NUMBERS = Set.of("AtomicInteger", "AtomicLong");
    static final Set<String> TYPES = Set.of("LongAdder", "DoubleAdder", "AtomicInteger", "AtomicLong");

    /** Calls that make an atomic number the state of an algorithm: a comparison or an update function. */
    private static final Set<String> CONDITIONAL = Set.of(
            "compareAndSet",
            "weakCompareAndSet",
            "weakCompareAndSetPlain",
            "weakCompareAndSetVolatile",
            "weakCompareAndSetAcquire",
            "weakCompareAndSetRelease",
            "compareAndExchange",
            "compareAndExchangeAcquire",
            "compareAndExchangeRelease",
            "updateAndGet",
            "getAndUpdate",
            "accumulateAndGet",
            "getAndAccumulate");

    private AtomicCounters() {}

    /** The counters found in a unit, kept on it: two signals ask for them. */
    private static final DataKey<Set<Node>> FOUND = new DataKey<>() {};

    /** The counter objects of {@code unit}, as {@link ObjectCensus} reports objects. */
    static Set<Node> of(CompilationUnit unit) {
        return Syntax.kept(unit, FOUND, found -> Collections.unmodifiableSet(find(found)));
    }

    private static Set<Node> find(CompilationUnit unit) {
        Set<String> conditioned = new HashSet<>();
        boolean conditionedUnnamed = false;
        for (MethodCallExpr call : SyntaxIndex.findAll(unit, MethodCallExpr.class)) {
            if (!CONDITIONAL.contains(call.getNameAsString()) || call.getScope().isEmpty()) {
                continue;
            }
            Optional<String> name = Syntax.variableName(call.getScope().get());
            if (name.isPresent()) {
                conditioned.add(name.get());
            } else {
                // an atomic reached through a map or a getter: which object it is cannot be told
                conditionedUnnamed = true;
            }
        }
        Set<Node> counters = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Node object : ObjectCensus.objects(unit, TYPES, ObjectCensus.newOf(TYPES))) {
            if (isCounter(object, conditioned, conditionedUnnamed)) {
                counters.add(object);
            }
        }
        return counters;
    }

    private static boolean isCounter(Node object, Set<String> conditioned, boolean conditionedUnnamed) {
        if (object instanceof VariableDeclarator declarator) {
            if (isOf(declarator, ADDERS)) {
                return true;
            }
            return isOf(declarator, NUMBERS) && !conditioned.contains(declarator.getNameAsString());
        }
        if (object instanceof ObjectCreationExpr creation) {
            if (Syntax.isType(creation.getType(), ADDERS)) {
                return true;
            }
            return Syntax.isType(creation.getType(), NUMBERS) && !conditionedUnnamed;
        }
        return false;
    }

    private static boolean isOf(VariableDeclarator declarator, Set<String> kinds) {
        if (Syntax.isType(declarator.getType(), kinds)) {
            return true;
        }
        Optional<Expression> init = declarator.getInitializer().map(Syntax::unwrap);
        return init.isPresent()
                && init.get() instanceof ObjectCreationExpr creation
                && Syntax.isType(creation.getType(), kinds);
    }
}
