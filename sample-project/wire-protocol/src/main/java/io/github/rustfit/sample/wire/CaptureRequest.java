package io.github.rustfit.sample.wire;

import java.util.Objects;

/** Asks to capture (settle) a previously authorised amount, possibly less than authorised. */
public record CaptureRequest(long sequence, String authorizationCode, long amountMinor) implements Message {

    static final int SEQUENCE = 1;
    static final int AUTHORIZATION_CODE = 2;
    static final int AMOUNT = 3;

    public CaptureRequest {
        Objects.requireNonNull(authorizationCode, "authorizationCode");
    }

    @Override
    public MessageType type() {
        return MessageType.CAPTURE_REQUEST;
    }

    @Override
    public void writeTo(PayloadWriter out) {
        out.varint(SEQUENCE, sequence).string(AUTHORIZATION_CODE, authorizationCode).varint(AMOUNT, amountMinor);
    }

    static CaptureRequest readFrom(PayloadReader in) throws DecodingException {
        Long sequence = null;
        String code = null;
        Long amount = null;
        while (in.next()) {
            switch (in.fieldNumber()) {
                case SEQUENCE -> sequence = in.varint();
                case AUTHORIZATION_CODE -> code = in.string();
                case AMOUNT -> amount = in.varint();
                default -> in.skip();
            }
        }
        Fields.require(sequence, "sequence");
        Fields.require(code, "authorizationCode");
        Fields.require(amount, "amount");
        return new CaptureRequest(sequence, code, amount);
    }
}
