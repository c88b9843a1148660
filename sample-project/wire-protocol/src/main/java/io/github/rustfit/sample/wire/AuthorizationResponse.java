package io.github.rustfit.sample.wire;

import java.util.Objects;

/**
 * The answer to an {@link AuthorizationRequest}.
 *
 * @param responseCode two-character issuer response code, "00" when approved
 * @param authorizationCode code to quote when capturing; empty when declined
 */
public record AuthorizationResponse(long sequence, boolean approved, String responseCode, String authorizationCode)
        implements Message {

    static final int SEQUENCE = 1;
    static final int APPROVED = 2;
    static final int RESPONSE_CODE = 3;
    static final int AUTHORIZATION_CODE = 4;

    public AuthorizationResponse {
        Objects.requireNonNull(responseCode, "responseCode");
        Objects.requireNonNull(authorizationCode, "authorizationCode");
    }

    public static AuthorizationResponse approved(long sequence, String authorizationCode) {
        return new AuthorizationResponse(sequence, true, "00", authorizationCode);
    }

    public static AuthorizationResponse declined(long sequence, String responseCode) {
        return new AuthorizationResponse(sequence, false, responseCode, "");
    }

    @Override
    public MessageType type() {
        return MessageType.AUTHORIZATION_RESPONSE;
    }

    @Override
    public void writeTo(PayloadWriter out) {
        out.varint(SEQUENCE, sequence)
                .bool(APPROVED, approved)
                .string(RESPONSE_CODE, responseCode)
                .string(AUTHORIZATION_CODE, authorizationCode);
    }

    static AuthorizationResponse readFrom(PayloadReader in) throws DecodingException {
        Long sequence = null;
        boolean approved = false;
        String responseCode = null;
        String authorizationCode = "";
        while (in.next()) {
            switch (in.fieldNumber()) {
                case SEQUENCE -> sequence = in.varint();
                case APPROVED -> approved = in.bool();
                case RESPONSE_CODE -> responseCode = in.string();
                case AUTHORIZATION_CODE -> authorizationCode = in.string();
                default -> in.skip();
            }
        }
        Fields.require(sequence, "sequence");
        Fields.require(responseCode, "responseCode");
        if (responseCode.length() != 2) {
            throw new DecodingException(
                    DecodingException.Reason.INVALID_VALUE, 0, "response code must have two characters");
        }
        return new AuthorizationResponse(sequence, approved, responseCode, authorizationCode);
    }
}
