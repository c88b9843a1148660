package io.github.rustfit.core.signals.prototype;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.signals.Findings;
import io.github.rustfit.core.signals.Signal;
import io.github.rustfit.core.signals.syntax.Syntax;
import io.github.rustfit.core.signals.syntax.SyntaxIndex;
import java.util.List;
import java.util.Set;

/**
 * A file that is a benchmark or a test: it uses a benchmark, stress-test or unit-test harness (JMH,
 * Caliper, jcstress, JUnit, TestNG) or declares methods annotated {@code @Benchmark}. It counts once
 * per file, at its first type. One such file in a production module is a footnote; only when they
 * are a large share of a module's code does the decision rule treat the module as a benchmark or
 * test-support suite (see {@code Thresholds}). A class merely named after benchmarks, without a
 * harness, does not count.
 */
public final class BenchmarksSignal implements Signal {

    /** Packages of benchmark, stress-test and unit-test harnesses. */
    static final List<String> HARNESSES = List.of(
            "org.openjdk.jmh",
            "com.google.caliper",
            "org.openjdk.jcstress",
            "org.junit",
            "junit.framework",
            "org.testng");

    @Override
    public String id() {
        return "prototype.benchmarks";
    }

    @Override
    public Criterion criterion() {
        return Criterion.PROTOTYPE;
    }

    @Override
    public String description() {
        return "Benchmarks and tests written against a harness such as JMH, jcstress or JUnit, measuring or"
                + " checking code rather than being the code that runs in production.";
    }

    @Override
    public void inspect(CompilationUnit unit, Findings findings) {
        if (unit.getTypes().isEmpty()) {
            return;
        }
        boolean harness = unit.getImports().stream()
                .map(ImportDeclaration::getNameAsString)
                .anyMatch(name ->
                        HARNESSES.stream().anyMatch(prefix -> name.equals(prefix) || name.startsWith(prefix + ".")));
        boolean annotated = SyntaxIndex.findAll(
                        unit, MethodDeclaration.class, method -> Syntax.hasAnnotation(method, Set.of("Benchmark")))
                .stream()
                .findAny()
                .isPresent();
        if (harness || annotated) {
            TypeDeclaration<?> first = unit.getType(0);
            findings.report(first.getName());
        }
    }
}
