package io.github.rustfit.core.review;

import io.github.rustfit.core.manifest.Placeholders;

/** Tells a written rationale from an empty one or a placeholder. */
public final class Rationales {

    /** The rationale review stubs carry: the gate rejects it until a person replaces it. */
    public static final String STUB = "TODO: say why, in the team's own words";

    private Rationales() {}

    /**
     * True when the rationale is missing, blank, a marker such as TODO, or says nothing; the same
     * rule the manifest reader applies to a suppression's reason.
     */
    public static boolean isPlaceholder(String rationale) {
        return Placeholders.isPlaceholder(rationale);
    }
}
