package io.github.rustfit.core.signals.concurrency;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.criteria.Trait;
import io.github.rustfit.core.signals.Findings;
import io.github.rustfit.core.signals.Signal;
import io.github.rustfit.core.signals.syntax.ObjectCensus;
import io.github.rustfit.core.signals.syntax.Syntax;
import io.github.rustfit.core.signals.syntax.SyntaxIndex;
import io.github.rustfit.core.signals.syntax.VariableTypes;
import java.util.Optional;
import java.util.Set;

/**
 * Mutual exclusion: synchronized methods and blocks, explicit locks and their conditions, and
 * every acquisition of one. A synchronized method that only returns or assigns one field guards a
 * single read or write, not a critical section, and does not count.
 */
public final class LocksSignal implements Signal {

    static final Set<String> LOCK_TYPES =
            Set.of("Lock", "ReentrantLock", "ReadWriteLock", "ReentrantReadWriteLock", "StampedLock", "Condition");
    private static final Set<String> CREATED = Set.of("ReentrantLock", "ReentrantReadWriteLock", "StampedLock");
    private static final Set<String> ACQUIRE = Set.of(
            "lock",
            "lockInterruptibly",
            "tryLock",
            "tryOptimisticRead",
            "tryReadLock",
            "tryWriteLock",
            "readLockInterruptibly",
            "writeLockInterruptibly",
            "tryConvertToWriteLock");
    private static final Set<String> STAMPED_ACQUIRE = Set.of("readLock", "writeLock");
    private static final Set<String> CONDITION_OPS =
            Set.of("await", "awaitNanos", "awaitUninterruptibly", "awaitUntil", "signal", "signalAll");

    @Override
    public String id() {
        return "concurrency.locks";
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
        return "Critical sections guarded by synchronized or explicit locks, and the acquisitions and"
                + " condition waits around them, which is where data races and deadlocks hide.";
    }

    @Override
    public void inspect(CompilationUnit unit, Findings findings) {
        for (MethodDeclaration method : SyntaxIndex.findAll(unit, MethodDeclaration.class)) {
            if (method.isSynchronized() && !isTrivialAccessor(method)) {
                findings.report(method.getName());
            }
        }
        SyntaxIndex.findAll(unit, SynchronizedStmt.class).forEach(findings::report);
        ObjectCensus.objects(
                        unit,
                        LOCK_TYPES,
                        ObjectCensus.newOf(CREATED)
                                .or(expression -> expression instanceof MethodCallExpr call
                                        && call.getNameAsString().equals("newCondition")
                                        && call.getArguments().isEmpty()))
                .forEach(findings::report);
        VariableTypes types = VariableTypes.of(unit);
        for (MethodCallExpr call : SyntaxIndex.findAll(unit, MethodCallExpr.class)) {
            String name = call.getNameAsString();
            if (ACQUIRE.contains(name) && (types.receiverIsA(call, LOCK_TYPES) || isLockView(call))) {
                findings.report(call);
            } else if (STAMPED_ACQUIRE.contains(name)
                    && call.getArguments().isEmpty()
                    && types.receiverIsA(call, Set.of("StampedLock"))) {
                findings.report(call);
            } else if (CONDITION_OPS.contains(name) && types.receiverIsA(call, Set.of("Condition"))) {
                findings.report(call);
            }
        }
    }

    /** {@code rw.readLock().lock()}: the lock is the view a read-write lock hands out. */
    private static boolean isLockView(MethodCallExpr call) {
        return call.getScope()
                .filter(scope -> scope instanceof MethodCallExpr view
                        && STAMPED_ACQUIRE.contains(view.getNameAsString())
                        && view.getArguments().isEmpty())
                .isPresent();
    }

    /** A body of one statement that returns a field or assigns one. */
    static boolean isTrivialAccessor(MethodDeclaration method) {
        if (method.getBody().isEmpty() || method.getBody().get().getStatements().size() != 1) {
            return false;
        }
        Statement only = method.getBody().get().getStatement(0);
        if (only instanceof ReturnStmt returned) {
            return returned.getExpression().flatMap(Syntax::variableName).isPresent();
        }
        if (only instanceof ExpressionStmt statement && statement.getExpression() instanceof AssignExpr assign) {
            Expression value = Syntax.unwrap(assign.getValue());
            return assign.getOperator() == AssignExpr.Operator.ASSIGN
                    && Syntax.variableName(assign.getTarget()).isPresent()
                    && (Syntax.variableName(value).isPresent() || value.isLiteralExpr());
        }
        return false;
    }
}
