package io.github.rustfit.core.signals.concurrency;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.MethodCallExpr;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.criteria.Trait;
import io.github.rustfit.core.signals.Findings;
import io.github.rustfit.core.signals.Signal;
import io.github.rustfit.core.signals.syntax.ObjectCensus;
import io.github.rustfit.core.signals.syntax.Syntax;
import io.github.rustfit.core.signals.syntax.SyntaxIndex;
import java.util.Optional;
import java.util.Set;

/**
 * Threads waiting for each other: wait/notify, latches, semaphores, barriers, phasers, exchangers,
 * parking and spin-waits. Sleeping alone is not coordination and does not count.
 */
public final class CoordinationSignal implements Signal {

    private static final Set<String> TYPES =
            Set.of("CountDownLatch", "Semaphore", "CyclicBarrier", "Phaser", "Exchanger");
    private static final Set<String> PARK = Set.of("park", "parkNanos", "parkUntil", "unpark");

    @Override
    public String id() {
        return "concurrency.coordination";
    }

    @Override
    public Criterion criterion() {
        return Criterion.FUNDAMENTAL_CONCURRENCY;
    }

    @Override
    public Optional<Trait> trait() {
        return Optional.of(Trait.THREAD_COORDINATION);
    }

    @Override
    public String description() {
        return "Threads that wait for and signal each other (monitors, latches, semaphores, barriers,"
                + " parking), where ordering bugs and lost wake-ups live.";
    }

    @Override
    public void inspect(CompilationUnit unit, Findings findings) {
        ObjectCensus.objects(unit, TYPES, ObjectCensus.newOf(TYPES)).forEach(findings::report);
        for (MethodCallExpr call : SyntaxIndex.findAll(unit, MethodCallExpr.class)) {
            String name = call.getNameAsString();
            int arguments = call.getArguments().size();
            boolean monitor = (name.equals("wait") && arguments <= 2)
                    || ((name.equals("notify") || name.equals("notifyAll")) && arguments == 0);
            if (monitor
                    || Syntax.isStaticCall(call, "LockSupport", PARK)
                    || Syntax.isStaticCall(call, "Thread", Set.of("onSpinWait"))) {
                findings.report(call);
            }
        }
    }
}
