package io.github.rustfit.core.criteria;

/**
 * The criteria of the rust-fit article ("Rust for Systems Programming: When the Borrow Checker
 * Earns Its Keep"), each described in our own words. The {@link #articleSection()} names the
 * place in the article a reader can check the criterion against.
 */
public enum Criterion {
    SAFETY_CRITICAL_SERVICE(
            "safety-critical-service",
            Side.STRONG_FIT,
            "Where Rust earns its place, 1",
            "Long-running, network-facing code where a memory-corruption bug becomes a security"
                    + " incident rather than a stack trace."),
    DATA_PLANE(
            "data-plane",
            Side.STRONG_FIT,
            "Where Rust earns its place, 2",
            "High-throughput data-plane code: protocol parsers, packet handling, codecs,"
                    + " compression and hash tables on the hot path."),
    FUNDAMENTAL_CONCURRENCY(
            "fundamental-concurrency",
            Side.STRONG_FIT,
            "Where Rust earns its place, 3",
            "Systems whose internal concurrency is the hard part, where compile-time data-race"
                    + " freedom replaces testing and hoping."),
    CONSTRAINED_TARGET(
            "constrained-target",
            Side.STRONG_FIT,
            "Where Rust earns its place, 4",
            "Embedded and resource-constrained targets where a garbage collector and a JVM do not" + " fit."),
    WEBASSEMBLY_COMPUTE(
            "webassembly-compute",
            Side.STRONG_FIT,
            "Where Rust earns its place, 5",
            "Client-side compute (image processing, cryptography, parsing) that could ship as" + " WebAssembly."),
    CRUD_SERVICE(
            "crud-service",
            Side.AVOID,
            "Where Rust is the wrong tool, 1",
            "Request-in, database-call, JSON-out services of moderate load, where the runtime is"
                    + " not the bottleneck."),
    PROTOTYPE(
            "prototype",
            Side.AVOID,
            "Where Rust is the wrong tool, 2",
            "Prototypes, examples, demos and exploratory code, whose shape still changes and"
                    + " where ownership rework would cost most."),
    SELF_REFERENTIAL_DATA(
            "self-referential-data",
            Side.AVOID,
            "Where Rust is the wrong tool, 3",
            "Graph-shaped or self-referential data whose nodes point at and mutate each other,"
                    + " which the borrow checker resists."),
    NUMERICAL_RESEARCH(
            "numerical-research",
            Side.AVOID,
            "Where Rust is the wrong tool, 4",
            "Machine-learning and numerical research code, where another ecosystem is the moat"
                    + " and research speed matters most.");

    private final String id;
    private final Side side;
    private final String articleSection;
    private final String description;

    Criterion(String id, Side side, String articleSection, String description) {
        this.id = id;
        this.side = side;
        this.articleSection = articleSection;
        this.description = description;
    }

    /** Stable identifier used in results, reports and manifests. */
    public String id() {
        return id;
    }

    public Side side() {
        return side;
    }

    /** The heading and item of the article this criterion comes from. */
    public String articleSection() {
        return articleSection;
    }

    /** One sentence, in our words, of what the criterion means. */
    public String description() {
        return description;
    }
}
