package io.github.rustfit.core.signals.security;

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
 * TLS handled in the code itself: SSL contexts and engines created, engines driven through wrap
 * and unwrap, Netty SSL contexts built, and custom trust or key managers.
 */
public final class TlsSignal implements Signal {

    private static final Set<String> MANAGERS =
            Set.of("X509TrustManager", "X509ExtendedTrustManager", "X509KeyManager", "X509ExtendedKeyManager");

    @Override
    public String id() {
        return "security.tls";
    }

    @Override
    public Criterion criterion() {
        return Criterion.SAFETY_CRITICAL_SERVICE;
    }

    @Override
    public String description() {
        return "TLS contexts, engines and trust managers run by the service itself, the boundary where"
                + " a flaw exposes every connection.";
    }

    @Override
    public void inspect(CompilationUnit unit, Findings findings) {
        for (ClassOrInterfaceDeclaration type : SyntaxIndex.findAll(unit, ClassOrInterfaceDeclaration.class)) {
            if (type.getImplementedTypes().stream()
                            .anyMatch(supertype -> MANAGERS.contains(supertype.getNameAsString()))
                    || type.getExtendedTypes().stream()
                            .anyMatch(supertype -> MANAGERS.contains(supertype.getNameAsString()))) {
                findings.report(type.getName());
            }
        }
        VariableTypes types = VariableTypes.of(unit);
        SyntaxIndex.findAll(unit, MethodCallExpr.class, call -> {
                    String name = call.getNameAsString();
                    return Syntax.isStaticCall(call, "SSLContext", Set.of("getInstance", "getDefault"))
                            || Syntax.isStaticCall(call, "SslContextBuilder", Set.of("forServer", "forClient"))
                            || (name.equals("createSSLEngine") && types.receiverIsA(call, Set.of("SSLContext")))
                            || ((name.equals("wrap") || name.equals("unwrap"))
                                    && types.receiverIsA(call, Set.of("SSLEngine")));
                })
                .forEach(findings::report);
    }
}
