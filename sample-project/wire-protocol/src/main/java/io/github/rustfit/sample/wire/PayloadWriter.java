package io.github.rustfit.sample.wire;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Builds a payload as a sequence of tagged fields. */
public final class PayloadWriter {

    private ByteBuffer buffer;

    public PayloadWriter() {
        this(64);
    }

    public PayloadWriter(int initialCapacity) {
        this.buffer = ByteBuffer.allocate(initialCapacity);
    }

    public PayloadWriter varint(int fieldNumber, long value) {
        tag(fieldNumber, WireType.VARINT);
        ensure(VarInts.MAX_VARLONG_BYTES);
        VarInts.writeUnsignedLong(buffer, value);
        return this;
    }

    public PayloadWriter signedVarint(int fieldNumber, long value) {
        return varint(fieldNumber, VarInts.zigZagEncode(value));
    }

    public PayloadWriter bool(int fieldNumber, boolean value) {
        return varint(fieldNumber, value ? 1 : 0);
    }

    public PayloadWriter fixed32(int fieldNumber, int value) {
        tag(fieldNumber, WireType.FIXED32);
        ensure(Integer.BYTES);
        buffer.putInt(value);
        return this;
    }

    public PayloadWriter fixed64(int fieldNumber, long value) {
        tag(fieldNumber, WireType.FIXED64);
        ensure(Long.BYTES);
        buffer.putLong(value);
        return this;
    }

    public PayloadWriter bytes(int fieldNumber, byte[] value) {
        tag(fieldNumber, WireType.LENGTH_DELIMITED);
        ensure(VarInts.MAX_VARINT_BYTES + value.length);
        VarInts.writeUnsignedInt(buffer, value.length);
        buffer.put(value);
        return this;
    }

    public PayloadWriter string(int fieldNumber, String value) {
        return bytes(fieldNumber, value.getBytes(StandardCharsets.UTF_8));
    }

    /** Returns the payload written so far, ready for reading. The writer must not be reused. */
    public ByteBuffer toByteBuffer() {
        ByteBuffer result = buffer.flip();
        buffer = null;
        return result;
    }

    private void tag(int fieldNumber, WireType type) {
        if (fieldNumber <= 0 || fieldNumber >= (1 << 28)) {
            throw new IllegalArgumentException("field number out of range: " + fieldNumber);
        }
        ensure(VarInts.MAX_VARINT_BYTES);
        VarInts.writeUnsignedInt(buffer, WireType.tag(fieldNumber, type));
    }

    private void ensure(int extra) {
        if (buffer == null) {
            throw new IllegalStateException("payload already taken");
        }
        if (buffer.remaining() >= extra) {
            return;
        }
        int needed = buffer.position() + extra;
        int capacity = Math.max(needed, buffer.capacity() * 2);
        ByteBuffer grown = ByteBuffer.allocate(capacity);
        buffer.flip();
        grown.put(buffer);
        buffer = grown;
    }
}
