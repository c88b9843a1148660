package io.github.rustfit.core.signals.concurrency;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.expr.Expression;
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
 * Where work is handed to other threads: thread pools and executors, threads made by hand
 * (platform or virtual) and Thread subclasses. Chains of future composition are {@link
 * FutureChainsSignal}'s: they sequence requests rather than start threads.
 */
public final class ExecutorsSignal implements Signal {

    private static final Set<String> EXECUTOR_TYPES = Set.of(
            "Executor",
            "ExecutorService",
            "ScheduledExecutorService",
            "ThreadPoolExecutor",
            "ScheduledThreadPoolExecutor",
            "ForkJoinPool",
            "CompletionService",
            "ExecutorCompletionService",
            "ThreadPoolTaskExecutor");
    private static final Set<String> CREATED = Set.of(
            "ThreadPoolExecutor",
            "ScheduledThreadPoolExecutor",
            "ForkJoinPool",
            "ExecutorCompletionService",
            "ThreadPoolTaskExecutor",
            "Thread");
    private static final Set<String> THREAD_BUILDERS = Set.of("ofVirtual", "ofPlatform", "startVirtualThread");

    @Override
    public String id() {
        return "concurrency.executors";
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
        return "Thread pools and hand-made platform and virtual threads, the places where work starts running"
                + " beside other work.";
    }

    @Override
    public void inspect(CompilationUnit unit, Findings findings) {
        ObjectCensus.objects(unit, EXECUTOR_TYPES, ObjectCensus.newOf(CREATED).or(ExecutorsSignal::isFactory))
                .forEach(findings::report);
        for (ClassOrInterfaceDeclaration type : SyntaxIndex.findAll(unit, ClassOrInterfaceDeclaration.class)) {
            if (type.getExtendedTypes().stream()
                    .anyMatch(t -> t.getNameAsString().equals("Thread"))) {
                findings.report(type.getName());
            }
        }
    }

    private static boolean isFactory(Expression expression) {
        if (!(expression instanceof MethodCallExpr call)) {
            return false;
        }
        String name = call.getNameAsString();
        return (name.startsWith("new") && Syntax.isStaticCall(call, "Executors", Set.of(name)))
                || Syntax.isStaticCall(call, "ForkJoinPool", Set.of("commonPool"))
                || Syntax.isStaticCall(call, "Thread", THREAD_BUILDERS);
    }
}
