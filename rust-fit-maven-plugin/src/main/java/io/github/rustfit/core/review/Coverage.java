package io.github.rustfit.core.review;

import io.github.rustfit.core.manifest.Component;
import io.github.rustfit.core.result.ModuleResult;
import java.util.List;
import java.util.Optional;

/** Which modules a review speaks for: every module its component covers, or the module alone. */
public final class Coverage {

    private Coverage() {}

    /** The modules among {@code modules} that {@code component} covers; without one, {@code module} alone. */
    public static List<ModuleResult> covered(
            List<ModuleResult> modules, ModuleResult module, Optional<Component> component) {
        return component
                .map(c -> modules.stream()
                        .filter(other -> c.covers(other.artifactId(), other.path()))
                        .toList())
                .orElse(List.of(module));
    }
}
