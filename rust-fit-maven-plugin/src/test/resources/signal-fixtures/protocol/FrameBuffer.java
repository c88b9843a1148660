package fixtures.protocol;

import java.nio.ByteBuffer;

/** A project's own buffer type: bytes with a position, read and written an integer at a time. */
final class Chunk {

    private final byte[] data;
    private int pos;
    private int limit;

    Chunk(byte[] data) {
        this.data = data;
        this.limit = data.length;
    }

    int readInt() { // expect: protocol.buffer-types
        int value = (data[pos] & 0xff) << 24 | (data[pos + 1] & 0xff) << 16 | (data[pos + 2] & 0xff) << 8 // expect: protocol.bit-twiddling
                | (data[pos + 3] & 0xff);
        pos += 4;
        return value;
    }

    void writeShort(int value) { // expect: protocol.buffer-types
        data[pos++] = (byte) (value >>> 8); // expect: protocol.bit-twiddling
        data[pos++] = (byte) value;
    }

    boolean hasRemaining() {
        return pos < limit;
    }

    byte[] copy() {
        byte[] copy = new byte[limit - pos];
        System.arraycopy(data, pos, copy, 0, copy.length);
        return copy;
    }
}

/** A frame over an NIO buffer, read through its typed getters at its own offset. */
final class Header {

    private final ByteBuffer bytes;
    private int offset;

    Header(ByteBuffer bytes) {
        this.bytes = bytes;
    }

    long sequence() { // expect: protocol.buffer-types
        return bytes.getLong(offset + 8); // expect: protocol.byte-buffers
    }
}

/** Near-miss: bytes kept without a position are a value, not a buffer. */
final class Digest {

    private final byte[] value;

    Digest(byte[] value) {
        this.value = value;
    }

    int head() {
        return (value[0] & 0xff) << 8 | (value[1] & 0xff); // expect: protocol.bit-twiddling
    }
}
