package io.github.rustfit.sample.wire;

import java.nio.ByteBuffer;

/**
 * One decoded frame: its header and its payload bytes. The payload buffer is read-only and
 * positioned at zero; callers that consume it should work on {@link #payload()}, which hands out
 * an independent view each time.
 */
public final class Frame {

    private final FrameHeader header;
    private final ByteBuffer payload;

    public Frame(FrameHeader header, ByteBuffer payload) {
        this.header = header;
        this.payload = payload.asReadOnlyBuffer();
    }

    public FrameHeader header() {
        return header;
    }

    public MessageType type() {
        return header.type();
    }

    public ByteBuffer payload() {
        return payload.duplicate();
    }

    public int payloadLength() {
        return payload.remaining();
    }

    @Override
    public String toString() {
        return "Frame[" + header + ", " + payloadLength() + " bytes]";
    }
}
