package io.github.rustfit.core.signals.protocol;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.signals.Findings;
import io.github.rustfit.core.signals.Signal;
import io.github.rustfit.core.signals.syntax.BufferShape;
import io.github.rustfit.core.signals.syntax.Syntax;
import io.github.rustfit.core.signals.syntax.SyntaxIndex;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A project's own buffer or frame type, recognised by its shape whatever it is called: a class
 * that keeps a {@code byte[]} or a {@code ByteBuffer} with a position, offset or limit beside it
 * ({@link BufferShape}, which the extraction plans share; here static fields count too, since the
 * methods reported work on the class's bytes however it keeps them).
 * Each of its methods that reads or writes a multi-byte integer from those bytes (shifting or
 * masking the bytes it indexes, or calling the buffer's typed get and put) while moving or checking
 * the position is reported: that is where bounds and offsets are checked by hand.
 */
public final class BufferTypesSignal implements Signal {

    private static final Pattern TYPED_ACCESS = Pattern.compile("(get|put)(Short|Char|Int|Long|Float|Double)");
    private static final Set<BinaryExpr.Operator> BYTE_OPERATORS = Set.of(
            BinaryExpr.Operator.LEFT_SHIFT,
            BinaryExpr.Operator.SIGNED_RIGHT_SHIFT,
            BinaryExpr.Operator.UNSIGNED_RIGHT_SHIFT,
            BinaryExpr.Operator.BINARY_AND,
            BinaryExpr.Operator.BINARY_OR);

    @Override
    public String id() {
        return "protocol.buffer-types";
    }

    @Override
    public Criterion criterion() {
        return Criterion.DATA_PLANE;
    }

    @Override
    public String description() {
        return "Methods of a project's own buffer or frame class (bytes kept with a position or limit) that read"
                + " or write integers by hand, whatever the class is called.";
    }

    @Override
    public void inspect(CompilationUnit unit, Findings findings) {
        for (ClassOrInterfaceDeclaration type : SyntaxIndex.findAll(unit, ClassOrInterfaceDeclaration.class)) {
            if (type.isInterface()) {
                continue;
            }
            BufferShape shape = BufferShape.of(type.getFields());
            if (!shape.isBuffer()) {
                continue;
            }
            for (MethodDeclaration method : type.getMethods()) {
                if (readsOrWritesIntegers(method, shape.bytes()) && usesAny(method, shape.positions())) {
                    findings.report(method.getName());
                }
            }
        }
    }

    private static boolean readsOrWritesIntegers(MethodDeclaration method, Set<String> bytes) {
        for (ArrayAccessExpr access : method.findAll(ArrayAccessExpr.class)) {
            if (names(access.getName(), bytes) && (insideByteArithmetic(access) || assignedShiftedValue(access))) {
                return true;
            }
        }
        for (MethodCallExpr call : method.findAll(MethodCallExpr.class)) {
            if (TYPED_ACCESS.matcher(call.getNameAsString()).matches()
                    && call.getScope().filter(scope -> names(scope, bytes)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** {@code (buf[pos] & 0xff) << 8} and the like: the indexed byte is shifted or masked. */
    private static boolean insideByteArithmetic(Node access) {
        Node current = access.getParentNode().orElse(null);
        for (int depth = 0; depth < 4 && current instanceof Expression; depth++) {
            if (current instanceof BinaryExpr binary && BYTE_OPERATORS.contains(binary.getOperator())) {
                return true;
            }
            current = current.getParentNode().orElse(null);
        }
        return false;
    }

    /** {@code buf[pos++] = (byte) (value >>> 8)}: a shifted integer is stored byte by byte. */
    private static boolean assignedShiftedValue(ArrayAccessExpr access) {
        return access.getParentNode().orElse(null) instanceof AssignExpr assign
                && assign.getTarget() == access
                && !assign.getValue()
                        .findAll(BinaryExpr.class, binary -> BYTE_OPERATORS.contains(binary.getOperator()))
                        .isEmpty();
    }

    private static boolean usesAny(MethodDeclaration method, Set<String> fields) {
        return !method.findAll(NameExpr.class, name -> fields.contains(name.getNameAsString()))
                        .isEmpty()
                || !method.findAll(
                                FieldAccessExpr.class,
                                access -> access.getScope() instanceof ThisExpr
                                        && fields.contains(access.getNameAsString()))
                        .isEmpty();
    }

    private static boolean names(Expression expression, Set<String> fields) {
        Expression unwrapped = Syntax.unwrap(expression);
        Optional<String> variable = Syntax.variableName(unwrapped);
        return variable.isPresent() && fields.contains(variable.get());
    }
}
