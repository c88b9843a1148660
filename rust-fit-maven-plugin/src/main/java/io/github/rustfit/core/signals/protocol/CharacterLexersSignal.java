package io.github.rustfit.core.signals.protocol;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.stmt.YieldStmt;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.signals.Findings;
import io.github.rustfit.core.signals.Signal;
import io.github.rustfit.core.signals.syntax.Syntax;
import io.github.rustfit.core.signals.syntax.SyntaxIndex;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A hand-written lexer's dispatch on the next character: a {@code switch} with at least {@link
 * #BRANCHES} branches labelled by character literals ({@code case '{':}, {@code case '"' ->}),
 * one finding per branch. This is how tokenizers of text formats (JSON, XML, CSS, path and
 * expression syntaxes) take their input apart, the text-format counterpart of masks and shifts
 * over bytes: code that decodes untrusted input one character at a time. Labels that fall through
 * to the same code ({@code case '0': case '1': ...}) are one branch; a branch that only gives a
 * constant ({@code case 'a': return 10;}) looks a value up rather than acts on the input, so a table
 * of digit values or type codes is no lexer; nor is a switch with fewer character branches that
 * act (an escape or two, a flag letter).
 *
 * <p>A lexer written with {@code if} chains instead of a {@code switch} counts the same way: a loop
 * that reads its input one character at a time and advances as it reads ({@code buf[pos++]}, {@code
 * charAt(i++)}, {@code reader.read()}), and inside it {@code if} statements that each compare a
 * character with character literals ({@code c == ','}, {@code ch != '"'}) or a range of them
 * ({@code c >= '0' && c <= '9'}), one finding per such {@code if} that acts, from {@link #BRANCHES}
 * distinct tests on. An {@code if} whose condition tests several literals at once ({@code c == '_'
 * || c == '-'}) is one class of characters, one branch; an {@code if} that only gives a constant
 * ({@code return 10;}, {@code out.append("&lt;")}) is a lookup or an escape. A loop that walks an
 * index it advances elsewhere ({@code for (...; i++) s.charAt(i)}) or the characters of an array is
 * not reading input as a lexer does: that is how escaping, normalising and formatting helpers walk a
 * string they already hold.
 */
public final class CharacterLexersSignal implements Signal {

    /** Character branches from which a switch is a lexer's dispatch rather than a lookup. */
    static final int BRANCHES = 3;

    @Override
    public String id() {
        return "protocol.character-lexers";
    }

    @Override
    public Criterion criterion() {
        return Criterion.DATA_PLANE;
    }

    @Override
    public String description() {
        return "Hand-written lexers that dispatch on the next character of their input (a switch with"
                + " several character-literal branches, or a loop that reads as it advances and tests the"
                + " character in if statements against several literals), the way text-format parsers take"
                + " untrusted input apart.";
    }

    @Override
    public void inspect(CompilationUnit unit, Findings findings) {
        for (SwitchStmt statement : SyntaxIndex.findAll(unit, SwitchStmt.class)) {
            report(statement.getEntries(), findings);
        }
        for (SwitchExpr expression : SyntaxIndex.findAll(unit, SwitchExpr.class)) {
            report(expression.getEntries(), findings);
        }
        Set<IfStmt> reported = new HashSet<>();
        for (Statement loop : SyntaxIndex.findAll(unit, Statement.class, CharacterLexersSignal::isLoop)) {
            if (readsAsItAdvances(loop)) {
                List<IfStmt> branches = characterTests(loop);
                if (distinctTests(branches) >= BRANCHES) {
                    branches.stream().filter(reported::add).forEach(findings::report);
                }
            }
        }
    }

    private static boolean isLoop(Statement statement) {
        return statement instanceof WhileStmt || statement instanceof DoStmt || statement instanceof ForStmt;
    }

    /**
     * True when the loop reads its input one character at a time and the read itself advances:
     * {@code buf[pos++]}, {@code text.charAt(i++)}, or a no-argument {@code read()}.
     */
    private static boolean readsAsItAdvances(Statement loop) {
        for (ArrayAccessExpr access : within(loop, ArrayAccessExpr.class)) {
            if (isIncrement(access.getIndex()) && !isWritten(access)) {
                return true;
            }
        }
        for (MethodCallExpr call : within(loop, MethodCallExpr.class)) {
            String name = call.getNameAsString();
            if (name.equals("read")
                    && call.getArguments().isEmpty()
                    && call.getScope().isPresent()) {
                return true;
            }
            if (name.equals("charAt") && call.getArguments().size() == 1 && isIncrement(call.getArgument(0))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWritten(ArrayAccessExpr access) {
        return access.getParentNode()
                .filter(AssignExpr.class::isInstance)
                .map(parent -> ((AssignExpr) parent).getTarget() == access)
                .orElse(false);
    }

    private static boolean isIncrement(Expression expression) {
        return Syntax.unwrap(expression) instanceof UnaryExpr unary
                && (unary.getOperator() == UnaryExpr.Operator.POSTFIX_INCREMENT
                        || unary.getOperator() == UnaryExpr.Operator.PREFIX_INCREMENT);
    }

    /** The loop's own nodes of a kind, leaving out those of lambdas and classes declared in it. */
    private static <T extends Node> List<T> within(Statement loop, Class<T> type) {
        return loop.findAll(
                type,
                node -> node.findAncestor(
                                candidate -> candidate == loop
                                        || candidate instanceof LambdaExpr
                                        || candidate instanceof TypeDeclaration<?>
                                        || candidate instanceof ObjectCreationExpr,
                                Node.class)
                        .filter(ancestor -> ancestor == loop)
                        .isPresent());
    }

    /** The loop's {@code if} statements that test a character against literals and act on it. */
    private static List<IfStmt> characterTests(Statement loop) {
        return within(loop, IfStmt.class).stream()
                .filter(test -> !characterKey(test.getCondition()).isEmpty())
                .filter(test -> !givesConstantOnly(test.getThenStmt()))
                .toList();
    }

    private static long distinctTests(List<IfStmt> tests) {
        return tests.stream()
                .map(test -> characterKey(test.getCondition()))
                .distinct()
                .count();
    }

    /**
     * The character literals a condition compares with ({@code ==}, {@code !=}, {@code <}, ...),
     * sorted: one key per class of characters tested. Empty when it compares with none.
     */
    private static String characterKey(Expression condition) {
        Set<String> literals = new TreeSet<>();
        for (BinaryExpr comparison : condition.findAll(BinaryExpr.class, CharacterLexersSignal::isComparison)) {
            Stream.of(comparison.getLeft(), comparison.getRight())
                    .map(Syntax::unwrap)
                    .filter(CharLiteralExpr.class::isInstance)
                    .map(literal -> ((CharLiteralExpr) literal).getValue())
                    .forEach(literals::add);
        }
        return String.join(" ", literals);
    }

    private static boolean isComparison(BinaryExpr expression) {
        return switch (expression.getOperator()) {
            case EQUALS, NOT_EQUALS, LESS, LESS_EQUALS, GREATER, GREATER_EQUALS -> true;
            default -> false;
        };
    }

    /**
     * True when the branch only gives a constant: {@code return 10;}, {@code value = 'x';}, {@code
     * out.append("&lt;");}, alone in its block.
     */
    private static boolean givesConstantOnly(Statement branch) {
        List<Statement> statements = branch instanceof BlockStmt block
                ? block.getStatements().stream()
                        .filter(statement -> !statement.isBreakStmt())
                        .toList()
                : List.of(branch);
        if (statements.size() != 1) {
            return false;
        }
        Statement only = statements.get(0);
        if (only instanceof ReturnStmt give) {
            return give.getExpression().map(CharacterLexersSignal::isConstant).orElse(true);
        }
        if (only instanceof ExpressionStmt expression) {
            Expression value = expression.getExpression();
            if (value instanceof AssignExpr assign) {
                return Syntax.unwrap(assign.getValue()) instanceof LiteralExpr;
            }
            if (value instanceof MethodCallExpr call) {
                return !call.getArguments().isEmpty()
                        && call.getArguments().stream()
                                .allMatch(argument -> Syntax.unwrap(argument) instanceof LiteralExpr);
            }
        }
        return false;
    }

    private static void report(NodeList<SwitchEntry> entries, Findings findings) {
        List<SwitchEntry> branches = characterBranches(entries);
        if (branches.size() >= BRANCHES) {
            branches.forEach(findings::report);
        }
    }

    /**
     * The first entry of every branch labelled by a character literal: entries without statements
     * fall through to the next one and belong to its branch.
     */
    private static List<SwitchEntry> characterBranches(NodeList<SwitchEntry> entries) {
        List<SwitchEntry> branches = new ArrayList<>();
        SwitchEntry first = null;
        boolean labelledByCharacter = false;
        for (SwitchEntry entry : entries) {
            if (first == null) {
                first = entry;
            }
            labelledByCharacter |= entry.getLabels().stream().anyMatch(CharacterLexersSignal::isCharacter);
            boolean fallsThrough = entry.getType() == SwitchEntry.Type.STATEMENT_GROUP
                    && entry.getStatements().isEmpty();
            if (!fallsThrough) {
                if (labelledByCharacter && !givesConstant(entry)) {
                    branches.add(first);
                }
                first = null;
                labelledByCharacter = false;
            }
        }
        return branches;
    }

    private static boolean isCharacter(Expression label) {
        return label instanceof CharLiteralExpr;
    }

    /**
     * True when the branch only gives a constant: {@code -> 10}, {@code return 10;}, {@code yield
     * NAME;} or {@code value = "x"; break;}.
     */
    private static boolean givesConstant(SwitchEntry entry) {
        List<Statement> statements = entry.getStatements().stream()
                .filter(statement -> !statement.isBreakStmt())
                .toList();
        if (statements.size() != 1) {
            return false;
        }
        Statement only = statements.get(0);
        if (only instanceof ReturnStmt give) {
            return give.getExpression().map(CharacterLexersSignal::isConstant).orElse(true);
        }
        if (only instanceof YieldStmt give) {
            return isConstant(give.getExpression());
        }
        if (only instanceof ExpressionStmt expression) {
            Expression value = expression.getExpression();
            return value instanceof AssignExpr assign ? isConstant(assign.getValue()) : isConstant(value);
        }
        return false;
    }

    private static boolean isConstant(Expression expression) {
        Expression value = Syntax.unwrap(expression);
        if (value instanceof UnaryExpr unary) {
            value = unary.getExpression();
        }
        return value instanceof LiteralExpr || value instanceof NameExpr || value instanceof FieldAccessExpr;
    }
}
