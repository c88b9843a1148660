package io.github.rustfit.sample.wire;

/** Checks shared by the message readers. */
final class Fields {

    private Fields() {}

    static void require(Object value, String name) throws DecodingException {
        if (value == null) {
            throw new DecodingException(DecodingException.Reason.MISSING_FIELD, 0, "missing field " + name);
        }
    }

    static void requireCurrency(String currency) throws DecodingException {
        if (currency.length() != 3) {
            throw new DecodingException(DecodingException.Reason.INVALID_VALUE, 0, "bad currency " + currency);
        }
        for (int i = 0; i < 3; i++) {
            char c = currency.charAt(i);
            if (c < 'A' || c > 'Z') {
                throw new DecodingException(DecodingException.Reason.INVALID_VALUE, 0, "bad currency " + currency);
            }
        }
    }
}
