package io.github.rustfit.core.signals.codec;

import com.github.javaparser.ast.CompilationUnit;
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
 * Compression: deflaters, inflaters and compressing streams (one per object), the deflate and
 * inflate calls that drive them, and calls into LZ4, Zstandard and Snappy.
 */
public final class CompressionSignal implements Signal {

    private static final Set<String> TYPES = Set.of(
            "Deflater",
            "Inflater",
            "GZIPInputStream",
            "GZIPOutputStream",
            "DeflaterOutputStream",
            "InflaterInputStream",
            "ZipInputStream",
            "ZipOutputStream");
    private static final Set<String> LIBRARIES = Set.of("Zstd", "Snappy", "LZ4Factory", "LZ4FrameOutputStream");

    @Override
    public String id() {
        return "codec.compression";
    }

    @Override
    public Criterion criterion() {
        return Criterion.DATA_PLANE;
    }

    @Override
    public String description() {
        return "Compression and decompression of byte streams, tight loops over buffers whose sizes"
                + " come from the input.";
    }

    @Override
    public void inspect(CompilationUnit unit, Findings findings) {
        ObjectCensus.objects(unit, TYPES, ObjectCensus.newOf(TYPES)).forEach(findings::report);
        VariableTypes types = VariableTypes.of(unit);
        SyntaxIndex.findAll(unit, MethodCallExpr.class, call -> isDriving(call, types) || isLibraryCall(call))
                .forEach(findings::report);
    }

    private static boolean isDriving(MethodCallExpr call, VariableTypes types) {
        String name = call.getNameAsString();
        return (name.equals("deflate") || name.equals("inflate"))
                && types.receiverIsA(call, Set.of("Deflater", "Inflater"));
    }

    private static boolean isLibraryCall(MethodCallExpr call) {
        return call.getScope()
                .flatMap(Syntax::lastName)
                .filter(LIBRARIES::contains)
                .isPresent();
    }
}
