package io.github.rustfit.core.signals.protocol;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.criteria.Trait;
import io.github.rustfit.core.signals.Findings;
import io.github.rustfit.core.signals.Signal;
import io.github.rustfit.core.signals.syntax.Syntax;
import io.github.rustfit.core.signals.syntax.SyntaxIndex;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Bit-level decoding: masks such as {@code & 0xFF}, unsigned shifts, shifts combined with masks,
 * and variable-length integer loops testing the continuation bit. One bitwise expression counts
 * once however many masks and shifts it combines; {@code hashCode} methods are left out, since
 * folding a long into an int there is not decoding.
 */
public final class BitTwiddlingSignal implements Signal {

    private static final Set<BinaryExpr.Operator> BITWISE = Set.of(
            BinaryExpr.Operator.BINARY_AND,
            BinaryExpr.Operator.BINARY_OR,
            BinaryExpr.Operator.XOR,
            BinaryExpr.Operator.LEFT_SHIFT,
            BinaryExpr.Operator.SIGNED_RIGHT_SHIFT,
            BinaryExpr.Operator.UNSIGNED_RIGHT_SHIFT);
    private static final Set<AssignExpr.Operator> BITWISE_ASSIGN = Set.of(
            AssignExpr.Operator.BINARY_AND,
            AssignExpr.Operator.BINARY_OR,
            AssignExpr.Operator.XOR,
            AssignExpr.Operator.LEFT_SHIFT,
            AssignExpr.Operator.SIGNED_RIGHT_SHIFT,
            AssignExpr.Operator.UNSIGNED_RIGHT_SHIFT);

    @Override
    public String id() {
        return "protocol.bit-twiddling";
    }

    @Override
    public Criterion criterion() {
        return Criterion.DATA_PLANE;
    }

    @Override
    public Optional<Trait> trait() {
        return Optional.of(Trait.BIT_LEVEL);
    }

    @Override
    public String description() {
        return "Bytes taken apart and put together with masks and shifts, including variable-length"
                + " integer loops, the arithmetic at the heart of binary protocol decoding.";
    }

    @Override
    public void inspect(CompilationUnit unit, Findings findings) {
        Set<Node> roots = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Node> ordered = new ArrayList<>();
        for (BinaryExpr binary : SyntaxIndex.findAll(unit, BinaryExpr.class)) {
            boolean marker = binary.getOperator() == BinaryExpr.Operator.UNSIGNED_RIGHT_SHIFT
                    || (binary.getOperator() == BinaryExpr.Operator.BINARY_AND
                            && (isMask(binary.getLeft()) || isMask(binary.getRight())));
            if (marker && !inHashCode(binary)) {
                Node root = root(binary);
                if (roots.add(root)) {
                    ordered.add(root);
                }
            }
        }
        for (AssignExpr assign : SyntaxIndex.findAll(unit, AssignExpr.class)) {
            boolean marker = assign.getOperator() == AssignExpr.Operator.UNSIGNED_RIGHT_SHIFT
                    || (assign.getOperator() == AssignExpr.Operator.BINARY_AND && isMask(assign.getValue()));
            if (marker && !inHashCode(assign) && roots.add(assign)) {
                ordered.add(assign);
            }
        }
        Set<Node> loops = Collections.newSetFromMap(new IdentityHashMap<>());
        for (BinaryExpr test : SyntaxIndex.findAll(unit, BinaryExpr.class, BitTwiddlingSignal::testsContinuationBit)) {
            test.findAncestor(Node.class, BitTwiddlingSignal::isLoop)
                    .filter(loops::add)
                    .ifPresent(ordered::add);
        }
        ordered.sort(java.util.Comparator.comparing(
                node -> node.getBegin().map(p -> p.line).orElse(0)));
        ordered.forEach(findings::report);
    }

    /** Climbs through enclosing bitwise operators, parentheses and casts to the whole expression. */
    private static Node root(Expression expression) {
        Node current = expression;
        while (true) {
            Node parent = current.getParentNode().orElse(null);
            boolean bitwise = parent instanceof BinaryExpr binary && BITWISE.contains(binary.getOperator())
                    || parent instanceof AssignExpr assign && BITWISE_ASSIGN.contains(assign.getOperator())
                    || parent instanceof EnclosedExpr
                    || parent instanceof CastExpr;
            if (!bitwise) {
                return current;
            }
            current = parent;
        }
    }

    /** {@code (b & 0x80) != 0}, {@code (b & 0x80) == 0}. */
    private static boolean testsContinuationBit(BinaryExpr comparison) {
        if (comparison.getOperator() != BinaryExpr.Operator.EQUALS
                && comparison.getOperator() != BinaryExpr.Operator.NOT_EQUALS) {
            return false;
        }
        return isContinuationMask(comparison.getLeft()) || isContinuationMask(comparison.getRight());
    }

    private static boolean isContinuationMask(Expression side) {
        return Syntax.unwrap(side) instanceof BinaryExpr and
                && and.getOperator() == BinaryExpr.Operator.BINARY_AND
                && (literalValue(and.getLeft()) == 0x80 || literalValue(and.getRight()) == 0x80);
    }

    private static boolean isLoop(Node node) {
        return node instanceof WhileStmt
                || node instanceof DoStmt
                || node instanceof ForStmt
                || node instanceof ForEachStmt;
    }

    /** A hexadecimal or binary literal, or 255 / 65535 written in decimal. */
    static boolean isMask(Expression expression) {
        Expression unwrapped = Syntax.unwrap(expression);
        if (!(unwrapped instanceof IntegerLiteralExpr) && !(unwrapped instanceof LongLiteralExpr)) {
            return false;
        }
        String text = unwrapped
                .asLiteralStringValueExpr()
                .getValue()
                .toLowerCase(Locale.ROOT)
                .replace("_", "");
        return text.startsWith("0x") || text.startsWith("0b") || text.matches("(255|65535)l?");
    }

    private static long literalValue(Expression expression) {
        Expression unwrapped = Syntax.unwrap(expression);
        if (unwrapped instanceof IntegerLiteralExpr integer) {
            return integer.asNumber().longValue();
        }
        if (unwrapped instanceof LongLiteralExpr longLiteral) {
            return longLiteral.asNumber().longValue();
        }
        return -1;
    }

    private static boolean inHashCode(Node node) {
        return node.findAncestor(MethodDeclaration.class)
                .filter(method -> method.getNameAsString().equals("hashCode")
                        && method.getParameters().isEmpty())
                .isPresent();
    }
}
