package io.github.rustfit.core.signals;

import com.github.javaparser.ast.CompilationUnit;
import io.github.rustfit.core.criteria.Criterion;

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

    /** Reports every occurrence in {@code unit} through {@code findings}. */
    void inspect(CompilationUnit unit, Findings findings);
}
