package io.github.rustfit.sample.wire;

import java.nio.ByteBuffer;

/** Converts between typed messages and frames. */
public final class MessageCodec {

    private MessageCodec() {}

    public static Frame toFrame(Message message, int flags) {
        PayloadWriter writer = new PayloadWriter();
        message.writeTo(writer);
        return new Frame(FrameHeader.of(message.type(), flags), writer.toByteBuffer());
    }

    public static Frame toFrame(Message message) {
        return toFrame(message, 0);
    }

    public static Message fromFrame(Frame frame) throws DecodingException {
        if (frame.header().has(Flags.COMPRESSED)) {
            // version 1 terminals never compress; refuse rather than inflate untrusted input
            throw new DecodingException(
                    DecodingException.Reason.INVALID_VALUE, 0, "compressed payloads are not supported");
        }
        ByteBuffer payload = frame.payload();
        PayloadReader reader = new PayloadReader(payload);
        return switch (frame.type()) {
            case AUTHORIZATION_REQUEST -> AuthorizationRequest.readFrom(reader);
            case AUTHORIZATION_RESPONSE -> AuthorizationResponse.readFrom(reader);
            case CAPTURE_REQUEST -> CaptureRequest.readFrom(reader);
            case HEARTBEAT -> Heartbeat.readFrom(reader);
            case ERROR -> ErrorMessage.readFrom(reader);
        };
    }
}
