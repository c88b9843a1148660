package io.github.rustfit.sample.wire;

import java.nio.ByteBuffer;
import java.util.zip.CRC32C;

/** Writes frames in the PayWire layout. Instances are not thread-safe; use one per connection. */
public final class FrameEncoder {

    public static final int CHECKSUM_SIZE = 4;

    private final int maxPayloadLength;
    private final CRC32C crc = new CRC32C();

    public FrameEncoder(int maxPayloadLength) {
        if (maxPayloadLength <= 0) {
            throw new IllegalArgumentException("maxPayloadLength must be positive");
        }
        this.maxPayloadLength = maxPayloadLength;
    }

    /** Bytes needed on the wire for a frame whose payload is {@code payloadLength} bytes long. */
    public static int encodedSize(int payloadLength) {
        return FrameHeader.SIZE + VarInts.sizeOfUnsignedInt(payloadLength) + payloadLength + CHECKSUM_SIZE;
    }

    public ByteBuffer encode(Frame frame) {
        ByteBuffer out = ByteBuffer.allocate(encodedSize(frame.payloadLength()));
        encodeInto(frame, out);
        return out.flip();
    }

    /**
     * Appends the frame at {@code out}'s position.
     *
     * @throws java.nio.BufferOverflowException if {@code out} lacks room; nothing is written then
     */
    public void encodeInto(Frame frame, ByteBuffer out) {
        int length = frame.payloadLength();
        if (length > maxPayloadLength) {
            throw new IllegalArgumentException(
                    "payload of " + length + " bytes exceeds the limit of " + maxPayloadLength);
        }
        if (out.remaining() < encodedSize(length)) {
            throw new java.nio.BufferOverflowException();
        }
        int start = out.position();
        frame.header().writeTo(out);
        VarInts.writeUnsignedInt(out, length);
        out.put(frame.payload());

        ByteBuffer covered = out.duplicate();
        covered.position(start).limit(out.position());
        crc.reset();
        crc.update(covered);
        out.putInt((int) crc.getValue());
    }
}
