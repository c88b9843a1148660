package io.github.rustfit.core.criteria;

/**
 * What a module is, as a whole or in kind, beyond how dense its evidence is. Some traits are the
 * kinds of system the article names (a service that handles connections until it is stopped, a
 * parser driven by its input): their signals count as evidence for their criterion and also tell
 * the questions what kind of code this is. The others temper the evidence: a command-line tool, a
 * client whose work is coordination, an adapter to a framework, JNI glue, decoding handed to a
 * third-party library, a grab-bag of utilities, deprecated code. Their signals never add to a
 * criterion's density; they decide how the rest is read.
 */
public enum Trait {
    /** Connection or request handling that runs until the service is stopped. */
    SERVICE_LOOP(false, "connection handling that runs until stopped"),
    /** A state machine driven by the bytes or characters it consumes. */
    INPUT_PARSER(false, "a parser's state machine driven by its input"),
    /**
     * Threads handing work to each other and waiting on it: thread pools and threads made by hand,
     * locks, latches and waits. Its findings are concurrency evidence like any other, and they tell
     * the tail-latency question which part of that evidence coordinates work rather than being a
     * lock-free core or a data path: scheduling and waiting are what a control plane does.
     */
    THREAD_COORDINATION(false, "threads handing work to each other and waiting on it"),
    /**
     * Types that are codecs by name and by shape: a decoder, encoder, parser or serializer over raw
     * bytes, characters or streams. Its findings are data-plane evidence like any other; with
     * {@link #BIT_LEVEL} work beside them they tell the decision rule that the module writes a codec
     * of its own, however small.
     */
    CODEC_TYPE(false, "codec types of its own over raw input"),
    /**
     * Bytes taken apart and put together with masks and shifts. Its findings are data-plane evidence
     * like any other; beside {@link #CODEC_TYPE} findings they show that the codec does its own
     * byte-level work rather than naming a type after one.
     */
    BIT_LEVEL(false, "bytes taken apart with masks and shifts"),
    /** A command-line, admin, build or GUI tool, run by a person or a build rather than serving. */
    COMMAND_LINE_TOOL(true, "a command-line, admin or build tool"),
    /** A client library, whose own work is mostly requests, retries and bookkeeping. */
    CLIENT_LIBRARY(true, "a client library"),
    /** An adapter to a framework, or an implementation of a Java API contract such as Servlet or JDBC. */
    FRAMEWORK_ADAPTER(true, "an adapter to a framework or a Java API"),
    /** Exports metrics, traces or health to a monitoring system. */
    EXPORTER(true, "an exporter of metrics, traces or health"),
    /** Packages other modules: an assembly, distribution, BOM, shaded jar or documentation. */
    PACKAGING(true, "a packaging module"),
    /** A shared grab-bag of utilities, named as such. */
    SHARED_UTILITIES(true, "a grab-bag of shared utilities"),
    /** Experimental or incubating code, niche by its own account. */
    EXPERIMENTAL(true, "experimental code"),
    /** Deprecated or legacy code kept for compatibility. */
    LEGACY(true, "deprecated or legacy code kept for compatibility"),
    /** Java bindings to native code that does the real work. */
    NATIVE_GLUE(true, "Java glue over native code"),
    /**
     * Asynchronous request bookkeeping: chains of future composition that sequence calls on other
     * threads (a client's requests, a service's calls to its stores), which use an async runtime
     * rather than build one.
     */
    ASYNC_COORDINATION(true, "asynchronous request bookkeeping"),
    /**
     * Counters of requests, events, sequence numbers or sizes: atomic numbers only incremented, read
     * and set, which an atomic increment makes safe without any lock-free algorithm of the module's
     * own.
     */
    COUNTERS(true, "counters of requests, events and ids"),
    /** Code that hands bytes or text to a parser or serializer of another project. */
    DELEGATED_DECODING(true, "decoding handed to another project's parser"),
    /** Files a generator wrote. */
    GENERATED(true, "generated code");

    private final boolean tempers;
    private final String phrase;

    Trait(boolean tempers, String phrase) {
        this.tempers = tempers;
        this.phrase = phrase;
    }

    /**
     * True when the trait's signals temper the evidence rather than add to it: their findings are
     * kept as evidence of the trait but never counted in a criterion's density.
     */
    public boolean tempers() {
        return tempers;
    }

    /** A noun phrase for rationales, as in "this module is {@code phrase}". */
    public String phrase() {
        return phrase;
    }
}
