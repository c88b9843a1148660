package io.github.rustfit.core.signals.concurrency;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.signals.Findings;
import io.github.rustfit.core.signals.Signal;
import io.github.rustfit.core.signals.syntax.ObjectCensus;
import io.github.rustfit.core.signals.syntax.Syntax;
import io.github.rustfit.core.signals.syntax.SyntaxIndex;
import io.github.rustfit.core.signals.syntax.VariableTypes;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Lock-free state and explicit memory ordering: atomic variables, field updaters, VarHandles with
 * their ordered accesses and fences, volatile fields, and compare-and-set calls. Adders, and atomic
 * integers and longs a file only counts with, are {@link CountersSignal}'s.
 */
public final class AtomicsSignal implements Signal {

    private static final Set<String> CREATED = Set.of(
            "AtomicInteger",
            "AtomicLong",
            "AtomicBoolean",
            "AtomicReference",
            "AtomicIntegerArray",
            "AtomicLongArray",
            "AtomicReferenceArray",
            "AtomicStampedReference",
            "AtomicMarkableReference",
            "LongAdder",
            "DoubleAdder",
            "LongAccumulator",
            "DoubleAccumulator");
    private static final Set<String> TYPES = union(
            CREATED,
            Set.of("AtomicIntegerFieldUpdater", "AtomicLongFieldUpdater", "AtomicReferenceFieldUpdater", "VarHandle"));
    private static final Set<String> HANDLE_FACTORIES = Set.of(
            "findVarHandle",
            "findStaticVarHandle",
            "arrayElementVarHandle",
            "byteArrayViewVarHandle",
            "byteBufferViewVarHandle",
            "newUpdater");
    private static final Set<String> CAS =
            Set.of("compareAndSet", "weakCompareAndSet", "weakCompareAndSetVolatile", "weakCompareAndSetPlain");
    private static final Set<String> FENCES =
            Set.of("fullFence", "acquireFence", "releaseFence", "loadLoadFence", "storeStoreFence");

    @Override
    public String id() {
        return "concurrency.atomics";
    }

    @Override
    public Criterion criterion() {
        return Criterion.FUNDAMENTAL_CONCURRENCY;
    }

    @Override
    public String description() {
        return "Lock-free state and explicit memory ordering (atomics, adders, VarHandles, volatile"
                + " fields, compare-and-set), code whose correctness rests on the memory model.";
    }

    @Override
    public void inspect(CompilationUnit unit, Findings findings) {
        Set<Node> reported = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Node> counters = AtomicCounters.of(unit);
        List<Node> objects =
                ObjectCensus.objects(unit, TYPES, ObjectCensus.newOf(CREATED).or(AtomicsSignal::isHandleFactory));
        objects.stream().filter(object -> !counters.contains(object)).forEach(reported::add);
        for (FieldDeclaration field : SyntaxIndex.findAll(unit, FieldDeclaration.class, FieldDeclaration::isVolatile)) {
            // a volatile atomic is one object: the identity set keeps it once
            field.getVariables().stream()
                    .filter(variable -> !counters.contains(variable))
                    .forEach(reported::add);
        }
        VariableTypes types = VariableTypes.of(unit);
        for (MethodCallExpr call : SyntaxIndex.findAll(unit, MethodCallExpr.class)) {
            String name = call.getNameAsString();
            boolean onHandle = isOrderedAccess(name) && types.receiverIsA(call, Set.of("VarHandle"));
            boolean casOnAtomic =
                    (CAS.contains(name) || name.startsWith("compareAndExchange")) && types.receiverIsA(call, TYPES);
            boolean fence = Syntax.isStaticCall(call, "VarHandle", FENCES);
            if (onHandle || casOnAtomic || fence) {
                reported.add(call);
            }
        }
        reported.stream()
                .sorted(java.util.Comparator.comparing(
                        node -> node.getBegin().map(p -> p.line).orElse(0)))
                .forEach(findings::report);
    }

    private static boolean isHandleFactory(Expression expression) {
        return expression instanceof MethodCallExpr call && HANDLE_FACTORIES.contains(call.getNameAsString());
    }

    private static boolean isOrderedAccess(String name) {
        return name.startsWith("compareAnd")
                || name.startsWith("weakCompareAndSet")
                || name.startsWith("getAnd")
                || name.equals("getVolatile")
                || name.equals("setVolatile")
                || name.equals("getAcquire")
                || name.equals("setRelease")
                || name.equals("getOpaque")
                || name.equals("setOpaque");
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
