package io.github.rustfit.core.signals.numeric;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.MethodCallExpr;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.signals.Findings;
import io.github.rustfit.core.signals.Signal;
import io.github.rustfit.core.signals.syntax.Syntax;
import io.github.rustfit.core.signals.syntax.SyntaxIndex;
import java.util.Set;

/**
 * Transcendental maths: calls of exp, log, sqrt, pow, the trigonometric and hyperbolic functions
 * on Math, StrictMath or FastMath. Everyday helpers (abs, min, max, rounding) do not count.
 */
public final class MathFunctionsSignal implements Signal {

    private static final Set<String> FUNCTIONS = Set.of(
            "exp", "expm1", "log", "log1p", "log10", "sqrt", "cbrt", "pow", "hypot", "sin", "cos", "tan", "asin",
            "acos", "atan", "atan2", "sinh", "cosh", "tanh", "erf", "erfc", "fma");
    private static final Set<String> MATH_TYPES = Set.of("Math", "StrictMath", "FastMath");

    @Override
    public String id() {
        return "numeric.math-functions";
    }

    @Override
    public Criterion criterion() {
        return Criterion.NUMERICAL_RESEARCH;
    }

    @Override
    public String description() {
        return "Exponentials, logarithms, roots and trigonometry computed in the code, the vocabulary"
                + " of statistical and scientific models.";
    }

    @Override
    public void inspect(CompilationUnit unit, Findings findings) {
        SyntaxIndex.findAll(
                        unit,
                        MethodCallExpr.class,
                        call -> MATH_TYPES.stream().anyMatch(type -> Syntax.isStaticCall(call, type, FUNCTIONS)))
                .forEach(findings::report);
    }
}
