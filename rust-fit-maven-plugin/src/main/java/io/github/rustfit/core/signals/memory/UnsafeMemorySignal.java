package io.github.rustfit.core.signals.memory;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.signals.Findings;
import io.github.rustfit.core.signals.Signal;
import io.github.rustfit.core.signals.syntax.Syntax;
import io.github.rustfit.core.signals.syntax.SyntaxIndex;
import io.github.rustfit.core.signals.syntax.VariableTypes;
import java.util.Set;

/**
 * Raw memory access through {@code sun.misc.Unsafe} (or the JDK-internal one): each variable
 * holding it and each call made on it.
 */
public final class UnsafeMemorySignal implements Signal {

    private static final Set<String> UNSAFE = Set.of("Unsafe");

    /** Cheap first look: every finding needs the file to name the Unsafe type somewhere. */
    private static boolean mentionsUnsafe(CompilationUnit unit) {
        return unit.getImports().stream().anyMatch(i -> i.getNameAsString().endsWith(".Unsafe"))
                || SyntaxIndex.findAll(unit, ClassOrInterfaceType.class).stream()
                        .anyMatch(type -> UNSAFE.contains(type.getNameAsString()))
                || SyntaxIndex.findAll(unit, NameExpr.class).stream()
                        .anyMatch(name -> UNSAFE.contains(name.getNameAsString()));
    }

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
        if (!mentionsUnsafe(unit)) {
            return;
        }
        SyntaxIndex.findAll(unit, VariableDeclarator.class, declarator -> Syntax.isType(declarator.getType(), UNSAFE))
                .forEach(findings::report);
        VariableTypes types = VariableTypes.of(unit);
        SyntaxIndex.findAll(
                        unit,
                        MethodCallExpr.class,
                        call -> types.receiverIsA(call, UNSAFE)
                                || Syntax.isStaticCall(call, "Unsafe", Set.of("getUnsafe")))
                .forEach(findings::report);
    }
}
