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
 * A file that is a benchmark: it uses a benchmark harness (JMH or Caliper) or declares methods
 * annotated {@code @Benchmark}. It counts once per file, at its first type. One benchmark in a
 * production module is a footnote; only when benchmarks are a large share of a module's code does
 * the decision rule treat the module as a benchmark suite (see {@code Thresholds}). A class merely
 * named after benchmarks, without a harness, does not count.
 */
public final class BenchmarksSignal implements Signal {

    /** Packages of benchmark harnesses. */
    static final List<String> HARNESSES = List.of("org.openjdk.jmh", "com.google.caliper");

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
        return "Benchmarks written against a harness such as JMH or Caliper, measuring code rather than"
                + " being the code that runs in production.";
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
