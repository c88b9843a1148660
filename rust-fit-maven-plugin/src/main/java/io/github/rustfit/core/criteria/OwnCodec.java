package io.github.rustfit.core.criteria;

/**
 * Whether a module writes a codec of its own: a type shaped like a codec (a decoder, encoder, parser
 * or serializer over raw bytes, characters or streams) and, in the same module, bytes taken apart
 * and put together with masks and shifts. The article puts protocol parsers and codecs in Rust's
 * data plane; the labelling rubric calls a small or low-volume codec, or one whose framing is partly
 * another library's, a partial fit rather than a module to leave alone. Such a codec can be too thin
 * in a large module, or too far from untrusted traffic, for any question to answer yes; that it
 * exists at all is worth a look, and a client library that holds one is judged on it like a server.
 *
 * <p>A name alone is not a codec (the codec-type signal already asks for a raw-input shape), nor are
 * masks and shifts alone (hashing, flags and arithmetic use them too): both must be there.
 */
public final class OwnCodec {

    /** Codec-shaped types from which a module has a codec of its own, with {@link #BIT_LEVEL_FINDINGS}. */
    public static final int CODEC_TYPES = 1;

    /** Mask-and-shift findings from which a codec-shaped type does byte-level work of its own. */
    public static final int BIT_LEVEL_FINDINGS = 1;

    private OwnCodec() {}

    /** True when {@code e} holds codec-shaped types and bit-level byte work of its own. */
    public static boolean holds(ModuleEvidence e) {
        return e.traitCount(Trait.CODEC_TYPE) >= CODEC_TYPES && e.traitCount(Trait.BIT_LEVEL) >= BIT_LEVEL_FINDINGS;
    }
}
