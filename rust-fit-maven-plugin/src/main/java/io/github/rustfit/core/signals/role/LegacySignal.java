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
 * A module named as legacy or compatibility code: {@code legacy}, {@code compat}, {@code
 * compatibility} or {@code deprecated} as a whole name part. It is kept so that old clients or
 * old formats keep working; the article's rewrite pays where code lives and grows.
 */
public final class LegacySignal implements ModuleSignal {

    static final Set<String> WORDS = Set.of("legacy", "compat", "compatibility", "deprecated");

    @Override
    public String id() {
        return "role.legacy";
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
        return "A module named as legacy or compatibility code, kept so that old clients keep working rather than to be developed.";
    }

    @Override
    public void inspect(ModuleFacts module, ModuleFindings findings) {
        module.markedName(LegacySignal::marker)
                .ifPresent(named -> findings.report(module.pomFile(), 0, named.sentence("legacy code")));
    }

    static Optional<String> marker(List<String> tokens) {
        return NameMarkers.word(tokens, WORDS);
    }
}
