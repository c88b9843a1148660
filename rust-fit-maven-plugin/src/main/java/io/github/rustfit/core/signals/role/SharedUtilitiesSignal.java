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
 * A module named as a shared grab-bag: a name whose last part is {@code common}, {@code util},
 * {@code shared} and the like ({@code acme-common}, not {@code commons-compress}). Such a module
 * collects whatever several modules need; checksum or hashing helpers can make it look like
 * byte-level code when most of it is configuration and plumbing.
 */
public final class SharedUtilitiesSignal implements ModuleSignal {

    static final Set<String> WORDS =
            Set.of("common", "commons", "util", "utils", "utilities", "utility", "shared", "misc", "helpers");

    @Override
    public String id() {
        return "role.shared-utilities";
    }

    @Override
    public Criterion criterion() {
        return Criterion.DATA_PLANE;
    }

    @Override
    public Optional<Trait> trait() {
        return Optional.of(Trait.SHARED_UTILITIES);
    }

    @Override
    public String description() {
        return "A module named as a shared grab-bag (common, util, shared), whose strong-fit part may be a small share of it.";
    }

    @Override
    public void inspect(ModuleFacts module, ModuleFindings findings) {
        module.markedName(SharedUtilitiesSignal::marker)
                .ifPresent(named ->
                        findings.report(module.pomFile(), 0, named.sentence("a grab-bag of shared utilities")));
    }

    static Optional<String> marker(List<String> tokens) {
        return NameMarkers.lastWord(tokens, WORDS);
    }
}
