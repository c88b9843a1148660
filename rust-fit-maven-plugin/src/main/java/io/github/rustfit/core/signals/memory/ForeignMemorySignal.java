package io.github.rustfit.core.signals.memory;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.MethodCallExpr;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.signals.Findings;
import io.github.rustfit.core.signals.Signal;
import io.github.rustfit.core.signals.syntax.Syntax;
import io.github.rustfit.core.signals.syntax.SyntaxIndex;
import io.github.rustfit.core.signals.syntax.VariableTypes;
import java.util.Set;

/**
 * The foreign function and memory API ({@code java.lang.foreign}): arenas opened, native memory
 * allocated, reinterpreted or accessed through segments, and native functions linked.
 */
public final class ForeignMemorySignal implements Signal {

    private static final Set<String> ARENAS = Set.of("ofConfined", "ofShared", "ofAuto", "global");
    private static final Set<String> ALLOCATORS = Set.of("Arena", "SegmentAllocator");
    private static final Set<String> ALLOCATIONS = Set.of("allocate", "allocateFrom", "allocateArray");
    private static final Set<String> SEGMENT_ACCESS =
            Set.of("get", "set", "getAtIndex", "setAtIndex", "reinterpret", "copyFrom", "asSlice", "fill");
    private static final Set<String> LINKING = Set.of("downcallHandle", "upcallStub");

    @Override
    public String id() {
        return "memory.foreign";
    }

    @Override
    public Criterion criterion() {
        return Criterion.SAFETY_CRITICAL_SERVICE;
    }

    @Override
    public String description() {
        return "Native memory and native calls through the foreign function and memory API, where"
                + " lifetimes are managed by hand in arenas.";
    }

    @Override
    public void inspect(CompilationUnit unit, Findings findings) {
        VariableTypes types = VariableTypes.of(unit);
        SyntaxIndex.findAll(unit, MethodCallExpr.class, call -> {
                    String name = call.getNameAsString();
                    return Syntax.isStaticCall(call, "Arena", ARENAS)
                            || Syntax.isStaticCall(call, "Linker", Set.of("nativeLinker"))
                            || Syntax.isStaticCall(call, "MemorySegment", Set.of("ofAddress", "copy"))
                            || (ALLOCATIONS.contains(name) && types.receiverIsA(call, ALLOCATORS))
                            || (SEGMENT_ACCESS.contains(name) && types.receiverIsA(call, Set.of("MemorySegment")))
                            || (LINKING.contains(name) && types.receiverIsA(call, Set.of("Linker")));
                })
                .forEach(findings::report);
    }
}
