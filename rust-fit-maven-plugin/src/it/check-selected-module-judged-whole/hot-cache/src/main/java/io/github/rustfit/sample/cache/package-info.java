/**
 * A bounded, concurrent in-memory cache for lookups on the request path.
 *
 * <p>The table is split into independently locked segments. Each segment is an open-addressing
 * hash table guarded by a {@link java.util.concurrent.locks.StampedLock}: reads are optimistic
 * and take no lock in the common case, and the bookkeeping a read would need (marking an entry
 * as recently used) is posted to a small lossy ring buffer that writers drain in batches.
 * Eviction follows the CLOCK approximation of LRU; entries may also expire a fixed time after
 * they were written, and a shared background cleaner removes expired entries from idle caches.
 */
package io.github.rustfit.sample.cache;
