package io.github.rustfit.core.signals.role;

import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.criteria.Trait;
import io.github.rustfit.core.signals.ModuleFacts;
import io.github.rustfit.core.signals.ModuleFindings;
import io.github.rustfit.core.signals.ModuleSignal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A module named as experimental or incubating code: {@code experimental}, {@code experiments},
 * {@code incubator} or {@code incubating} as a whole name part. Its low-level work may be real, but
 * by its own account it is niche, not yet what others run on: a partial fit at most.
 */
public final class ExperimentalSignal implements ModuleSignal {

    static final Set<String> WORDS = Set.of("experimental", "experiments", "incubator", "incubating");

    @Override
    public String id() {
        return "role.experimental";
    }

    @Override
    public Criterion criterion() {
        return Criterion.PROTOTYPE;
    }

    @Override
    public Optional<Trait> trait() {
        return Optional.of(Trait.EXPERIMENTAL);
    }

    @Override
    public String description() {
        return "A module named as experimental or incubating code, niche by its own account and so a partial fit"
                + " at most.";
    }

    @Override
    public void inspect(ModuleFacts module, ModuleFindings findings) {
        module.markedName(ExperimentalSignal::marker)
                .ifPresent(named -> findings.report(module.pomFile(), 0, named.sentence("experimental code")));
    }

    static Optional<String> marker(List<String> tokens) {
        return NameMarkers.word(tokens, WORDS);
    }
}
