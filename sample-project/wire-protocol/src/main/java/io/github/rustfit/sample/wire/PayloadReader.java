package io.github.rustfit.sample.wire;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Walks the tagged fields of a payload received from a peer.
 *
 * <p>Typical use:
 *
 * <pre>{@code
 * while (reader.next()) {
 *     switch (reader.fieldNumber()) {
 *         case 1 -> sequence = reader.varint();
 *         default -> reader.skip();
 *     }
 * }
 * }</pre>
 *
 * Unknown fields must be skipped, not rejected, so newer terminals can talk to older gateways.
 * Every length read from the payload is checked against the bytes actually left.
 */
public final class PayloadReader {

    /** Strings longer than this are refused whatever the payload size. */
    static final int MAX_STRING_BYTES = 4096;

    private final ByteBuffer in;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);

    private int fieldNumber;
    private WireType wireType;
    private int fieldStart;
    private boolean consumed = true;

    public PayloadReader(ByteBuffer payload) {
        this.in = payload.slice();
    }

    /** Advances to the next field; false at the end of the payload. */
    public boolean next() throws DecodingException {
        if (!consumed) {
            skip();
        }
        if (!in.hasRemaining()) {
            return false;
        }
        fieldStart = in.position();
        int tag = VarInts.readUnsignedInt(in, 0);
        fieldNumber = tag >>> 3;
        wireType = WireType.fromId(tag & 0x07);
        if (wireType == null) {
            throw error(DecodingException.Reason.UNKNOWN_WIRE_TYPE, "wire type " + (tag & 0x07));
        }
        if (fieldNumber == 0) {
            throw error(DecodingException.Reason.INVALID_VALUE, "field number 0");
        }
        consumed = false;
        return true;
    }

    public int fieldNumber() {
        return fieldNumber;
    }

    public WireType wireType() {
        return wireType;
    }

    public long varint() throws DecodingException {
        expect(WireType.VARINT);
        consumed = true;
        return VarInts.readUnsignedLong(in, 0);
    }

    public long signedVarint() throws DecodingException {
        return VarInts.zigZagDecode(varint());
    }

    public int unsignedInt32() throws DecodingException {
        long value = varint();
        if ((value >>> 32) != 0) {
            throw error(DecodingException.Reason.INVALID_VALUE, "value does not fit 32 bits");
        }
        return (int) value;
    }

    public boolean bool() throws DecodingException {
        long value = varint();
        if (value > 1) {
            throw error(DecodingException.Reason.INVALID_VALUE, "boolean encoded as " + value);
        }
        return value == 1;
    }

    public int fixed32() throws DecodingException {
        expect(WireType.FIXED32);
        consumed = true;
        return getInt();
    }

    public long fixed64() throws DecodingException {
        expect(WireType.FIXED64);
        consumed = true;
        if (in.remaining() < Long.BYTES) {
            throw error(DecodingException.Reason.TRUNCATED_FIELD, "fixed64 ends early");
        }
        return in.getLong();
    }

    public byte[] bytes() throws DecodingException {
        ByteBuffer view = lengthDelimited();
        byte[] copy = new byte[view.remaining()];
        view.get(copy);
        return copy;
    }

    public String string() throws DecodingException {
        ByteBuffer view = lengthDelimited();
        if (view.remaining() > MAX_STRING_BYTES) {
            throw error(DecodingException.Reason.INVALID_VALUE, "string of " + view.remaining() + " bytes");
        }
        try {
            return utf8.reset().decode(view).toString();
        } catch (CharacterCodingException e) {
            throw error(DecodingException.Reason.INVALID_VALUE, "string is not valid UTF-8");
        }
    }

    /** Skips the current field's value whatever its type. */
    public void skip() throws DecodingException {
        if (consumed) {
            return;
        }
        switch (wireType) {
            case VARINT -> varint();
            case FIXED32 -> fixed32();
            case FIXED64 -> fixed64();
            case LENGTH_DELIMITED -> lengthDelimited();
        }
    }

    private ByteBuffer lengthDelimited() throws DecodingException {
        expect(WireType.LENGTH_DELIMITED);
        consumed = true;
        int length = VarInts.readUnsignedInt(in, 0);
        if (length < 0 || length > in.remaining()) {
            throw error(
                    DecodingException.Reason.TRUNCATED_FIELD,
                    "field declares " + Integer.toUnsignedString(length) + " bytes but " + in.remaining() + " remain");
        }
        ByteBuffer view = in.slice();
        view.limit(length);
        in.position(in.position() + length);
        return view;
    }

    private int getInt() throws DecodingException {
        if (in.remaining() < Integer.BYTES) {
            throw error(DecodingException.Reason.TRUNCATED_FIELD, "fixed32 ends early");
        }
        return in.getInt();
    }

    private void expect(WireType expected) throws DecodingException {
        if (consumed) {
            throw new IllegalStateException("call next() before reading a value");
        }
        if (wireType != expected) {
            throw error(
                    DecodingException.Reason.INVALID_VALUE,
                    "field " + fieldNumber + " is " + wireType + ", expected " + expected);
        }
    }

    private DecodingException error(DecodingException.Reason reason, String message) {
        return new DecodingException(reason, fieldStart, message);
    }
}
