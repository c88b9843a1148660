package fixtures.modern;

import java.nio.ByteBuffer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;

/** Java 21 syntax: sealed interfaces, records, record patterns, pattern switches, text blocks. */
sealed interface Message permits Ping, Data, Close {}

record Ping(long nonce) implements Message {}

record Data(int stream, byte[] payload) implements Message {}

record Close(int code, String reason) implements Message {}

record Envelope(Message message, int hops) {}

final class MessageDecoder { // expect: protocol.codec-types

    private static final String USAGE = """
            decode(buffer) reads one message:
              type byte, then fields; & 0xFF in a text block is not code
            """;

    private final ReentrantLock lock = new ReentrantLock(); // expect: concurrency.locks
    private final ConcurrentHashMap<Integer, Message> open = new ConcurrentHashMap<>(); // expect: concurrency.concurrent-collections

    Message decode(ByteBuffer buffer) {
        int type = buffer.get() & 0xFF; // expect: protocol.byte-buffers, protocol.bit-twiddling
        return switch (type) {
            case 1 -> new Ping(buffer.getLong()); // expect: protocol.byte-buffers
            case 2 -> {
                int stream = buffer.getInt(); // expect: protocol.byte-buffers
                byte[] payload = new byte[buffer.getShort() & 0xFFFF]; // expect: protocol.byte-buffers, protocol.bit-twiddling
                buffer.get(payload); // expect: protocol.byte-buffers
                yield new Data(stream, payload);
            }
            default -> new Close(type, USAGE);
        };
    }

    String describe(Object value) {
        return switch (value) {
            case Envelope(Ping(var nonce), var hops) when hops > 0 -> "ping " + (nonce >>> 1); // expect: protocol.bit-twiddling
            case Envelope(Data data, int hops) -> "data " + data.stream();
            case Message message -> message.toString();
            default -> "unknown";
        };
    }

    void remember(Message message) {
        lock.lock(); // expect: concurrency.locks
        try {
            if (message instanceof Data(var stream, var payload) && payload.length > 0) {
                open.put(stream, message);
            }
        } finally {
            lock.unlock();
        }
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) { // expect: concurrency.executors
            pool.submit(() -> open.remove(0));
        }
    }
}
