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
 * Buffers outside the garbage-collected heap: direct NIO and Netty buffers, pooled direct
 * allocation, and files mapped into memory.
 */
public final class DirectBuffersSignal implements Signal {

    @Override
    public String id() {
        return "memory.direct-buffers";
    }

    @Override
    public Criterion criterion() {
        return Criterion.DATA_PLANE;
    }

    @Override
    public String description() {
        return "Direct and memory-mapped buffers that live outside the heap, chosen to move bytes"
                + " without copying on a throughput-critical path.";
    }

    @Override
    public void inspect(CompilationUnit unit, Findings findings) {
        VariableTypes types = VariableTypes.of(unit);
        SyntaxIndex.findAll(
                        unit,
                        MethodCallExpr.class,
                        call -> Syntax.isStaticCall(call, "ByteBuffer", Set.of("allocateDirect"))
                                || Syntax.isStaticCall(call, "Unpooled", Set.of("directBuffer"))
                                || (call.getNameAsString().equals("directBuffer")
                                        && types.receiverIsA(
                                                call, Set.of("ByteBufAllocator", "PooledByteBufAllocator")))
                                || isMapping(call))
                .forEach(findings::report);
    }

    /** {@code channel.map(FileChannel.MapMode.READ_ONLY, 0, size)}. */
    private static boolean isMapping(MethodCallExpr call) {
        return call.getNameAsString().equals("map")
                && call.getArguments().size() == 3
                && call.getArgument(0).toString().contains("MapMode.");
    }
}
