package io.github.rustfit.sample.wire;

import java.nio.ByteBuffer;

/**
 * Base-128 variable-length integers, least significant group first, with the high bit of each
 * byte marking that another byte follows. Signed values are zigzag-mapped first so that small
 * negative numbers stay short.
 */
public final class VarInts {

    /** A 64-bit value never needs more than ten 7-bit groups. */
    public static final int MAX_VARLONG_BYTES = 10;
    public static final int MAX_VARINT_BYTES = 5;

    private VarInts() {}

    public static int zigZagEncode(int value) {
        return (value << 1) ^ (value >> 31);
    }

    public static int zigZagDecode(int encoded) {
        return (encoded >>> 1) ^ -(encoded & 1);
    }

    public static long zigZagEncode(long value) {
        return (value << 1) ^ (value >> 63);
    }

    public static long zigZagDecode(long encoded) {
        return (encoded >>> 1) ^ -(encoded & 1L);
    }

    /** Number of bytes {@link #writeUnsignedLong} uses for {@code value}. */
    public static int sizeOfUnsignedLong(long value) {
        if (value == 0) {
            return 1;
        }
        int bits = 64 - Long.numberOfLeadingZeros(value);
        return (bits + 6) / 7;
    }

    public static int sizeOfUnsignedInt(int value) {
        return sizeOfUnsignedLong(value & 0xFFFFFFFFL);
    }

    public static void writeUnsignedInt(ByteBuffer out, int value) {
        while ((value & ~0x7F) != 0) {
            out.put((byte) ((value & 0x7F) | 0x80));
            value >>>= 7;
        }
        out.put((byte) value);
    }

    public static void writeUnsignedLong(ByteBuffer out, long value) {
        while ((value & ~0x7FL) != 0) {
            out.put((byte) ((value & 0x7F) | 0x80));
            value >>>= 7;
        }
        out.put((byte) value);
    }

    public static void writeSignedLong(ByteBuffer out, long value) {
        writeUnsignedLong(out, zigZagEncode(value));
    }

    /**
     * Reads an unsigned 32-bit varint. Rejects encodings longer than five bytes and fifth bytes
     * carrying bits beyond the 32nd, so a hostile peer cannot smuggle oversized values through.
     *
     * @param baseOffset offset of {@code in}'s position 0 in the enclosing stream, for errors
     */
    public static int readUnsignedInt(ByteBuffer in, long baseOffset) throws DecodingException {
        int start = in.position();
        int result = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            if (!in.hasRemaining()) {
                throw new DecodingException(
                        DecodingException.Reason.TRUNCATED_FIELD, baseOffset + start, "varint ends early");
            }
            int b = in.get() & 0xFF;
            if (shift == 28 && (b & 0xF0) != 0) {
                throw new DecodingException(
                        DecodingException.Reason.MALFORMED_VARINT, baseOffset + start, "varint overflows 32 bits");
            }
            result |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return result;
            }
        }
        throw new DecodingException(
                DecodingException.Reason.MALFORMED_VARINT, baseOffset + start, "varint longer than 5 bytes");
    }

    public static long readUnsignedLong(ByteBuffer in, long baseOffset) throws DecodingException {
        int start = in.position();
        long result = 0;
        for (int shift = 0; shift < 70; shift += 7) {
            if (!in.hasRemaining()) {
                throw new DecodingException(
                        DecodingException.Reason.TRUNCATED_FIELD, baseOffset + start, "varlong ends early");
            }
            int b = in.get() & 0xFF;
            if (shift == 63 && (b & 0xFE) != 0) {
                throw new DecodingException(
                        DecodingException.Reason.MALFORMED_VARINT, baseOffset + start, "varlong overflows 64 bits");
            }
            result |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return result;
            }
        }
        throw new DecodingException(
                DecodingException.Reason.MALFORMED_VARINT, baseOffset + start, "varlong longer than 10 bytes");
    }

    public static long readSignedLong(ByteBuffer in, long baseOffset) throws DecodingException {
        return zigZagDecode(readUnsignedLong(in, baseOffset));
    }
}
