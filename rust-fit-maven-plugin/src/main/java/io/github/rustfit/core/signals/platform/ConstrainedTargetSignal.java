package io.github.rustfit.core.signals.platform;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.signals.Findings;
import io.github.rustfit.core.signals.Signal;
import io.github.rustfit.core.signals.syntax.SyntaxIndex;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Code for constrained devices: Java Card applets, Java ME MIDlets, Android Things and hardware
 * APIs, Device I/O and Pi4J. Each applet or MIDlet class counts, and each platform once per file at
 * its first import.
 */
public final class ConstrainedTargetSignal implements Signal {

    private static final List<String> PLATFORMS = List.of(
            "javacard",
            "javacardx",
            "javax.microedition",
            "com.google.android.things",
            "android.hardware",
            "jdk.dio",
            "com.pi4j");
    private static final Set<String> ENTRY_POINTS = Set.of("Applet", "MIDlet");

    @Override
    public String id() {
        return "platform.constrained";
    }

    @Override
    public Criterion criterion() {
        return Criterion.CONSTRAINED_TARGET;
    }

    @Override
    public String description() {
        return "Smart-card applets, embedded Java ME and device-hardware code, targets where memory"
                + " is counted in kilobytes and a garbage collector is a luxury.";
    }

    @Override
    public void inspect(CompilationUnit unit, Findings findings) {
        Set<String> seen = new HashSet<>();
        for (ImportDeclaration declaration : unit.getImports()) {
            platform(declaration.getNameAsString())
                    .filter(seen::add)
                    .ifPresent(platform -> findings.report(declaration));
        }
        if (seen.isEmpty()) {
            return;
        }
        for (ClassOrInterfaceDeclaration type : SyntaxIndex.findAll(unit, ClassOrInterfaceDeclaration.class)) {
            if (type.getExtendedTypes().stream()
                    .anyMatch(supertype -> ENTRY_POINTS.contains(supertype.getNameAsString()))) {
                findings.report(type.getName());
            }
        }
    }

    private static Optional<String> platform(String imported) {
        return PLATFORMS.stream()
                .filter(platform -> imported.startsWith(platform + "."))
                .findFirst();
    }
}
