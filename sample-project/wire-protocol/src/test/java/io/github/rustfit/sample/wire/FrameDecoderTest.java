package io.github.rustfit.sample.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameDecoderTest {

    private static final int LIMIT = 16 * 1024;

    private final FrameEncoder encoder = new FrameEncoder(LIMIT);

    @Test
    void decodes_frames_delivered_one_byte_at_a_time() throws DecodingException {
        AuthorizationRequest request =
                new AuthorizationRequest(7, "T-1001", 1250, "EUR", new byte[] {1, 2, 3, 4}, 1_700_000_000_000L);
        Heartbeat heartbeat = new Heartbeat(8, 1_700_000_000_500L);
        ByteBuffer stream = concat(
                encoder.encode(MessageCodec.toFrame(request, Flags.ACK_REQUIRED)),
                encoder.encode(MessageCodec.toFrame(heartbeat)));

        FrameDecoder decoder = new FrameDecoder(LIMIT);
        List<Frame> frames = new ArrayList<>();
        while (stream.hasRemaining()) {
            ByteBuffer single = stream.slice();
            single.limit(1);
            stream.position(stream.position() + 1);
            decoder.decode(single, frames::add);
        }

        assertEquals(2, frames.size());
        assertTrue(frames.get(0).header().has(Flags.ACK_REQUIRED));
        assertEquals(request, MessageCodec.fromFrame(frames.get(0)));
        assertEquals(heartbeat, MessageCodec.fromFrame(frames.get(1)));
        assertTrue(decoder.isIdle());
    }

    @Test
    void rejects_a_frame_whose_checksum_was_corrupted() {
        ByteBuffer wire = encoder.encode(MessageCodec.toFrame(new Heartbeat(1, 2)));
        int last = wire.limit() - 1;
        wire.put(last, (byte) (wire.get(last) ^ 0x01));

        FrameDecoder decoder = new FrameDecoder(LIMIT);
        DecodingException e = assertThrows(DecodingException.class, () -> decoder.decode(wire, frame -> {}));

        assertEquals(DecodingException.Reason.CHECKSUM_MISMATCH, e.reason());
        assertTrue(decoder.hasFailed());
    }

    @Test
    void rejects_an_oversized_length_before_reading_the_payload() {
        ByteBuffer wire = ByteBuffer.allocate(16);
        FrameHeader.of(MessageType.AUTHORIZATION_REQUEST, 0).writeTo(wire);
        VarInts.writeUnsignedInt(wire, LIMIT + 1);
        wire.flip();

        DecodingException e =
                assertThrows(DecodingException.class, () -> new FrameDecoder(LIMIT).decode(wire, frame -> {}));

        assertEquals(DecodingException.Reason.FRAME_TOO_LARGE, e.reason());
        assertEquals(FrameHeader.SIZE, e.offset());
    }

    @Test
    void zigzag_keeps_small_negative_numbers_short() {
        assertEquals(1, VarInts.sizeOfUnsignedLong(VarInts.zigZagEncode(-1L)));
        assertEquals(-64L, VarInts.zigZagDecode(VarInts.zigZagEncode(-64L)));
        assertEquals(Long.MIN_VALUE, VarInts.zigZagDecode(VarInts.zigZagEncode(Long.MIN_VALUE)));
    }

    private static ByteBuffer concat(ByteBuffer... parts) {
        int size = 0;
        for (ByteBuffer part : parts) {
            size += part.remaining();
        }
        ByteBuffer all = ByteBuffer.allocate(size);
        for (ByteBuffer part : parts) {
            all.put(part);
        }
        return all.flip();
    }
}
