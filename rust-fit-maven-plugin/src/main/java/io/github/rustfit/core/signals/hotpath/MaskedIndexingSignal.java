package io.github.rustfit.core.signals.hotpath;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.signals.Findings;
import io.github.rustfit.core.signals.Signal;
import io.github.rustfit.core.signals.syntax.Syntax;
import io.github.rustfit.core.signals.syntax.SyntaxIndex;
import java.util.Locale;
import java.util.Set;

/**
 * Power-of-two masked indexing, as in ring buffers and hash tables: an array slot (or an atomic
 * array element) picked with {@code & mask} or {@code & (length - 1)}. A mask written as a literal
 * is bit-level decoding, counted elsewhere.
 */
public final class MaskedIndexingSignal implements Signal {

    private static final Set<String> ELEMENT_CALLS = Set.of(
            "get", "set", "lazySet", "compareAndSet", "getAndSet", "getAcquire", "setRelease", "getAndIncrement");

    @Override
    public String id() {
        return "hotpath.masked-indexing";
    }

    @Override
    public Criterion criterion() {
        return Criterion.DATA_PLANE;
    }

    @Override
    public String description() {
        return "Array slots chosen with a power-of-two mask, the indexing of ring buffers and"
                + " hand-written hash tables on the hot path.";
    }

    @Override
    public void inspect(CompilationUnit unit, Findings findings) {
        SyntaxIndex.findAll(unit, ArrayAccessExpr.class, access -> isMasked(access.getIndex()))
                .forEach(findings::report);
        SyntaxIndex.findAll(
                        unit,
                        MethodCallExpr.class,
                        call -> ELEMENT_CALLS.contains(call.getNameAsString())
                                && call.getArguments().isNonEmpty()
                                && isMasked(call.getArgument(0))
                                && call.getScope().isPresent())
                .forEach(findings::report);
    }

    /** {@code x & mask}, {@code x & (n - 1)}, {@code x & (array.length - 1)}, with casts around. */
    private static boolean isMasked(Expression index) {
        if (!(Syntax.unwrap(index) instanceof BinaryExpr and) || and.getOperator() != BinaryExpr.Operator.BINARY_AND) {
            return false;
        }
        return isMask(and.getRight()) || isMask(and.getLeft());
    }

    private static boolean isMask(Expression side) {
        Expression unwrapped = Syntax.unwrap(side);
        if (unwrapped instanceof BinaryExpr minus
                && minus.getOperator() == BinaryExpr.Operator.MINUS
                && Syntax.unwrap(minus.getRight()).toString().equals("1")) {
            return true;
        }
        return Syntax.lastName(unwrapped)
                .map(name -> name.toLowerCase(Locale.ROOT).endsWith("mask"))
                .orElse(false);
    }
}
