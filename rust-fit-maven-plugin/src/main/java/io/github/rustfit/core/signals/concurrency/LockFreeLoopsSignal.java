package io.github.rustfit.core.signals.concurrency;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.criteria.Trait;
import io.github.rustfit.core.signals.Findings;
import io.github.rustfit.core.signals.Signal;
import io.github.rustfit.core.signals.syntax.Syntax;
import io.github.rustfit.core.signals.syntax.SyntaxIndex;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A lock-free algorithm written by hand: a loop that retries a compare-and-set (on an atomic, a
 * field updater, a VarHandle, {@code Unsafe}, or a project's own {@code casXxx} helper) until it
 * wins, or that spins with {@code Thread.onSpinWait()} until another thread moves. Calling an
 * atomic's own {@code updateAndGet} or {@code incrementAndGet} uses a lock-free library; a loop that
 * retries by hand is one, the concurrent core the article's third criterion is about.
 */
public final class LockFreeLoopsSignal implements Signal {

    /** Compare-and-set calls by any receiver: the JDK's names, Unsafe's, and a project's own cas helpers. */
    private static final Pattern CAS = Pattern.compile(
            "compareAndSet[A-Za-z]*|weakCompareAndSet[A-Za-z]*|compareAndSwap[A-Za-z]*|compareAndExchange[A-Za-z]*"
                    + "|cas[A-Z][A-Za-z]*|cas");

    @Override
    public String id() {
        return "concurrency.lock-free-loops";
    }

    @Override
    public Criterion criterion() {
        return Criterion.FUNDAMENTAL_CONCURRENCY;
    }

    @Override
    public Optional<Trait> trait() {
        return Optional.of(Trait.CONCURRENT_CORE);
    }

    @Override
    public String description() {
        return "Loops that retry a compare-and-set until it wins, or spin until another thread moves: lock-free"
                + " algorithms written by hand, a concurrent core rather than its use.";
    }

    @Override
    public void inspect(CompilationUnit unit, Findings findings) {
        for (Node loop : SyntaxIndex.findAll(unit, Node.class, LockFreeLoopsSignal::isLoop)) {
            if (retriesOrSpins(loop) && !insideAnotherSuchLoop(loop)) {
                findings.report(loop);
            }
        }
    }

    private static boolean isLoop(Node node) {
        return node instanceof WhileStmt || node instanceof DoStmt || node instanceof ForStmt;
    }

    private static boolean retriesOrSpins(Node loop) {
        return !loop.findAll(MethodCallExpr.class, LockFreeLoopsSignal::isRetryOrSpin)
                .isEmpty();
    }

    private static boolean isRetryOrSpin(MethodCallExpr call) {
        return (call.getScope().isPresent() || call.getNameAsString().startsWith("cas"))
                        && CAS.matcher(call.getNameAsString()).matches()
                || Syntax.isStaticCall(call, "Thread", Set.of("onSpinWait"));
    }

    /** A retry loop nested in another is one algorithm, reported once at the outer loop. */
    private static boolean insideAnotherSuchLoop(Node loop) {
        Optional<Node> parent = loop.getParentNode();
        while (parent.isPresent()) {
            if (isLoop(parent.get()) && retriesOrSpins(parent.get())) {
                return true;
            }
            parent = parent.get().getParentNode();
        }
        return false;
    }
}
