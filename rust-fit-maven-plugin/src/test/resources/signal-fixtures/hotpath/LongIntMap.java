package fixtures.hotpath;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;

/** An open-addressing long-to-int map with linear probing. */
final class LongIntMap {

    private final long[] keys;
    private final int[] values;
    private final int mask;

    LongIntMap(int capacity) {
        keys = new long[capacity];
        values = new int[capacity];
        mask = capacity - 1;
    }

    int get(long key) {
        int index = Long.hashCode(key) & mask;
        while (keys[index] != 0) { // expect: hotpath.open-addressing
            if (keys[index] == key) {
                return values[index];
            }
            index = (index + 1) & mask;
        }
        return -1;
    }

    void put(long key, int value) {
        for (int index = Long.hashCode(key) % keys.length; ; ) { // expect: hotpath.open-addressing
            if (keys[index] == 0 || keys[index] == key) {
                keys[index] = key;
                values[index] = value;
                return;
            }
            index = (index + 1) % keys.length;
        }
    }
}

/** A single-producer ring buffer indexed with a mask. */
final class RingBuffer<T> {

    private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[8192]); // expect: hotpath.thread-local-buffers
    private static final ThreadLocal<StringBuilder> TEXT = new ThreadLocal<>(); // expect: hotpath.thread-local-buffers
    private static final ThreadLocal<java.text.SimpleDateFormat> DATES = new ThreadLocal<>();

    private final Object[] entries;
    private final int indexMask;
    private long head;
    private long tail;

    RingBuffer(int size) {
        entries = new Object[size];
        indexMask = size - 1;
    }

    void offer(T item) {
        entries[(int) (tail++ & indexMask)] = item; // expect: hotpath.masked-indexing
    }

    @SuppressWarnings("unchecked")
    T poll() {
        return (T) entries[(int) (head++ & (entries.length - 1))]; // expect: hotpath.masked-indexing
    }

    // near-miss: masking with a literal is bit-level decoding, not ring indexing
    int lookup(int[] table, byte b) {
        return table[b & 0xFF]; // expect: protocol.bit-twiddling
    }
}

/** A hand-written object pool. */
final class BufferPool { // expect: hotpath.object-pools

    private final Deque<byte[]> free = new ArrayDeque<>();
    private final Supplier<byte[]> factory;

    BufferPool(Supplier<byte[]> factory) {
        this.factory = factory;
    }

    byte[] acquire() {
        byte[] buffer = free.poll();
        return buffer != null ? buffer : factory.get();
    }

    void release(byte[] buffer) {
        free.push(buffer);
    }
}

/** Near-miss: a thread pool holder is not an object pool. */
final class WorkerThreadPool {
    byte[] acquire() {
        return new byte[0];
    }

    void release(byte[] ignored) {}
}

/** Near-miss: cycling through a four-byte mask while copying is not probing a table. */
final class Masker {
    void apply(byte[] src, byte[] dst, byte[] maskBytes) {
        int offset = 0;
        for (int i = 0; i < src.length; i++, offset = (offset + 1) & 3) {
            dst[i] = (byte) (src[i] ^ maskBytes[offset]);
        }
    }
}
