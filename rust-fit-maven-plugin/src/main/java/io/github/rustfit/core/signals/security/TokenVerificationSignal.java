package io.github.rustfit.core.signals.security;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.signals.Findings;
import io.github.rustfit.core.signals.Signal;
import io.github.rustfit.core.signals.syntax.Syntax;
import io.github.rustfit.core.signals.syntax.SyntaxIndex;
import io.github.rustfit.core.signals.syntax.VariableTypes;
import java.util.Set;

/**
 * Credentials and tokens checked in the code: JWT parsers and verifiers (jjwt, java-jwt, Nimbus,
 * Spring Security's decoders), constant-time comparisons of secrets, and authentication providers
 * written by hand.
 */
public final class TokenVerificationSignal implements Signal {

    private static final Set<String> VERIFIERS =
            Set.of("JWTVerifier", "JWSVerifier", "JwtDecoder", "ReactiveJwtDecoder", "JwtParser");
    private static final Set<String> VERIFIER_CLASSES =
            Set.of("MACVerifier", "RSASSAVerifier", "ECDSAVerifier", "DefaultJWTProcessor");
    private static final Set<String> PROVIDERS =
            Set.of("AuthenticationProvider", "ReactiveAuthenticationManager", "AuthenticationManager");

    @Override
    public String id() {
        return "security.token-verification";
    }

    @Override
    public Criterion criterion() {
        return Criterion.SAFETY_CRITICAL_SERVICE;
    }

    @Override
    public String description() {
        return "Tokens, signatures and secrets verified by the service, the checks an attacker aims at" + " first.";
    }

    @Override
    public void inspect(CompilationUnit unit, Findings findings) {
        for (ClassOrInterfaceDeclaration type : SyntaxIndex.findAll(unit, ClassOrInterfaceDeclaration.class)) {
            if (type.getImplementedTypes().stream()
                    .anyMatch(supertype -> PROVIDERS.contains(supertype.getNameAsString()))) {
                findings.report(type.getName());
            }
        }
        SyntaxIndex.findAll(
                        unit, ObjectCreationExpr.class, creation -> Syntax.isType(creation.getType(), VERIFIER_CLASSES))
                .forEach(findings::report);
        VariableTypes types = VariableTypes.of(unit);
        SyntaxIndex.findAll(unit, MethodCallExpr.class, call -> {
                    String name = call.getNameAsString();
                    return Syntax.isStaticCall(call, "MessageDigest", Set.of("isEqual"))
                            || Syntax.isStaticCall(call, "Jwts", Set.of("parser", "parserBuilder"))
                            || Syntax.isStaticCall(call, "JWT", Set.of("require"))
                            || Syntax.isStaticCall(call, "SignedJWT", Set.of("parse"))
                            || ((name.equals("verify") || name.equals("decode") || name.startsWith("parseSigned"))
                                    && types.receiverIsA(call, VERIFIERS));
                })
                .forEach(findings::report);
    }
}
