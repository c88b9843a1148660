package io.github.rustfit.core.signals.memory;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.MethodCallExpr;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.signals.Findings;
import io.github.rustfit.core.signals.Signal;
import io.github.rustfit.core.signals.syntax.Syntax;
import io.github.rustfit.core.signals.syntax.VariableTypes;
import java.util.Set;

/**
 * Raw memory access through {@code sun.misc.Unsafe} (or the JDK-internal one): each variable
 * holding it and each call made on it.
 */
public final class UnsafeMemorySignal implements Signal {

    private static final Set<String> UNSAFE = Set.of("Unsafe");

    @Override
    public String id() {
        return "memory.unsafe";
    }

    @Override
    public Criterion criterion() {
        return Criterion.SAFETY_CRITICAL_SERVICE;
    }

    @Override
    public String description() {
        return "Reads, writes and allocations through Unsafe, where the JVM no longer checks bounds"
                + " or lifetimes and a mistake corrupts memory.";
    }

    @Override
    public void inspect(CompilationUnit unit, Findings findings) {
        unit.findAll(VariableDeclarator.class, declarator -> Syntax.isType(declarator.getType(), UNSAFE))
                .forEach(findings::report);
        VariableTypes types = VariableTypes.of(unit);
        unit.findAll(
                        MethodCallExpr.class,
                        call -> types.receiverIsA(call, UNSAFE)
                                || Syntax.isStaticCall(call, "Unsafe", Set.of("getUnsafe")))
                .forEach(findings::report);
    }
}
