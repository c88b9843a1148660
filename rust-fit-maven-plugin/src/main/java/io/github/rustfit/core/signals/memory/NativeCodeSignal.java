package io.github.rustfit.core.signals.memory;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.signals.Findings;
import io.github.rustfit.core.signals.Signal;
import io.github.rustfit.core.signals.syntax.Syntax;
import io.github.rustfit.core.signals.syntax.SyntaxIndex;
import java.util.Set;

/** Native code: {@code native} methods (JNI) and native libraries loaded with System or JNA. */
public final class NativeCodeSignal implements Signal {

    @Override
    public String id() {
        return "memory.native-code";
    }

    @Override
    public Criterion criterion() {
        return Criterion.SAFETY_CRITICAL_SERVICE;
    }

    @Override
    public String description() {
        return "Native methods and native libraries loaded into the process, code that runs outside"
                + " the JVM's memory safety.";
    }

    @Override
    public void inspect(CompilationUnit unit, Findings findings) {
        SyntaxIndex.findAll(unit, MethodDeclaration.class, MethodDeclaration::isNative)
                .forEach(method -> findings.report(method.getName()));
        SyntaxIndex.findAll(
                        unit,
                        MethodCallExpr.class,
                        call -> Syntax.isStaticCall(call, "System", Set.of("loadLibrary", "load"))
                                || Syntax.isStaticCall(call, "Runtime", Set.of("loadLibrary"))
                                || Syntax.isStaticCall(call, "Native", Set.of("load", "loadLibrary", "register")))
                .forEach(findings::report);
    }
}
