package io.github.rustfit.core.signals.network;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.criteria.Trait;
import io.github.rustfit.core.signals.Findings;
import io.github.rustfit.core.signals.Signal;
import io.github.rustfit.core.signals.syntax.Syntax;
import io.github.rustfit.core.signals.syntax.SyntaxIndex;
import io.github.rustfit.core.signals.syntax.VariableTypes;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A process meant to run until stopped: loops that keep accepting, selecting or receiving until a
 * flag, an interrupt or a closed channel ends them, and shutdown hooks. A bounded loop, or a
 * flag-driven loop that does not wait on the network, does not count.
 */
public final class ServiceLifecycleSignal implements Signal {

    /** Queries about a service's or thread's life, such as {@code isRunning()} or {@code isInterrupted()}. */
    private static final Pattern LIFECYCLE_QUERY =
            Pattern.compile("(?i)running|open|interrupted|shutdown|closed|stopp|alive|active|terminat|cancel");

    private static final Set<String> RECEIVERS = Set.of("DatagramSocket", "DatagramChannel");

    @Override
    public String id() {
        return "network.service-lifecycle";
    }

    @Override
    public Criterion criterion() {
        return Criterion.SAFETY_CRITICAL_SERVICE;
    }

    @Override
    public Optional<Trait> trait() {
        return Optional.of(Trait.SERVICE_LOOP);
    }

    @Override
    public String description() {
        return "Serve-until-stopped loops around accept, select or receive, and shutdown hooks: the"
                + " marks of a long-running service rather than a batch job.";
    }

    @Override
    public void inspect(CompilationUnit unit, Findings findings) {
        VariableTypes types = VariableTypes.of(unit);
        for (Node loop : SyntaxIndex.findAll(unit, Node.class, ServiceLifecycleSignal::isLoop)) {
            if (runsUntilStopped(loop) && waitsOnNetwork(loop, types)) {
                findings.report(loop);
            }
        }
        SyntaxIndex.findAll(
                        unit,
                        MethodCallExpr.class,
                        call -> call.getNameAsString().equals("addShutdownHook"))
                .forEach(findings::report);
    }

    static boolean isLoop(Node node) {
        return node instanceof WhileStmt || node instanceof DoStmt || node instanceof ForStmt;
    }

    static boolean runsUntilStopped(Node loop) {
        Optional<Expression> condition;
        if (loop instanceof WhileStmt whileLoop) {
            condition = Optional.of(whileLoop.getCondition());
        } else if (loop instanceof DoStmt doLoop) {
            condition = Optional.of(doLoop.getCondition());
        } else {
            condition = ((ForStmt) loop).getCompare();
        }
        return condition.map(ServiceLifecycleSignal::isStopCondition).orElse(true);
    }

    /** {@code true}, a flag, a lifecycle query such as {@code isOpen()}, their negations and conjunctions. */
    private static boolean isStopCondition(Expression condition) {
        Expression unwrapped = Syntax.unwrap(condition);
        if (unwrapped instanceof BooleanLiteralExpr literal) {
            return literal.getValue();
        }
        if (unwrapped instanceof UnaryExpr unary && unary.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
            return isStopCondition(unary.getExpression());
        }
        if (unwrapped instanceof BinaryExpr binary
                && (binary.getOperator() == BinaryExpr.Operator.AND
                        || binary.getOperator() == BinaryExpr.Operator.OR)) {
            return isStopCondition(binary.getLeft()) && isStopCondition(binary.getRight());
        }
        if (unwrapped instanceof MethodCallExpr call) {
            return call.getArguments().isEmpty()
                    && LIFECYCLE_QUERY.matcher(call.getNameAsString()).find();
        }
        return Syntax.variableName(unwrapped).isPresent() || unwrapped.isFieldAccessExpr();
    }

    static boolean waitsOnNetwork(Node loop, VariableTypes types) {
        return !loop.findAll(MethodCallExpr.class, call -> {
                    String name = call.getNameAsString();
                    return (name.equals("accept")
                                    && (call.getArguments().isEmpty()
                                            || types.receiverIsA(call, ServerSocketsSignal.SERVERS)))
                            || ((name.equals("select") || name.equals("selectNow"))
                                    && types.receiverIsA(call, Set.of("Selector")))
                            || (name.equals("receive") && types.receiverIsA(call, RECEIVERS));
                })
                .isEmpty();
    }
}
