package io.github.rustfit.core.signals.role;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.criteria.Trait;
import io.github.rustfit.core.signals.Findings;
import io.github.rustfit.core.signals.Signal;
import io.github.rustfit.core.signals.syntax.Syntax;
import io.github.rustfit.core.signals.syntax.SyntaxIndex;
import java.util.List;
import java.util.Optional;

/**
 * Programs started from the command line: a {@code public static void main(String[])} method,
 * reported once per file. A module where many files are programs is a set of tools that run and
 * exit; one {@code main} in a library (a demo or a self-test) says little.
 */
public final class EntryPointsSignal implements Signal {

    @Override
    public String id() {
        return "role.entry-points";
    }

    @Override
    public Criterion criterion() {
        return Criterion.SAFETY_CRITICAL_SERVICE;
    }

    @Override
    public Optional<Trait> trait() {
        return Optional.of(Trait.COMMAND_LINE_TOOL);
    }

    @Override
    public String description() {
        return "Main methods, programs started from the command line, which make a module a set of tools"
                + " when many of its files have one.";
    }

    @Override
    public void inspect(CompilationUnit unit, Findings findings) {
        List<MethodDeclaration> mains = SyntaxIndex.findAll(unit, MethodDeclaration.class, EntryPointsSignal::isMain);
        if (!mains.isEmpty()) {
            findings.report(mains.get(0).getName());
        }
    }

    private static boolean isMain(MethodDeclaration method) {
        if (!method.getNameAsString().equals("main")
                || !method.isStatic()
                || !method.isPublic()
                || !method.getType().isVoidType()
                || method.getParameters().size() != 1) {
            return false;
        }
        Parameter parameter = method.getParameter(0);
        String type = Syntax.written(parameter.getType());
        return type.equals("String[]") || (type.equals("String") && parameter.isVarArgs());
    }
}
