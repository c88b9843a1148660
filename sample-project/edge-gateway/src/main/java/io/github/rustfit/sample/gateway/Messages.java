package io.github.rustfit.sample.gateway;

import io.github.rustfit.sample.wire.AuthorizationRequest;
import io.github.rustfit.sample.wire.AuthorizationResponse;
import io.github.rustfit.sample.wire.CaptureRequest;
import io.github.rustfit.sample.wire.ErrorMessage;
import io.github.rustfit.sample.wire.Heartbeat;
import io.github.rustfit.sample.wire.Message;

/** Small helpers over wire messages that only the gateway needs. */
final class Messages {

    private Messages() {}

    /**
     * Copies a message under another sequence number. Terminals number their requests
     * independently, so the gateway renumbers them on the shared backend connection and maps the
     * replies back.
     */
    static Message withSequence(Message message, long sequence) {
        if (message instanceof AuthorizationRequest m) {
            return new AuthorizationRequest(
                    sequence, m.terminalId(), m.amountMinor(), m.currency(), m.cardToken(), m.sentAtMillis());
        } else if (message instanceof AuthorizationResponse m) {
            return new AuthorizationResponse(sequence, m.approved(), m.responseCode(), m.authorizationCode());
        } else if (message instanceof CaptureRequest m) {
            return new CaptureRequest(sequence, m.authorizationCode(), m.amountMinor());
        } else if (message instanceof Heartbeat m) {
            return new Heartbeat(sequence, m.sentAtMillis());
        } else if (message instanceof ErrorMessage m) {
            return new ErrorMessage(sequence, m.code(), m.detail());
        }
        throw new IllegalArgumentException("unknown message " + message.getClass());
    }

    static ErrorMessage error(long sequence, int code, String detail) {
        return new ErrorMessage(sequence, code, detail);
    }
}
