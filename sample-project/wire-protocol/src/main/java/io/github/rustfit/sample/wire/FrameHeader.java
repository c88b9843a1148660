package io.github.rustfit.sample.wire;

import java.nio.ByteBuffer;

/**
 * The fixed five-byte header that opens every frame.
 *
 * @param version protocol version, currently always {@link #CURRENT_VERSION}
 * @param flags unsigned flag byte, see {@link Flags}
 * @param type the message type
 */
public record FrameHeader(int version, int flags, MessageType type) {

    public static final int MAGIC = 0x5057; // "PW"
    public static final int CURRENT_VERSION = 1;
    public static final int SIZE = 5;

    public FrameHeader {
        if (version < 0 || version > 0xFF) {
            throw new IllegalArgumentException("version out of range: " + version);
        }
        if (flags < 0 || flags > 0xFF) {
            throw new IllegalArgumentException("flags out of range: " + flags);
        }
        if (type == null) {
            throw new IllegalArgumentException("type is required");
        }
    }

    public static FrameHeader of(MessageType type, int flags) {
        return new FrameHeader(CURRENT_VERSION, flags, type);
    }

    public boolean has(int flag) {
        return Flags.isSet(flags, flag);
    }

    void writeTo(ByteBuffer out) {
        out.putShort((short) MAGIC);
        out.put((byte) version);
        out.put((byte) flags);
        out.put((byte) type.code());
    }

    /**
     * Reads a header from exactly {@link #SIZE} bytes at the buffer's position.
     *
     * @param streamOffset offset of the first header byte in the connection's byte stream,
     *     used only to report where a malformed header starts
     */
    static FrameHeader readFrom(ByteBuffer in, long streamOffset) throws DecodingException {
        int magic = in.getShort() & 0xFFFF;
        if (magic != MAGIC) {
            throw new DecodingException(
                    DecodingException.Reason.BAD_MAGIC,
                    streamOffset,
                    String.format("expected magic 0x%04X but read 0x%04X", MAGIC, magic));
        }
        int version = in.get() & 0xFF;
        if (version != CURRENT_VERSION) {
            throw new DecodingException(
                    DecodingException.Reason.UNSUPPORTED_VERSION, streamOffset + 2, "unsupported version " + version);
        }
        int flags = in.get() & 0xFF;
        if ((flags & Flags.RESERVED_MASK) != 0) {
            throw new DecodingException(
                    DecodingException.Reason.RESERVED_FLAGS,
                    streamOffset + 3,
                    "reserved flag bits set: " + Flags.describe(flags));
        }
        int code = in.get() & 0xFF;
        MessageType type = MessageType.fromCode(code);
        if (type == null) {
            throw new DecodingException(
                    DecodingException.Reason.UNKNOWN_TYPE, streamOffset + 4, "unknown message type 0x" + Integer.toHexString(code));
        }
        return new FrameHeader(version, flags, type);
    }

    @Override
    public String toString() {
        return "FrameHeader[v" + version + ", " + type + ", flags=" + Flags.describe(flags) + "]";
    }
}
