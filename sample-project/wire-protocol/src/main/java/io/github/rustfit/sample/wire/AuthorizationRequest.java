package io.github.rustfit.sample.wire;

import java.util.Arrays;
import java.util.Objects;

/**
 * A terminal asks for a card payment to be authorised.
 *
 * @param amountMinor amount in the currency's minor unit (cents), always positive
 * @param currency ISO 4217 alphabetic code
 * @param cardToken opaque token issued by the vault; never the card number itself
 */
public record AuthorizationRequest(
        long sequence, String terminalId, long amountMinor, String currency, byte[] cardToken, long sentAtMillis)
        implements Message {

    static final int SEQUENCE = 1;
    static final int TERMINAL_ID = 2;
    static final int AMOUNT = 3;
    static final int CURRENCY = 4;
    static final int CARD_TOKEN = 5;
    static final int SENT_AT = 6;

    public AuthorizationRequest {
        Objects.requireNonNull(terminalId, "terminalId");
        Objects.requireNonNull(currency, "currency");
        cardToken = cardToken.clone();
    }

    @Override
    public MessageType type() {
        return MessageType.AUTHORIZATION_REQUEST;
    }

    @Override
    public byte[] cardToken() {
        return cardToken.clone();
    }

    @Override
    public void writeTo(PayloadWriter out) {
        out.varint(SEQUENCE, sequence)
                .string(TERMINAL_ID, terminalId)
                .varint(AMOUNT, amountMinor)
                .string(CURRENCY, currency)
                .bytes(CARD_TOKEN, cardToken)
                .fixed64(SENT_AT, sentAtMillis);
    }

    static AuthorizationRequest readFrom(PayloadReader in) throws DecodingException {
        Long sequence = null;
        String terminalId = null;
        Long amount = null;
        String currency = null;
        byte[] token = null;
        long sentAt = 0;
        while (in.next()) {
            switch (in.fieldNumber()) {
                case SEQUENCE -> sequence = in.varint();
                case TERMINAL_ID -> terminalId = in.string();
                case AMOUNT -> amount = in.varint();
                case CURRENCY -> currency = in.string();
                case CARD_TOKEN -> token = in.bytes();
                case SENT_AT -> sentAt = in.fixed64();
                default -> in.skip();
            }
        }
        Fields.require(sequence, "sequence");
        Fields.require(terminalId, "terminalId");
        Fields.require(amount, "amount");
        Fields.require(currency, "currency");
        Fields.require(token, "cardToken");
        if (amount <= 0) {
            throw new DecodingException(DecodingException.Reason.INVALID_VALUE, 0, "amount must be positive");
        }
        Fields.requireCurrency(currency);
        return new AuthorizationRequest(sequence, terminalId, amount, currency, token, sentAt);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AuthorizationRequest other
                && sequence == other.sequence
                && amountMinor == other.amountMinor
                && sentAtMillis == other.sentAtMillis
                && terminalId.equals(other.terminalId)
                && currency.equals(other.currency)
                && Arrays.equals(cardToken, other.cardToken);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sequence, terminalId, amountMinor, currency, sentAtMillis) * 31 + Arrays.hashCode(cardToken);
    }

    @Override
    public String toString() {
        // the token is sensitive enough to keep out of logs
        return "AuthorizationRequest[seq=" + sequence + ", terminal=" + terminalId + ", " + amountMinor + " "
                + currency + "]";
    }
}
