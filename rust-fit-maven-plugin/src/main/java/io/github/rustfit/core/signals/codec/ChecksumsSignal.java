package io.github.rustfit.core.signals.codec;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.MethodCallExpr;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.signals.Findings;
import io.github.rustfit.core.signals.Signal;
import io.github.rustfit.core.signals.syntax.ObjectCensus;
import io.github.rustfit.core.signals.syntax.SyntaxIndex;
import io.github.rustfit.core.signals.syntax.VariableTypes;
import java.util.Set;

/** Checksums over bytes: CRC32, CRC32C and Adler-32 objects, and each update fed to one. */
public final class ChecksumsSignal implements Signal {

    private static final Set<String> CREATED = Set.of("CRC32", "CRC32C", "Adler32");
    private static final Set<String> TYPES = Set.of("CRC32", "CRC32C", "Adler32", "Checksum");

    @Override
    public String id() {
        return "codec.checksums";
    }

    @Override
    public Criterion criterion() {
        return Criterion.DATA_PLANE;
    }

    @Override
    public String description() {
        return "Checksums computed over frames and records, per-byte work that integrity checks put"
                + " on every message.";
    }

    @Override
    public void inspect(CompilationUnit unit, Findings findings) {
        ObjectCensus.objects(unit, TYPES, ObjectCensus.newOf(CREATED)).forEach(findings::report);
        VariableTypes types = VariableTypes.of(unit);
        SyntaxIndex.findAll(
                        unit,
                        MethodCallExpr.class,
                        call -> call.getNameAsString().equals("update") && types.receiverIsA(call, TYPES))
                .forEach(findings::report);
    }
}
