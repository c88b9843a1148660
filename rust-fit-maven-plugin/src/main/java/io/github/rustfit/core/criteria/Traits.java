package io.github.rustfit.core.criteria;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which {@link Trait traits} a module has. A trait a module signal asserts (from the module's name
 * or packaging) holds outright; a trait file signals find holds when its findings are a large
 * enough part of the module, so that one stray {@code main} method or one deprecated class does not
 * make a library a tool or a legacy module.
 */
public final class Traits {

    /** Share of a module's files that declare entry points from which it is a command-line tool. */
    static final double TOOL_FILES = 0.25;
    /** Share of a module's files implementing a Java API's contract from which it is an adapter to it. */
    static final double ADAPTER_FILES = 0.25;
    /** Share of a module's files that are deprecated from which it is legacy code. */
    static final double LEGACY_FILES = 0.5;
    /**
     * Share of a module's files a generator wrote from which it is generated code. Below it the
     * generated files only dilute: a module that mixes a generated parser with hand-written runtime
     * code is judged on the rest.
     */
    static final double GENERATED_FILES = 0.8;
    /** Input-driven state machines that make a module a parser by kind. */
    static final int PARSER_STATES = 2;
    /**
     * Native bindings from which a module is glue: at least this many, and at least as many as its
     * own byte-level findings.
     */
    static final int NATIVE_BINDINGS = 5;
    /**
     * Hand-offs to another project's parser or serializer from which a module's decoding is
     * delegated: at least this many, and at least as many as its own byte-level findings.
     */
    static final int DELEGATIONS = 3;
    /** Files from which a share of files means something. */
    private static final int MIN_FILES = 2;

    private Traits() {}

    /** The traits {@code evidence} shows. */
    public static Set<Trait> of(ModuleEvidence evidence) {
        Set<Trait> traits = EnumSet.noneOf(Trait.class);
        traits.addAll(evidence.namedTraits());
        int files = Math.max(evidence.parsedFiles(), 1);
        if (evidence.traitCount(Trait.SERVICE_LOOP) > 0) {
            traits.add(Trait.SERVICE_LOOP);
        }
        if (evidence.traitCount(Trait.INPUT_PARSER) >= PARSER_STATES) {
            traits.add(Trait.INPUT_PARSER);
        }
        if (share(evidence, Trait.COMMAND_LINE_TOOL, files) >= TOOL_FILES) {
            traits.add(Trait.COMMAND_LINE_TOOL);
        }
        if (share(evidence, Trait.FRAMEWORK_ADAPTER, files) >= ADAPTER_FILES) {
            traits.add(Trait.FRAMEWORK_ADAPTER);
        }
        if (share(evidence, Trait.LEGACY, files) >= LEGACY_FILES) {
            traits.add(Trait.LEGACY);
        }
        if (share(evidence, Trait.GENERATED, files) >= GENERATED_FILES) {
            traits.add(Trait.GENERATED);
        }
        int ownDecoding = evidence.count(Criterion.DATA_PLANE);
        int bindings = evidence.traitCount(Trait.NATIVE_GLUE);
        if (bindings >= NATIVE_BINDINGS && bindings >= ownDecoding) {
            traits.add(Trait.NATIVE_GLUE);
        }
        int delegations = evidence.traitCount(Trait.DELEGATED_DECODING);
        if (delegations >= DELEGATIONS && delegations >= ownDecoding) {
            traits.add(Trait.DELEGATED_DECODING);
        }
        return traits;
    }

    private static double share(ModuleEvidence evidence, Trait trait, int files) {
        int count = evidence.traitCount(trait);
        return count >= MIN_FILES ? count / (double) files : 0;
    }
}
