package fixtures.protocol;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;

/**
 * Length-prefixed frames with variable-length integer lengths. The name {@code in} is a ByteBuffer,
 * a DataInput and an InputStream in three different methods: each call is judged by the type in
 * its own scope, so readInt() is a binary-stream read and never also a buffer access.
 */
final class FrameDecoder { // expect: protocol.codec-types

    private final ByteBuffer scratch = ByteBuffer.allocate(64); // expect: protocol.byte-buffers

    int readVarInt(ByteBuffer in) {
        int result = 0;
        int shift = 0;
        byte b;
        do { // expect: protocol.bit-twiddling
            b = in.get(); // expect: protocol.byte-buffers
            result |= (b & 0x7F) << shift; // expect: protocol.bit-twiddling
            shift += 7;
        } while ((b & 0x80) != 0); // expect: protocol.bit-twiddling
        return result;
    }

    long readHeader(DataInput in) throws IOException {
        int magic = in.readInt(); // expect: protocol.binary-streams
        int length = in.readUnsignedShort(); // expect: protocol.binary-streams
        return ((long) magic << 32) | (length & 0xFFFF); // expect: protocol.bit-twiddling
    }

    void writeHeader(DataOutput out, int magic) throws IOException {
        out.writeInt(magic); // expect: protocol.binary-streams
    }

    int readTwoBytes(InputStream in) throws IOException {
        int first = in.read(); // expect: protocol.binary-streams
        int second = in.read(); // expect: protocol.binary-streams
        return (first << 8) | second;
    }

    int halve(int value) {
        return value >>> 1; // expect: protocol.bit-twiddling
    }

    void encode(ByteBuffer out, long id, short kind) {
        out.putLong(id).putShort(kind); // expect: protocol.byte-buffers
        scratch.clear();
    }

    static int bigEndian(byte[] bytes) {
        return ((bytes[0] & 0xFF) << 24) // expect: protocol.bit-twiddling
                | ((bytes[1] & 0xFF) << 16)
                | ((bytes[2] & 0xFF) << 8)
                | (bytes[3] & 0xFF);
    }

    // near-misses: a shift without a mask, a flag test in decimal, a map lookup called get
    int combine(int high, int low, java.util.Map<String, Integer> sizes) {
        int flags = high & 4;
        return (high << 16) + low + flags + sizes.get("x");
    }

    // folding a long into an int for hashing is not decoding
    @Override
    public int hashCode() {
        long bits = 42L;
        return (int) (bits ^ (bits >>> 32));
    }
}
