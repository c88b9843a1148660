package io.github.rustfit.core.signals.memory;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.criteria.Trait;
import io.github.rustfit.core.signals.Findings;
import io.github.rustfit.core.signals.Signal;
import io.github.rustfit.core.signals.syntax.Syntax;
import io.github.rustfit.core.signals.syntax.SyntaxIndex;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Java bindings to native code: each method of a class made mostly of {@code native} declarations
 * (at least three of them, and at least half of its methods), and each method of a JNA library
 * interface. Where a module's bindings outnumber its own byte-level code, its hot path already runs
 * natively: a rewrite would replace the native side, and this Java is glue.
 */
public final class NativeGlueSignal implements Signal {

    static final int MIN_NATIVE_METHODS = 3;
    private static final Set<String> NATIVE_LIBRARIES = Set.of("Library", "StdCallLibrary");
    private static final String JNA = "com.sun.jna";
    private static final Set<String> JNA_PACKAGES = Set.of(JNA, JNA + ".win32");

    @Override
    public String id() {
        return "memory.native-glue";
    }

    @Override
    public Criterion criterion() {
        return Criterion.SAFETY_CRITICAL_SERVICE;
    }

    @Override
    public Optional<Trait> trait() {
        return Optional.of(Trait.NATIVE_GLUE);
    }

    @Override
    public String description() {
        return "Methods of JNI binding classes and JNA library interfaces, glue over native code that already"
                + " does the hot work.";
    }

    @Override
    public void inspect(CompilationUnit unit, Findings findings) {
        for (TypeDeclaration<?> type : SyntaxIndex.findAll(unit, TypeDeclaration.class)) {
            List<MethodDeclaration> methods = ownMethods(type);
            if (isNativeLibraryInterface(type)) {
                methods.forEach(method -> findings.report(method.getName()));
                continue;
            }
            List<MethodDeclaration> natives =
                    methods.stream().filter(MethodDeclaration::isNative).toList();
            if (natives.size() >= MIN_NATIVE_METHODS && natives.size() * 2 >= methods.size()) {
                natives.forEach(method -> findings.report(method.getName()));
            }
        }
    }

    private static List<MethodDeclaration> ownMethods(TypeDeclaration<?> type) {
        return type.getMembers().stream()
                .filter(member -> member instanceof MethodDeclaration)
                .map(member -> (MethodDeclaration) member)
                .toList();
    }

    private static boolean isNativeLibraryInterface(Node type) {
        if (!(type instanceof ClassOrInterfaceDeclaration declaration) || !declaration.isInterface()) {
            return false;
        }
        CompilationUnit unit = declaration.findCompilationUnit().orElseThrow();
        return declaration.getExtendedTypes().stream().anyMatch(supertype -> {
            if (!NATIVE_LIBRARIES.contains(supertype.getNameAsString())) {
                return false;
            }
            return supertype.getScope().isPresent()
                    ? supertype.getScope().get().asString().startsWith(JNA)
                    : Syntax.importsFrom(unit, supertype.getNameAsString(), JNA_PACKAGES);
        });
    }
}
