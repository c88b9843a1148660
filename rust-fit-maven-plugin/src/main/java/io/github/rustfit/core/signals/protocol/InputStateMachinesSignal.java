package io.github.rustfit.core.signals.protocol;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.criteria.Trait;
import io.github.rustfit.core.signals.Findings;
import io.github.rustfit.core.signals.Signal;
import io.github.rustfit.core.signals.syntax.Syntax;
import io.github.rustfit.core.signals.syntax.SyntaxIndex;
import io.github.rustfit.core.signals.syntax.VariableTypes;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * State machines driven by input: a {@code switch} on a state variable (named like a state, or of
 * a type named {@code ...State}) inside a loop that consumes bytes or characters; and states
 * written as enum constants, each with its own body that switches on the next character or byte it
 * consumes and names the state to go to (the shape of HTML and other tokenizers that follow a
 * specification's state table). A loop switching on state without reading input, such as a game or
 * UI loop, does not count, nor an enum whose constants switch on something other than input.
 */
public final class InputStateMachinesSignal implements Signal {

    private static final Set<String> CONSUMING_CALLS = Set.of(
            "read",
            "readByte",
            "readUnsignedByte",
            "readChar",
            "get",
            "getChar",
            "charAt",
            "codePointAt",
            "next",
            "nextChar",
            "nextByte",
            "peek",
            "advance",
            "consume");
    private static final Set<String> RAW_ARRAYS = Set.of("byte[]", "char[]", "int[]");
    private static final Set<String> ELEMENT_TYPES = Set.of("byte", "char");

    @Override
    public String id() {
        return "protocol.input-state-machines";
    }

    @Override
    public Criterion criterion() {
        return Criterion.DATA_PLANE;
    }

    @Override
    public Optional<Trait> trait() {
        return Optional.of(Trait.INPUT_PARSER);
    }

    @Override
    public String description() {
        return "Hand-written state machines that switch on their current state while consuming bytes"
                + " or characters, the typical shape of a streaming protocol parser.";
    }

    @Override
    public void inspect(CompilationUnit unit, Findings findings) {
        VariableTypes types = VariableTypes.of(unit);
        for (SwitchStmt statement : SyntaxIndex.findAll(unit, SwitchStmt.class)) {
            if (isStateMachine(statement, statement.getSelector(), types)) {
                findings.report(statement);
            }
        }
        for (SwitchExpr expression : SyntaxIndex.findAll(unit, SwitchExpr.class)) {
            if (isStateMachine(expression, expression.getSelector(), types)) {
                findings.report(expression);
            }
        }
        for (EnumDeclaration states : SyntaxIndex.findAll(unit, EnumDeclaration.class)) {
            Set<String> constants = states.getEntries().stream()
                    .map(EnumConstantDeclaration::getNameAsString)
                    .collect(Collectors.toSet());
            for (EnumConstantDeclaration state : states.getEntries()) {
                if (state.getClassBody().isEmpty()) {
                    continue;
                }
                state.getClassBody().stream()
                        .flatMap(member ->
                                member
                                        .findAll(
                                                Node.class,
                                                node -> node instanceof SwitchStmt || node instanceof SwitchExpr)
                                        .stream())
                        .filter(node -> switchesOnInput(selectorOf(node), types) && namesAState(node, constants))
                        .findFirst()
                        .ifPresent(findings::report);
            }
        }
    }

    private static Expression selectorOf(Node switchNode) {
        return switchNode instanceof SwitchStmt statement
                ? statement.getSelector()
                : ((SwitchExpr) switchNode).getSelector();
    }

    /** The switch is on the next character or byte: a consuming call, or a variable of that type. */
    private static boolean switchesOnInput(Expression selector, VariableTypes types) {
        Expression unwrapped = Syntax.unwrap(selector);
        if (unwrapped instanceof MethodCallExpr call) {
            return CONSUMING_CALLS.contains(call.getNameAsString())
                    || call.getNameAsString().equals("current");
        }
        return types.typesOf(unwrapped).stream().anyMatch(ELEMENT_TYPES::contains);
    }

    /** The switch names another state of its enum, the transition. */
    private static boolean namesAState(Node switchNode, Set<String> constants) {
        return !switchNode
                .findAll(NameExpr.class, name -> constants.contains(name.getNameAsString()))
                .isEmpty();
    }

    private static boolean isStateMachine(Node switchNode, Expression selector, VariableTypes types) {
        return isState(selector, types)
                && enclosingLoop(switchNode)
                        .filter(loop -> consumesInput(loop, types))
                        .isPresent();
    }

    private static boolean isState(Expression selector, VariableTypes types) {
        Expression unwrapped = Syntax.unwrap(selector);
        if (unwrapped instanceof MethodCallExpr call) {
            String name = call.getNameAsString();
            return call.getArguments().isEmpty() && (name.equals("state") || name.equals("getState"));
        }
        Optional<String> variable = Syntax.variableName(unwrapped);
        if (variable.isEmpty()) {
            return false;
        }
        String name = variable.get();
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.equals("state")
                || lower.endsWith("state")
                || lower.equals("phase")
                || lower.equals("mode")
                || types.typesOf(unwrapped).stream().anyMatch(type -> type.endsWith("State"));
    }

    /** The nearest loop around {@code node} in the same method or lambda. */
    private static Optional<Node> enclosingLoop(Node node) {
        Node current = node.getParentNode().orElse(null);
        while (current != null && !(current instanceof CallableDeclaration<?>) && !(current instanceof LambdaExpr)) {
            if (current instanceof WhileStmt
                    || current instanceof DoStmt
                    || current instanceof ForStmt
                    || current instanceof ForEachStmt) {
                return Optional.of(current);
            }
            current = current.getParentNode().orElse(null);
        }
        return Optional.empty();
    }

    private static boolean consumesInput(Node loop, VariableTypes types) {
        if (loop instanceof ForEachStmt each
                && (ELEMENT_TYPES.contains(Syntax.simpleName(each.getVariable().getElementType()))
                        || types.isA(each.getIterable(), RAW_ARRAYS)
                        || each.getIterable() instanceof MethodCallExpr call
                                && call.getNameAsString().equals("toCharArray"))) {
            return true;
        }
        return !loop.findAll(MethodCallExpr.class, call -> CONSUMING_CALLS.contains(call.getNameAsString()))
                        .isEmpty()
                || !loop.findAll(ArrayAccessExpr.class, access -> types.isA(access.getName(), RAW_ARRAYS))
                        .isEmpty();
    }
}
