package io.github.rustfit.core.signals;

import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.criteria.Trait;
import java.util.Optional;

/**
 * Looks for evidence in the shape of a whole module (its name, path and packages) rather than in
 * one file. Stateless and thread-safe.
 */
public interface ModuleSignal {

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

    /** Reports evidence found in {@code module} through {@code findings}. */
    void inspect(ModuleFacts module, ModuleFindings findings);
}
