package io.github.rustfit.sample.wire;

import java.util.Objects;

/** Reports that a request could not be processed at all (as opposed to being declined). */
public record ErrorMessage(long sequence, int code, String detail) implements Message {

    public static final int MALFORMED_FRAME = 1;
    public static final int OVERLOADED = 2;
    public static final int RATE_LIMITED = 3;
    public static final int NO_BACKEND = 4;
    public static final int INTERNAL = 99;

    static final int SEQUENCE = 1;
    static final int CODE = 2;
    static final int DETAIL = 3;

    public ErrorMessage {
        Objects.requireNonNull(detail, "detail");
    }

    @Override
    public MessageType type() {
        return MessageType.ERROR;
    }

    @Override
    public void writeTo(PayloadWriter out) {
        out.varint(SEQUENCE, sequence).varint(CODE, code).string(DETAIL, detail);
    }

    static ErrorMessage readFrom(PayloadReader in) throws DecodingException {
        long sequence = 0;
        int code = INTERNAL;
        String detail = "";
        while (in.next()) {
            switch (in.fieldNumber()) {
                case SEQUENCE -> sequence = in.varint();
                case CODE -> code = in.unsignedInt32();
                case DETAIL -> detail = in.string();
                default -> in.skip();
            }
        }
        return new ErrorMessage(sequence, code, detail);
    }
}
