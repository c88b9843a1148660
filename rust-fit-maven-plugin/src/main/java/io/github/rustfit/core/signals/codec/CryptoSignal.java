package io.github.rustfit.core.signals.codec;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.signals.Findings;
import io.github.rustfit.core.signals.Signal;
import io.github.rustfit.core.signals.syntax.ObjectCensus;
import io.github.rustfit.core.signals.syntax.Syntax;
import io.github.rustfit.core.signals.syntax.SyntaxIndex;
import io.github.rustfit.core.signals.syntax.VariableTypes;
import java.util.Set;

/**
 * Cryptographic transforms over bytes: ciphers, MACs, message digests and signatures (one per
 * object, however it is obtained), and each final operation (doFinal, digest, sign, verify).
 */
public final class CryptoSignal implements Signal {

    private static final Set<String> TYPES = Set.of("Cipher", "Mac", "MessageDigest", "Signature", "KeyAgreement");
    private static final Set<String> FINISHING = Set.of("doFinal", "digest", "sign", "verify", "generateSecret");

    @Override
    public String id() {
        return "codec.crypto";
    }

    @Override
    public Criterion criterion() {
        return Criterion.DATA_PLANE;
    }

    @Override
    public String description() {
        return "Encryption, authentication codes, digests and signatures computed over payloads,"
                + " byte-crunching work that sits on the data path.";
    }

    @Override
    public void inspect(CompilationUnit unit, Findings findings) {
        ObjectCensus.objects(unit, TYPES, CryptoSignal::isObtained).forEach(findings::report);
        VariableTypes types = VariableTypes.of(unit);
        SyntaxIndex.findAll(
                        unit,
                        MethodCallExpr.class,
                        call -> FINISHING.contains(call.getNameAsString()) && types.receiverIsA(call, TYPES))
                .forEach(findings::report);
    }

    private static boolean isObtained(Expression expression) {
        return expression instanceof MethodCallExpr call
                && TYPES.stream().anyMatch(type -> Syntax.isStaticCall(call, type, Set.of("getInstance")));
    }
}
