package io.github.rustfit.sample.wire;

/** How a payload field's value is encoded; carried in the low three bits of the field tag. */
public enum WireType {
    VARINT(0),
    FIXED64(1),
    LENGTH_DELIMITED(2),
    FIXED32(5);

    private final int id;

    WireType(int id) {
        this.id = id;
    }

    public int id() {
        return id;
    }

    static WireType fromId(int id) {
        return switch (id) {
            case 0 -> VARINT;
            case 1 -> FIXED64;
            case 2 -> LENGTH_DELIMITED;
            case 5 -> FIXED32;
            default -> null;
        };
    }

    static int tag(int fieldNumber, WireType type) {
        return (fieldNumber << 3) | type.id;
    }
}
