package io.github.rustfit.core.signals.memory;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.signals.Findings;
import io.github.rustfit.core.signals.Signal;
import io.github.rustfit.core.signals.syntax.Syntax;
import io.github.rustfit.core.signals.syntax.SyntaxIndex;
import io.github.rustfit.core.signals.syntax.VariableTypes;
import java.util.Set;

/**
 * Lifetimes managed by hand with reference counts: retain and release calls on reference-counted
 * buffers, Netty's ReferenceCountUtil, and types that declare their own retain and release. A
 * semaphore's release is not a reference count.
 */
public final class ReferenceCountingSignal implements Signal {

    private static final Set<String> COUNTED = Set.of(
            "ByteBuf", "CompositeByteBuf", "ReferenceCounted", "ByteBufHolder", "DefaultByteBufHolder", "Buffer");
    private static final Set<String> OPERATIONS = Set.of("retain", "release", "retainedDuplicate", "retainedSlice");

    @Override
    public String id() {
        return "memory.reference-counting";
    }

    @Override
    public Criterion criterion() {
        return Criterion.DATA_PLANE;
    }

    @Override
    public String description() {
        return "Buffers whose lifetime is tracked by hand with retain and release, where a missed or"
                + " extra release is a leak or a use-after-free.";
    }

    @Override
    public void inspect(CompilationUnit unit, Findings findings) {
        for (ClassOrInterfaceDeclaration type : SyntaxIndex.findAll(unit, ClassOrInterfaceDeclaration.class)) {
            boolean implementsCounting = type.getImplementedTypes().stream()
                    .anyMatch(supertype -> supertype.getNameAsString().equals("ReferenceCounted"));
            boolean declaresBoth = !type.getMethodsByName("retain").isEmpty()
                    && !type.getMethodsByName("release").isEmpty();
            if (implementsCounting || declaresBoth) {
                findings.report(type.getName());
            }
        }
        VariableTypes types = VariableTypes.of(unit);
        SyntaxIndex.findAll(
                        unit,
                        MethodCallExpr.class,
                        call -> (OPERATIONS.contains(call.getNameAsString()) && types.receiverIsA(call, COUNTED))
                                || Syntax.isStaticCall(
                                        call,
                                        "ReferenceCountUtil",
                                        Set.of("release", "retain", "safeRelease", "touch")))
                .forEach(findings::report);
    }
}
