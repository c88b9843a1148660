package io.github.rustfit.sample.wire;

/** The kinds of frame a PayWire peer may send. The code is the byte carried in the header. */
public enum MessageType {
    AUTHORIZATION_REQUEST(0x01),
    AUTHORIZATION_RESPONSE(0x02),
    CAPTURE_REQUEST(0x03),
    HEARTBEAT(0x10),
    ERROR(0x7F);

    private static final MessageType[] BY_CODE = new MessageType[256];

    static {
        for (MessageType type : values()) {
            BY_CODE[type.code] = type;
        }
    }

    private final int code;

    MessageType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** Returns the type for an unsigned header byte, or {@code null} when the code is unknown. */
    public static MessageType fromCode(int code) {
        if (code < 0 || code > 0xFF) {
            return null;
        }
        return BY_CODE[code];
    }

    public boolean isRequest() {
        return this == AUTHORIZATION_REQUEST || this == CAPTURE_REQUEST;
    }
}
