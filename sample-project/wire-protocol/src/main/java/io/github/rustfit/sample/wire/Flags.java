package io.github.rustfit.sample.wire;

/** Bit flags carried in the header's flags byte. */
public final class Flags {

    /** The payload is deflate-compressed. */
    public static final int COMPRESSED = 0x01;
    /** The sender expects an acknowledgement frame. */
    public static final int ACK_REQUIRED = 0x02;
    /** Last frame of a multi-frame message. */
    public static final int FINAL = 0x04;
    /** The frame is a retransmission of an earlier one with the same sequence number. */
    public static final int RETRANSMIT = 0x08;

    /** Bits 4..7 are reserved and must be zero in version 1. */
    static final int RESERVED_MASK = 0xF0;

    private Flags() {}

    public static boolean isSet(int flags, int flag) {
        return (flags & flag) != 0;
    }

    public static int set(int flags, int flag) {
        return (flags | flag) & 0xFF;
    }

    public static int clear(int flags, int flag) {
        return flags & ~flag & 0xFF;
    }

    public static String describe(int flags) {
        StringBuilder sb = new StringBuilder();
        append(sb, flags, COMPRESSED, "COMPRESSED");
        append(sb, flags, ACK_REQUIRED, "ACK_REQUIRED");
        append(sb, flags, FINAL, "FINAL");
        append(sb, flags, RETRANSMIT, "RETRANSMIT");
        if ((flags & RESERVED_MASK) != 0) {
            append(sb, flags, flags & RESERVED_MASK, "RESERVED(0x" + Integer.toHexString(flags & RESERVED_MASK) + ")");
        }
        return sb.length() == 0 ? "-" : sb.toString();
    }

    private static void append(StringBuilder sb, int flags, int flag, String name) {
        if ((flags & flag) != 0) {
            if (sb.length() > 0) {
                sb.append('|');
            }
            sb.append(name);
        }
    }
}
