package io.github.rustfit.core.signals.concurrency;

import com.github.javaparser.ast.CompilationUnit;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.criteria.Trait;
import io.github.rustfit.core.signals.Findings;
import io.github.rustfit.core.signals.Signal;
import java.util.Comparator;
import java.util.Optional;

/**
 * Atomic counters (one per counter): adders, and atomic integers and longs that a file only
 * increments, adds to, reads and sets. A counter of requests, events, sequence numbers or sizes is
 * bookkeeping that an atomic increment makes safe; it is the metrics and id generators of a control
 * plane as much as of an engine, so it is evidence of that bookkeeping, never of a concurrent core.
 * An atomic number the file compares-and-sets or updates through a function is {@link
 * AtomicsSignal}'s: it is the state of a lock-free algorithm.
 */
public final class CountersSignal implements Signal {

    @Override
    public String id() {
        return "concurrency.counters";
    }

    @Override
    public Criterion criterion() {
        return Criterion.FUNDAMENTAL_CONCURRENCY;
    }

    @Override
    public Optional<Trait> trait() {
        return Optional.of(Trait.COUNTERS);
    }

    @Override
    public String description() {
        return "Atomic counters only incremented, read and set (statistics, sequence numbers, sizes): bookkeeping an"
                + " atomic increment makes safe, not a concurrent core of the module's own.";
    }

    @Override
    public void inspect(CompilationUnit unit, Findings findings) {
        AtomicCounters.of(unit).stream()
                .sorted(Comparator.comparing(
                        node -> node.getBegin().map(p -> p.line).orElse(0)))
                .forEach(findings::report);
    }
}
