package io.github.rustfit.sample.wire;

/**
 * Thrown when bytes received from a peer do not form a valid frame or payload. The offset is
 * counted from the start of the connection (for frames) or of the payload (for fields), so the
 * offending bytes can be found in a packet capture.
 */
public final class DecodingException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why decoding stopped; the gateway maps these to error codes sent back to the terminal. */
    public enum Reason {
        BAD_MAGIC,
        UNSUPPORTED_VERSION,
        RESERVED_FLAGS,
        UNKNOWN_TYPE,
        MALFORMED_VARINT,
        FRAME_TOO_LARGE,
        CHECKSUM_MISMATCH,
        TRUNCATED_FIELD,
        UNKNOWN_WIRE_TYPE,
        MISSING_FIELD,
        INVALID_VALUE
    }

    private final Reason reason;
    private final long offset;

    public DecodingException(Reason reason, long offset, String message) {
        super(message + " (at offset " + offset + ")");
        this.reason = reason;
        this.offset = offset;
    }

    public Reason reason() {
        return reason;
    }

    public long offset() {
        return offset;
    }
}
