package io.github.rustfit.core.signals.numeric;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.signals.Findings;
import io.github.rustfit.core.signals.Signal;
import io.github.rustfit.core.signals.syntax.SyntaxIndex;
import io.github.rustfit.core.signals.syntax.VariableTypes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Dense floating-point array arithmetic: loops whose body multiplies, adds or accumulates
 * elements of {@code double[]} or {@code float[]} arrays (including matrices). One per innermost
 * loop doing the arithmetic, so a triple-nested matrix product counts once.
 */
public final class DenseArrayLoopsSignal implements Signal {

    private static final Set<String> FLOAT_ARRAYS =
            Set.of("double[]", "double[][]", "double[][][]", "float[]", "float[][]", "float[][][]");
    private static final Set<BinaryExpr.Operator> ARITHMETIC = Set.of(
            BinaryExpr.Operator.MULTIPLY,
            BinaryExpr.Operator.DIVIDE,
            BinaryExpr.Operator.PLUS,
            BinaryExpr.Operator.MINUS);
    private static final Set<AssignExpr.Operator> ACCUMULATE = Set.of(
            AssignExpr.Operator.PLUS,
            AssignExpr.Operator.MINUS,
            AssignExpr.Operator.MULTIPLY,
            AssignExpr.Operator.DIVIDE);

    @Override
    public String id() {
        return "numeric.dense-arrays";
    }

    @Override
    public Criterion criterion() {
        return Criterion.NUMERICAL_RESEARCH;
    }

    @Override
    public String description() {
        return "Loops of floating-point arithmetic over double or float arrays and matrices, the"
                + " shape of numerical and model code.";
    }

    @Override
    public void inspect(CompilationUnit unit, Findings findings) {
        VariableTypes types = VariableTypes.of(unit);
        Set<Node> loops = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Node> ordered = new ArrayList<>();
        for (ArrayAccessExpr access :
                SyntaxIndex.findAll(unit, ArrayAccessExpr.class, access -> isFloatArray(access, types))) {
            if (inArithmetic(access)) {
                access.findAncestor(Node.class, DenseArrayLoopsSignal::isLoop)
                        .filter(loops::add)
                        .ifPresent(ordered::add);
            }
        }
        ordered.forEach(findings::report);
    }

    /** {@code a[i]} or {@code m[i][j]} on a float or double array variable. */
    private static boolean isFloatArray(ArrayAccessExpr access, VariableTypes types) {
        Expression array = access.getName();
        while (array instanceof ArrayAccessExpr inner) {
            array = inner.getName();
        }
        return types.isA(array, FLOAT_ARRAYS) && !(access.getParentNode().orElse(null) instanceof ArrayAccessExpr);
    }

    private static boolean inArithmetic(ArrayAccessExpr access) {
        Node parent = access.getParentNode().orElse(null);
        while (parent instanceof com.github.javaparser.ast.expr.EnclosedExpr
                || parent instanceof com.github.javaparser.ast.expr.CastExpr) {
            parent = parent.getParentNode().orElse(null);
        }
        return parent instanceof BinaryExpr binary && ARITHMETIC.contains(binary.getOperator())
                || parent instanceof AssignExpr assign && ACCUMULATE.contains(assign.getOperator());
    }

    private static boolean isLoop(Node node) {
        return node instanceof ForStmt
                || node instanceof ForEachStmt
                || node instanceof WhileStmt
                || node instanceof DoStmt;
    }
}
