package io.github.rustfit.core.signals.hotpath;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.signals.Findings;
import io.github.rustfit.core.signals.Signal;
import io.github.rustfit.core.signals.syntax.Syntax;
import io.github.rustfit.core.signals.syntax.SyntaxIndex;
import java.util.Set;

/**
 * Per-thread scratch buffers: thread-local variables holding arrays, byte or char buffers,
 * builders, encoders or digests, kept to avoid allocating on every call. A thread-local date
 * format or request context is not a buffer and does not count.
 */
public final class ThreadLocalBuffersSignal implements Signal {

    private static final Set<String> THREAD_LOCALS = Set.of("ThreadLocal", "FastThreadLocal");
    private static final Set<String> SCRATCH = Set.of(
            "StringBuilder",
            "CharsetEncoder",
            "CharsetDecoder",
            "MessageDigest",
            "Deflater",
            "Inflater",
            "CRC32",
            "CRC32C");

    @Override
    public String id() {
        return "hotpath.thread-local-buffers";
    }

    @Override
    public Criterion criterion() {
        return Criterion.DATA_PLANE;
    }

    @Override
    public String description() {
        return "Thread-local scratch buffers reused across calls, an allocation-avoiding trick of"
                + " throughput-critical code.";
    }

    @Override
    public void inspect(CompilationUnit unit, Findings findings) {
        SyntaxIndex.findAll(unit, VariableDeclarator.class, ThreadLocalBuffersSignal::holdsScratch)
                .forEach(findings::report);
    }

    private static boolean holdsScratch(VariableDeclarator declarator) {
        if (!(declarator.getType() instanceof ClassOrInterfaceType type)
                || !THREAD_LOCALS.contains(type.getNameAsString())) {
            return false;
        }
        return type.getTypeArguments()
                .filter(arguments -> arguments.size() == 1)
                .map(arguments -> isScratch(arguments.get(0)))
                .orElse(false);
    }

    private static boolean isScratch(Type held) {
        String name = Syntax.simpleName(held);
        return held.isArrayType() || name.endsWith("Buffer") || name.endsWith("Buf") || SCRATCH.contains(name);
    }
}
