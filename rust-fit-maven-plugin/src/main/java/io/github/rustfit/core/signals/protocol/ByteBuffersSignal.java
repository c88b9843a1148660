package io.github.rustfit.core.signals.protocol;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.signals.Findings;
import io.github.rustfit.core.signals.Signal;
import io.github.rustfit.core.signals.syntax.Syntax;
import io.github.rustfit.core.signals.syntax.SyntaxIndex;
import io.github.rustfit.core.signals.syntax.VariableTypes;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Byte buffers filled and drained by hand: NIO buffer allocation and wrapping, typed get/put calls
 * and Netty ByteBuf reads and writes. A fluent chain of buffer calls counts once. Wrapping or
 * allocating a numeric buffer ({@code LongBuffer.wrap(ids)}, say) does not count: it hands numbers
 * already decoded to a library, as model-inference code does, and decodes nothing.
 */
public final class ByteBuffersSignal implements Signal {

    static final Set<String> NIO_BUFFERS = Set.of(
            "ByteBuffer",
            "MappedByteBuffer",
            "CharBuffer",
            "ShortBuffer",
            "IntBuffer",
            "LongBuffer",
            "FloatBuffer",
            "DoubleBuffer");
    static final Set<String> BUFFERS = with(NIO_BUFFERS, "ByteBuf", "CompositeByteBuf");
    /** Buffers of raw bytes or characters, whose factories start a wire or text format. */
    static final Set<String> RAW_NIO_BUFFERS = Set.of("ByteBuffer", "MappedByteBuffer", "CharBuffer");

    private static final Set<String> NIO_FACTORIES = Set.of("allocate", "wrap");
    private static final Set<String> NETTY_FACTORIES =
            Set.of("buffer", "heapBuffer", "wrappedBuffer", "copiedBuffer", "compositeBuffer");
    private static final Pattern ACCESS = Pattern.compile(
            "(get|put|read|write|set)(Byte|UnsignedByte|Short|UnsignedShort|Medium|UnsignedMedium|Int|UnsignedInt"
                    + "|Long|Float|Double|Char|Bytes|Boolean)?(LE)?|skipBytes");

    @Override
    public String id() {
        return "protocol.byte-buffers";
    }

    @Override
    public Criterion criterion() {
        return Criterion.DATA_PLANE;
    }

    @Override
    public String description() {
        return "Byte buffers allocated, filled and drained field by field, the raw material of"
                + " protocol and storage formats where bounds and offsets are checked by hand.";
    }

    @Override
    public void inspect(CompilationUnit unit, Findings findings) {
        VariableTypes types = VariableTypes.of(unit);
        for (MethodCallExpr call : SyntaxIndex.findAll(unit, MethodCallExpr.class)) {
            if (counts(call, types) && !continuedBy(call, types)) {
                findings.report(call);
            }
        }
    }

    private static boolean counts(MethodCallExpr call, VariableTypes types) {
        if (isFactory(call)) {
            return true;
        }
        return ACCESS.matcher(call.getNameAsString()).matches()
                && call.getScope().filter(scope -> isBuffer(scope, types)).isPresent();
    }

    private static boolean continuedBy(MethodCallExpr call, VariableTypes types) {
        return Syntax.isReceiverOfAnotherCall(call)
                && counts((MethodCallExpr) call.getParentNode().orElseThrow(), types);
    }

    private static boolean isFactory(MethodCallExpr call) {
        return RAW_NIO_BUFFERS.stream().anyMatch(type -> Syntax.isStaticCall(call, type, NIO_FACTORIES))
                || Syntax.isStaticCall(call, "Unpooled", NETTY_FACTORIES);
    }

    /** A buffer variable or cast, or a call chain that starts at one or at a buffer factory. */
    static boolean isBuffer(Expression expression, VariableTypes types) {
        if (types.isA(expression, BUFFERS)) {
            return true;
        }
        Expression unwrapped = Syntax.unwrap(expression);
        if (unwrapped instanceof MethodCallExpr call) {
            return isFactory(call)
                    || call.getScope().filter(scope -> isBuffer(scope, types)).isPresent();
        }
        return false;
    }

    private static Set<String> with(Set<String> base, String... more) {
        java.util.Set<String> all = new java.util.HashSet<>(base);
        all.addAll(Set.of(more));
        return Set.copyOf(all);
    }
}
