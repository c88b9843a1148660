package io.github.rustfit.sample.cache;

import java.util.List;
import java.util.concurrent.locks.StampedLock;

/**
 * One lock stripe of a {@link StripedCache}: an open-addressing hash table with linear probing.
 *
 * <p>The table's parallel arrays live in an immutable-shape {@link Table} that is replaced as a
 * whole when the segment grows, so an optimistic reader always sees arrays of matching length;
 * any torn read of their contents is caught by {@link StampedLock#validate}.
 */
final class Segment<K, V> {

    /** Marks a deleted slot so that probe sequences running through it are not cut short. */
    private static final Object TOMBSTONE = new Object();

    private static final int MIN_CAPACITY = 8;

    private final StampedLock lock = new StampedLock();
    private final int maximumSize;
    private final long expireAfterWriteNanos;
    private final Ticker ticker;
    private final AccessBuffer accessBuffer;

    private volatile Table table;
    // guarded by the write lock
    private int size;
    private int usedSlots;
    private int clockHand;

    static final class Table {
        final Object[] keys;
        final Object[] values;
        final int[] hashes;
        final long[] writeTimes;
        final boolean[] referenced;
        final int mask;

        Table(int capacity) {
            keys = new Object[capacity];
            values = new Object[capacity];
            hashes = new int[capacity];
            writeTimes = new long[capacity];
            referenced = new boolean[capacity];
            mask = capacity - 1;
        }

        int capacity() {
            return mask + 1;
        }
    }

    /** An entry that left the segment, reported to the listener once the lock is released. */
    record Removal<K, V>(K key, V value, RemovalCause cause) {}

    Segment(int maximumSize, long expireAfterWriteNanos, Ticker ticker, int accessBufferSize) {
        this.maximumSize = maximumSize;
        this.expireAfterWriteNanos = expireAfterWriteNanos;
        this.ticker = ticker;
        this.accessBuffer = new AccessBuffer(accessBufferSize);
        this.table = new Table(tableCapacityFor(Math.min(maximumSize, 64)));
    }

    @SuppressWarnings("unchecked")
    V get(Object key, int hash) {
        long stamp = lock.tryOptimisticRead();
        Table t = table;
        int index = indexOf(t, key, hash);
        Object value = index >= 0 ? t.values[index] : null;
        long writeTime = index >= 0 ? t.writeTimes[index] : 0L;
        if (!lock.validate(stamp)) {
            stamp = lock.readLock();
            try {
                t = table;
                index = indexOf(t, key, hash);
                value = index >= 0 ? t.values[index] : null;
                writeTime = index >= 0 ? t.writeTimes[index] : 0L;
            } finally {
                lock.unlockRead(stamp);
            }
        }
        if (value == null || isExpired(writeTime, ticker.read())) {
            return null;
        }
        if (accessBuffer.offer(key) && accessBuffer.shouldDrain()) {
            tryDrain();
        }
        return (V) value;
    }

    @SuppressWarnings("unchecked")
    V put(K key, int hash, V value, boolean onlyIfAbsent, List<Removal<K, V>> removals) {
        long stamp = lock.writeLock();
        try {
            drainAccessBuffer();
            long now = ticker.read();
            Table t = table;
            int index = indexOf(t, key, hash);
            if (index >= 0) {
                V old = (V) t.values[index];
                boolean expired = isExpired(t.writeTimes[index], now);
                if (onlyIfAbsent && !expired) {
                    t.referenced[index] = true;
                    return old;
                }
                t.values[index] = value;
                t.writeTimes[index] = now;
                t.referenced[index] = true;
                removals.add(new Removal<>(key, old, expired ? RemovalCause.EXPIRED : RemovalCause.REPLACED));
                return expired ? null : old;
            }
            while (size >= maximumSize) {
                evictOne(now, removals);
            }
            if ((usedSlots + 1) * 4 > table.capacity() * 3) {
                // grow only if live entries need it; otherwise rebuilding just clears tombstones
                int capacity = (size + 1) * 2 > table.capacity() ? table.capacity() * 2 : table.capacity();
                rehash(capacity);
            }
            insert(table, key, hash, value, now);
            size++;
            return null;
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    @SuppressWarnings("unchecked")
    void remove(Object key, int hash, List<Removal<K, V>> removals) {
        long stamp = lock.writeLock();
        try {
            Table t = table;
            int index = indexOf(t, key, hash);
            if (index >= 0) {
                removals.add(new Removal<>((K) t.keys[index], (V) t.values[index], RemovalCause.EXPLICIT));
                clear(t, index);
            }
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    @SuppressWarnings("unchecked")
    void clear(List<Removal<K, V>> removals) {
        long stamp = lock.writeLock();
        try {
            Table t = table;
            for (int i = 0; i < t.capacity(); i++) {
                Object k = t.keys[i];
                if (k != null && k != TOMBSTONE) {
                    removals.add(new Removal<>((K) k, (V) t.values[i], RemovalCause.EXPLICIT));
                }
            }
            table = new Table(tableCapacityFor(Math.min(maximumSize, 64)));
            size = 0;
            usedSlots = 0;
            clockHand = 0;
            accessBuffer.drainTo(k -> {});
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    /** Removes expired entries; called by the background cleaner and by {@link Cache#cleanUp}. */
    @SuppressWarnings("unchecked")
    void expireEntries(List<Removal<K, V>> removals) {
        if (expireAfterWriteNanos <= 0 && !accessBuffer.shouldDrain()) {
            return;
        }
        long stamp = lock.writeLock();
        try {
            drainAccessBuffer();
            if (expireAfterWriteNanos <= 0) {
                return;
            }
            long now = ticker.read();
            Table t = table;
            for (int i = 0; i < t.capacity(); i++) {
                Object k = t.keys[i];
                if (k != null && k != TOMBSTONE && isExpired(t.writeTimes[i], now)) {
                    removals.add(new Removal<>((K) k, (V) t.values[i], RemovalCause.EXPIRED));
                    clear(t, i);
                }
            }
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    int size() {
        long stamp = lock.tryOptimisticRead();
        int s = size;
        if (!lock.validate(stamp)) {
            stamp = lock.readLock();
            try {
                s = size;
            } finally {
                lock.unlockRead(stamp);
            }
        }
        return s;
    }

    /**
     * CLOCK eviction: sweep the hand around the table, giving each recently used entry a second
     * chance by clearing its bit, and evict the first entry found without one. Expired entries
     * are taken first whatever their bit.
     */
    @SuppressWarnings("unchecked")
    private void evictOne(long now, List<Removal<K, V>> removals) {
        Table t = table;
        int capacity = t.capacity();
        for (int step = 0; step < capacity * 2; step++) {
            int i = clockHand;
            clockHand = (clockHand + 1) & t.mask;
            Object k = t.keys[i];
            if (k == null || k == TOMBSTONE) {
                continue;
            }
            boolean expired = isExpired(t.writeTimes[i], now);
            if (!expired && t.referenced[i]) {
                t.referenced[i] = false;
                continue;
            }
            removals.add(new Removal<>((K) k, (V) t.values[i], expired ? RemovalCause.EXPIRED : RemovalCause.SIZE));
            clear(t, i);
            return;
        }
        throw new IllegalStateException("segment reports " + size + " entries but none could be evicted");
    }

    private void tryDrain() {
        long stamp = lock.tryWriteLock();
        if (stamp != 0L) {
            try {
                drainAccessBuffer();
            } finally {
                lock.unlockWrite(stamp);
            }
        }
    }

    /** Applies buffered reads to the CLOCK bits. Caller holds the write lock. */
    private void drainAccessBuffer() {
        Table t = table;
        accessBuffer.drainTo(key -> {
            int index = indexOf(t, key, spreadHashOf(key));
            if (index >= 0) {
                t.referenced[index] = true;
            }
        });
    }

    private void rehash(int newCapacity) {
        Table old = table;
        Table grown = new Table(newCapacity);
        for (int i = 0; i < old.capacity(); i++) {
            Object k = old.keys[i];
            if (k != null && k != TOMBSTONE) {
                int slot = old.hashes[i] & grown.mask;
                while (grown.keys[slot] != null) {
                    slot = (slot + 1) & grown.mask;
                }
                grown.keys[slot] = k;
                grown.values[slot] = old.values[i];
                grown.hashes[slot] = old.hashes[i];
                grown.writeTimes[slot] = old.writeTimes[i];
                grown.referenced[slot] = old.referenced[i];
            }
        }
        usedSlots = size;
        clockHand = 0;
        table = grown;
    }

    private void insert(Table t, Object key, int hash, Object value, long now) {
        int slot = hash & t.mask;
        while (t.keys[slot] != null && t.keys[slot] != TOMBSTONE) {
            slot = (slot + 1) & t.mask;
        }
        if (t.keys[slot] == null) {
            usedSlots++;
        }
        t.keys[slot] = key;
        t.values[slot] = value;
        t.hashes[slot] = hash;
        t.writeTimes[slot] = now;
        t.referenced[slot] = false;
    }

    private void clear(Table t, int index) {
        t.keys[index] = TOMBSTONE;
        t.values[index] = null;
        t.referenced[index] = false;
        size--;
    }

    /**
     * Probes for {@code key}. Bounded by the table length so that a reader racing a writer on an
     * optimistic stamp cannot loop forever over a table it sees half-updated.
     */
    private static int indexOf(Table t, Object key, int hash) {
        int slot = hash & t.mask;
        for (int probes = 0; probes <= t.mask; probes++) {
            Object k = t.keys[slot];
            if (k == null) {
                return -1;
            }
            if (k != TOMBSTONE && t.hashes[slot] == hash && k.equals(key)) {
                return slot;
            }
            slot = (slot + 1) & t.mask;
        }
        return -1;
    }

    private boolean isExpired(long writeTime, long now) {
        return expireAfterWriteNanos > 0 && now - writeTime >= expireAfterWriteNanos;
    }

    static int spreadHashOf(Object key) {
        int h = key.hashCode();
        h ^= h >>> 16;
        h *= 0x9E3779B9;
        return h ^ (h >>> 15);
    }

    private static int tableCapacityFor(int entries) {
        int needed = Math.max(MIN_CAPACITY, (int) Math.ceil(entries / 0.75));
        return Integer.highestOneBit(needed - 1) << 1;
    }
}
