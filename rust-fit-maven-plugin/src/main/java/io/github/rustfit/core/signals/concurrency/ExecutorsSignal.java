package io.github.rustfit.core.signals.concurrency;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.signals.Findings;
import io.github.rustfit.core.signals.Signal;
import io.github.rustfit.core.signals.syntax.ObjectCensus;
import io.github.rustfit.core.signals.syntax.Syntax;
import io.github.rustfit.core.signals.syntax.SyntaxIndex;
import java.util.Optional;
import java.util.Set;

/**
 * Where work is handed to other threads: thread pools and executors, threads made by hand
 * (platform or virtual), Thread subclasses, and chains of CompletableFuture composition (one per
 * chain).
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
    private static final Set<String> FUTURE_STATICS = Set.of("supplyAsync", "runAsync", "allOf", "anyOf");
    private static final Set<String> COMPOSITION = Set.of(
            "thenApply",
            "thenAccept",
            "thenRun",
            "thenCompose",
            "thenCombine",
            "thenAcceptBoth",
            "runAfterBoth",
            "runAfterEither",
            "applyToEither",
            "acceptEither",
            "whenComplete",
            "exceptionallyCompose");

    @Override
    public String id() {
        return "concurrency.executors";
    }

    @Override
    public Criterion criterion() {
        return Criterion.FUNDAMENTAL_CONCURRENCY;
    }

    @Override
    public String description() {
        return "Thread pools, hand-made platform and virtual threads, and asynchronous future chains,"
                + " the places where work starts running beside other work.";
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
        for (MethodCallExpr call : SyntaxIndex.findAll(unit, MethodCallExpr.class)) {
            if (isComposition(call) && !continuesAChain(call)) {
                findings.report(call);
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

    private static boolean isComposition(MethodCallExpr call) {
        String name = call.getNameAsString();
        String base = name.endsWith("Async") ? name.substring(0, name.length() - "Async".length()) : name;
        return COMPOSITION.contains(base)
                || (FUTURE_STATICS.contains(name) && Syntax.isStaticCall(call, "CompletableFuture", FUTURE_STATICS));
    }

    private static boolean continuesAChain(MethodCallExpr call) {
        Optional<Expression> scope = call.getScope();
        while (scope.isPresent() && scope.get() instanceof MethodCallExpr inner) {
            if (isComposition(inner)) {
                return true;
            }
            scope = inner.getScope();
        }
        return false;
    }
}
