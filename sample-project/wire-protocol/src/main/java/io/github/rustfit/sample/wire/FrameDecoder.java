package io.github.rustfit.sample.wire;

import java.nio.ByteBuffer;
import java.util.zip.CRC32C;

/**
 * Incremental decoder for a single connection's byte stream.
 *
 * <p>Network reads deliver arbitrary slices of the stream: half a header, three frames and a
 * bit, a lone checksum byte. The decoder therefore keeps its place between calls and moves
 * through HEADER, LENGTH, PAYLOAD and CHECKSUM for each frame, copying only what it needs.
 * The declared length is checked against the limit before any payload memory is allocated, so
 * a peer cannot make the gateway reserve memory by lying about sizes.
 *
 * <p>After a {@link DecodingException} the stream can no longer be trusted to be aligned on a
 * frame boundary, and the decoder refuses further input; the connection should be closed.
 */
public final class FrameDecoder {

    /** Receives each complete frame, in stream order. */
    @FunctionalInterface
    public interface FrameHandler {
        void onFrame(Frame frame);
    }

    private enum State {
        HEADER,
        LENGTH,
        PAYLOAD,
        CHECKSUM,
        FAILED
    }

    private final int maxPayloadLength;
    private final ByteBuffer headerBytes = ByteBuffer.allocate(FrameHeader.SIZE);
    private final ByteBuffer lengthBytes = ByteBuffer.allocate(VarInts.MAX_VARINT_BYTES);
    private final ByteBuffer checksumBytes = ByteBuffer.allocate(FrameEncoder.CHECKSUM_SIZE);
    private final CRC32C crc = new CRC32C();

    private State state = State.HEADER;
    private ByteBuffer payload;
    private FrameHeader header;
    private long consumed;
    private long frameStart;
    private long framesDecoded;

    public FrameDecoder(int maxPayloadLength) {
        if (maxPayloadLength <= 0) {
            throw new IllegalArgumentException("maxPayloadLength must be positive");
        }
        this.maxPayloadLength = maxPayloadLength;
    }

    /**
     * Consumes all remaining bytes of {@code in} and hands every frame completed by them to
     * {@code handler}.
     *
     * @return the number of frames completed by this call
     */
    public int decode(ByteBuffer in, FrameHandler handler) throws DecodingException {
        if (state == State.FAILED) {
            throw new IllegalStateException("decoder failed earlier; close the connection");
        }
        int completed = 0;
        try {
            while (in.hasRemaining()) {
                switch (state) {
                    case HEADER -> {
                        if (fill(in, headerBytes)) {
                            headerBytes.flip();
                            crc.reset();
                            crc.update(headerBytes.duplicate());
                            header = FrameHeader.readFrom(headerBytes, frameStart);
                            state = State.LENGTH;
                        }
                    }
                    case LENGTH -> readLengthByte(in);
                    case PAYLOAD -> {
                        if (fill(in, payload)) {
                            payload.flip();
                            crc.update(payload.duplicate());
                            state = State.CHECKSUM;
                        }
                    }
                    case CHECKSUM -> {
                        if (fill(in, checksumBytes)) {
                            verifyChecksum();
                            handler.onFrame(new Frame(header, payload));
                            completed++;
                            framesDecoded++;
                            reset();
                        }
                    }
                    case FAILED -> throw new IllegalStateException("unreachable");
                }
            }
            return completed;
        } catch (DecodingException e) {
            state = State.FAILED;
            payload = null;
            throw e;
        }
    }

    private void readLengthByte(ByteBuffer in) throws DecodingException {
        byte b = in.get();
        consumed++;
        lengthBytes.put(b);
        if ((b & 0x80) != 0) {
            if (!lengthBytes.hasRemaining()) {
                throw new DecodingException(
                        DecodingException.Reason.MALFORMED_VARINT,
                        frameStart + FrameHeader.SIZE,
                        "payload length longer than " + VarInts.MAX_VARINT_BYTES + " bytes");
            }
            return;
        }
        lengthBytes.flip();
        crc.update(lengthBytes.duplicate());
        int length = VarInts.readUnsignedInt(lengthBytes, frameStart + FrameHeader.SIZE);
        if (length < 0 || length > maxPayloadLength) {
            throw new DecodingException(
                    DecodingException.Reason.FRAME_TOO_LARGE,
                    frameStart + FrameHeader.SIZE,
                    "declared payload of " + Integer.toUnsignedString(length) + " bytes exceeds limit of "
                            + maxPayloadLength);
        }
        payload = ByteBuffer.allocate(length);
        state = length == 0 ? State.CHECKSUM : State.PAYLOAD;
    }

    private void verifyChecksum() throws DecodingException {
        checksumBytes.flip();
        int expected = checksumBytes.getInt();
        int actual = (int) crc.getValue();
        if (expected != actual) {
            throw new DecodingException(
                    DecodingException.Reason.CHECKSUM_MISMATCH,
                    consumed - FrameEncoder.CHECKSUM_SIZE,
                    String.format("checksum 0x%08X does not match computed 0x%08X", expected, actual));
        }
    }

    /** Copies as much of {@code in} as fits into {@code target}; true when target is full. */
    private boolean fill(ByteBuffer in, ByteBuffer target) {
        int n = Math.min(in.remaining(), target.remaining());
        if (n > 0) {
            ByteBuffer slice = in.slice();
            slice.limit(n);
            target.put(slice);
            in.position(in.position() + n);
            consumed += n;
        }
        return !target.hasRemaining();
    }

    private void reset() {
        headerBytes.clear();
        lengthBytes.clear();
        checksumBytes.clear();
        payload = null;
        header = null;
        frameStart = consumed;
        state = State.HEADER;
    }

    /** True when the decoder sits on a frame boundary, i.e. no partial frame is buffered. */
    public boolean isIdle() {
        return state == State.HEADER && headerBytes.position() == 0;
    }

    public boolean hasFailed() {
        return state == State.FAILED;
    }

    /** Total bytes consumed from the stream so far. */
    public long bytesConsumed() {
        return consumed;
    }

    public long framesDecoded() {
        return framesDecoded;
    }
}
