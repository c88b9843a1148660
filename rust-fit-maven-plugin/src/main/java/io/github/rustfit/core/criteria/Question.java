package io.github.rustfit.core.criteria;

/**
 * The article's practical decision rule asks these three questions of a component. Two or three
 * yes answers call for serious consideration of Rust; three no answers say stay.
 */
public enum Question {
    MEMORY_SAFETY_INCIDENT(
            "memorySafetyIncident",
            "Would a memory-safety bug here become a security incident or a customer-visible outage?"),
    TAIL_LATENCY_CRITICAL(
            "tailLatencyCritical",
            "Does tail latency or resource predictability materially affect cost or user experience?"),
    SHARED_INFRASTRUCTURE(
            "sharedInfrastructure", "Is this, or will it become, shared infrastructure other teams depend on?");

    private final String key;
    private final String text;

    Question(String key, String text) {
        this.key = key;
        this.text = text;
    }

    /** The key used in results and in the component manifest's {@code answers} block. */
    public String key() {
        return key;
    }

    /** The question, as a reader would ask it. */
    public String text() {
        return text;
    }
}
