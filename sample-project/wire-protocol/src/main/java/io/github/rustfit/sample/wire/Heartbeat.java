package io.github.rustfit.sample.wire;

/** Keeps an idle connection open; the peer answers with a heartbeat echoing the timestamp. */
public record Heartbeat(long sequence, long sentAtMillis) implements Message {

    static final int SEQUENCE = 1;
    static final int SENT_AT = 2;

    @Override
    public MessageType type() {
        return MessageType.HEARTBEAT;
    }

    @Override
    public void writeTo(PayloadWriter out) {
        out.varint(SEQUENCE, sequence).fixed64(SENT_AT, sentAtMillis);
    }

    static Heartbeat readFrom(PayloadReader in) throws DecodingException {
        long sequence = 0;
        long sentAt = 0;
        while (in.next()) {
            switch (in.fieldNumber()) {
                case SEQUENCE -> sequence = in.varint();
                case SENT_AT -> sentAt = in.fixed64();
                default -> in.skip();
            }
        }
        return new Heartbeat(sequence, sentAt);
    }
}
