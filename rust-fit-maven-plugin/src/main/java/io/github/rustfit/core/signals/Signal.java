package io.github.rustfit.core.signals;

import com.github.javaparser.ast.CompilationUnit;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.criteria.Trait;
import java.util.Optional;

/**
 * Looks for one kind of evidence in a parsed Java file. Implementations are stateless and
 * thread-safe: one instance inspects every file of a run.
 */
public interface Signal {

    /** Stable identifier, {@code family.name}, used in results and reports. */
    String id();

    /** The article criterion this evidence serves. */
    Criterion criterion();

    /** One sentence, in our words, of what the signal looks for and why it matters. */
    String description();

    /**
     * The kind of module its findings show, if any. A signal of a {@link Trait#tempers() tempering}
     * trait adds nothing to its criterion's density: its findings are evidence of the trait only.
     */
    default Optional<Trait> trait() {
        return Optional.empty();
    }

    /** Reports every occurrence in {@code unit} through {@code findings}. */
    void inspect(CompilationUnit unit, Findings findings);
}
