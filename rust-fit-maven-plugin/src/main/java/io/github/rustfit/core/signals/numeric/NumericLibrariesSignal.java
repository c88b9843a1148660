package io.github.rustfit.core.signals.numeric;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.signals.Findings;
import io.github.rustfit.core.signals.Signal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Numerical and machine-learning libraries imported: Commons Math, Hipparchus, ND4J and
 * Deeplearning4j, Smile, Tribuo, ojAlgo, EJML, jblas, MTJ, Colt, la4j, DJL, Weka. Once per library
 * per file, at its first import: further imports of the same library add no new evidence.
 */
public final class NumericLibrariesSignal implements Signal {

    private static final List<String> LIBRARIES = List.of(
            "org.apache.commons.math3",
            "org.apache.commons.math4",
            "org.hipparchus",
            "org.nd4j",
            "org.deeplearning4j",
            "smile",
            "org.tribuo",
            "org.ojalgo",
            "org.ejml",
            "org.jblas",
            "no.uib.cipr.matrix",
            "cern.colt",
            "cern.jet",
            "org.la4j",
            "ai.djl",
            "weka");

    @Override
    public String id() {
        return "numeric.libraries";
    }

    @Override
    public Criterion criterion() {
        return Criterion.NUMERICAL_RESEARCH;
    }

    @Override
    public String description() {
        return "Numerical, linear-algebra and machine-learning libraries in use, an ecosystem a"
                + " rewrite would have to leave behind.";
    }

    @Override
    public void inspect(CompilationUnit unit, Findings findings) {
        Set<String> seen = new HashSet<>();
        for (ImportDeclaration declaration : unit.getImports()) {
            library(declaration.getNameAsString()).filter(seen::add).ifPresent(library -> findings.report(declaration));
        }
    }

    private static Optional<String> library(String imported) {
        return LIBRARIES.stream()
                .filter(library -> imported.equals(library) || imported.startsWith(library + "."))
                .findFirst();
    }
}
