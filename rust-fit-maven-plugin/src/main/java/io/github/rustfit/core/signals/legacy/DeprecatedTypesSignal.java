package io.github.rustfit.core.signals.legacy;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.TypeDeclaration;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.criteria.Trait;
import io.github.rustfit.core.signals.Findings;
import io.github.rustfit.core.signals.Signal;
import io.github.rustfit.core.signals.syntax.Syntax;
import java.util.Optional;
import java.util.Set;

/**
 * A file whose top-level type is deprecated: annotated {@code @Deprecated}, or documented with a
 * {@code @deprecated} tag. Reported once per file. A module made mostly of such files is kept for
 * compatibility (a legacy transport, an old API), not developed.
 */
public final class DeprecatedTypesSignal implements Signal {

    private static final Set<String> DEPRECATED = Set.of("Deprecated");

    @Override
    public String id() {
        return "legacy.deprecated-types";
    }

    @Override
    public Criterion criterion() {
        return Criterion.SAFETY_CRITICAL_SERVICE;
    }

    @Override
    public Optional<Trait> trait() {
        return Optional.of(Trait.LEGACY);
    }

    @Override
    public String description() {
        return "Deprecated top-level types, code kept for compatibility that makes a module legacy when most of"
                + " its files are.";
    }

    @Override
    public void inspect(CompilationUnit unit, Findings findings) {
        unit.getTypes().stream()
                .filter(type -> Syntax.hasAnnotation(type, DEPRECATED) || documentedDeprecated(type))
                .findFirst()
                .ifPresent(type -> findings.report(type.getName()));
    }

    private static boolean documentedDeprecated(TypeDeclaration<?> type) {
        return Syntax.javadocBefore(type)
                .map(javadoc -> javadoc.contains("@deprecated"))
                .orElse(false);
    }
}
