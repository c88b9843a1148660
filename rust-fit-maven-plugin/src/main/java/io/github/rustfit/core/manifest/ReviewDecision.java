package io.github.rustfit.core.manifest;

/** What a fit review decided for a component. */
public enum ReviewDecision {
    /** Rust pays here; plan for it. */
    RUST_CANDIDATE("rust-candidate"),
    /** The JVM stays, for the reasons given. */
    STAY_ON_JVM("stay-on-jvm"),
    /** Not decided yet; look again by the revisit date. */
    REVISIT("revisit");

    private final String yamlName;

    ReviewDecision(String yamlName) {
        this.yamlName = yamlName;
    }

    /** The name written in the manifest. */
    public String yamlName() {
        return yamlName;
    }
}
