package io.github.rustfit.sample.wire;

/**
 * A decoded PayWire message. Every message carries the sender's sequence number, which the
 * peer echoes in its reply so that requests and responses can be matched on a multiplexed
 * connection.
 */
public sealed interface Message
        permits AuthorizationRequest, AuthorizationResponse, CaptureRequest, Heartbeat, ErrorMessage {

    MessageType type();

    long sequence();

    void writeTo(PayloadWriter out);
}
