package io.github.rustfit.core.signals.hotpath;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.signals.Findings;
import io.github.rustfit.core.signals.Signal;
import io.github.rustfit.core.signals.syntax.Syntax;
import io.github.rustfit.core.signals.syntax.SyntaxIndex;
import java.util.Optional;

/**
 * Hand-written hash tables that probe: a loop that steps an index with wrap-around arithmetic
 * ({@code i = (i + 1) & mask}, {@code i = (i + step) % table.length}), reads the array slot at
 * that index and compares something, looking for a key or an empty slot. One per probing loop; a
 * loop cycling through a small array without looking for anything does not count.
 */
public final class OpenAddressingSignal implements Signal {

    @Override
    public String id() {
        return "hotpath.open-addressing";
    }

    @Override
    public Criterion criterion() {
        return Criterion.DATA_PLANE;
    }

    @Override
    public String description() {
        return "Open-addressing hash tables probing slot by slot, a hand-tuned hot-path structure the"
                + " standard collections were not fast enough to replace.";
    }

    @Override
    public void inspect(CompilationUnit unit, Findings findings) {
        for (Node loop : SyntaxIndex.findAll(unit, Node.class, OpenAddressingSignal::isLoop)) {
            if (probes(loop)) {
                findings.report(loop);
            }
        }
    }

    private static boolean isLoop(Node node) {
        return node instanceof WhileStmt || node instanceof DoStmt || node instanceof ForStmt;
    }

    private static boolean probes(Node loop) {
        for (AssignExpr step : loop.findAll(AssignExpr.class)) {
            Optional<String> index = Syntax.variableName(step.getTarget());
            if (index.isPresent()
                    && step.getOperator() == AssignExpr.Operator.ASSIGN
                    && nearestLoop(step) == loop
                    && wrapsAround(step.getValue(), index.get())
                    && indexes(loop, index.get())
                    && comparesSomething(loop)) {
                return true;
            }
        }
        return false;
    }

    /** {@code (i + x) & y} or {@code (i + x) % y}. */
    private static boolean wrapsAround(Expression value, String index) {
        if (!(Syntax.unwrap(value) instanceof BinaryExpr wrap)
                || (wrap.getOperator() != BinaryExpr.Operator.BINARY_AND
                        && wrap.getOperator() != BinaryExpr.Operator.REMAINDER)) {
            return false;
        }
        return Syntax.unwrap(wrap.getLeft()) instanceof BinaryExpr sum
                && sum.getOperator() == BinaryExpr.Operator.PLUS
                && (Syntax.variableName(sum.getLeft()).filter(index::equals).isPresent()
                        || Syntax.variableName(sum.getRight())
                                .filter(index::equals)
                                .isPresent());
    }

    private static boolean indexes(Node loop, String index) {
        return !loop.findAll(
                        ArrayAccessExpr.class,
                        access -> Syntax.variableName(access.getIndex())
                                .filter(index::equals)
                                .isPresent())
                .isEmpty();
    }

    /** A probe looks for a key or an empty slot; a loop cycling through a small array does not. */
    private static boolean comparesSomething(Node loop) {
        return !loop.findAll(
                                BinaryExpr.class,
                                comparison -> comparison.getOperator() == BinaryExpr.Operator.EQUALS
                                        || comparison.getOperator() == BinaryExpr.Operator.NOT_EQUALS)
                        .isEmpty()
                || !loop.findAll(
                                MethodCallExpr.class,
                                call -> call.getNameAsString().equals("equals"))
                        .isEmpty();
    }

    private static Node nearestLoop(Node node) {
        return node.findAncestor(Node.class, OpenAddressingSignal::isLoop).orElse(null);
    }
}
