package io.github.rustfit.core.signals.protocol;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.YieldStmt;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.signals.Findings;
import io.github.rustfit.core.signals.Signal;
import io.github.rustfit.core.signals.syntax.Syntax;
import io.github.rustfit.core.signals.syntax.SyntaxIndex;
import java.util.ArrayList;
import java.util.List;

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
                + " several character-literal branches), the way text-format parsers take untrusted input"
                + " apart.";
    }

    @Override
    public void inspect(CompilationUnit unit, Findings findings) {
        for (SwitchStmt statement : SyntaxIndex.findAll(unit, SwitchStmt.class)) {
            report(statement.getEntries(), findings);
        }
        for (SwitchExpr expression : SyntaxIndex.findAll(unit, SwitchExpr.class)) {
            report(expression.getEntries(), findings);
        }
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
