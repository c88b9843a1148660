package io.github.rustfit.core.signals.concurrency;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.criteria.Trait;
import io.github.rustfit.core.signals.Findings;
import io.github.rustfit.core.signals.Signal;
import io.github.rustfit.core.signals.syntax.Syntax;
import io.github.rustfit.core.signals.syntax.SyntaxIndex;
import java.util.Optional;
import java.util.Set;

/**
 * Chains of future composition (one per chain): {@code thenApply}, {@code thenCompose}, {@code
 * whenComplete} and their kin, and {@code CompletableFuture}'s {@code supplyAsync}, {@code
 * runAsync}, {@code allOf} and {@code anyOf}. A chain sequences calls that run on other threads,
 * the bookkeeping of a client's requests or of a service calling its stores: it uses an async
 * runtime rather than builds one, so it is evidence of coordination, never of a concurrent core
 * (the article's fundamental concurrency is the scheduler or the runtime itself).
 */
public final class FutureChainsSignal implements Signal {

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
        return "concurrency.future-chains";
    }

    @Override
    public Criterion criterion() {
        return Criterion.FUNDAMENTAL_CONCURRENCY;
    }

    @Override
    public Optional<Trait> trait() {
        return Optional.of(Trait.ASYNC_COORDINATION);
    }

    @Override
    public String description() {
        return "Asynchronous future chains that sequence requests on other threads: coordination that uses an"
                + " async runtime, not a concurrent core of the module's own.";
    }

    @Override
    public void inspect(CompilationUnit unit, Findings findings) {
        for (MethodCallExpr call : SyntaxIndex.findAll(unit, MethodCallExpr.class)) {
            if (isComposition(call) && !continuesAChain(call)) {
                findings.report(call);
            }
        }
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
