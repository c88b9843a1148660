package io.github.rustfit.core.signals.role;

import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.criteria.Trait;
import io.github.rustfit.core.signals.ModuleFacts;
import io.github.rustfit.core.signals.ModuleFindings;
import io.github.rustfit.core.signals.ModuleSignal;
import java.util.Optional;

/**
 * A module with sources of its own that is still, by its name, a packaging module ({@link
 * PackagingModules}): an assembly, distribution, BOM, shaded or {@code -all} jar, or documentation.
 * The few classes it holds serve the packaging; the code it bundles is judged in its own modules.
 */
public final class PackagingRoleSignal implements ModuleSignal {

    @Override
    public String id() {
        return "role.packaging";
    }

    @Override
    public Criterion criterion() {
        return Criterion.PROTOTYPE;
    }

    @Override
    public Optional<Trait> trait() {
        return Optional.of(Trait.PACKAGING);
    }

    @Override
    public String description() {
        return "A module named as an assembly, distribution, BOM, shaded jar or documentation, which packages"
                + " code that is judged in its own modules.";
    }

    @Override
    public void inspect(ModuleFacts module, ModuleFindings findings) {
        PackagingModules.marker(module)
                .ifPresent(named -> findings.report(module.pomFile(), 0, named.sentence("a packaging module")));
    }
}
