package io.github.rustfit.core.manifest;

import java.util.Locale;

/** Where a component stands in its life, as the team declares it. */
public enum Lifecycle {
    PROTOTYPE,
    EXPERIMENTAL,
    PRODUCTION,
    DEPRECATED;

    /** The name written in the manifest. */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
