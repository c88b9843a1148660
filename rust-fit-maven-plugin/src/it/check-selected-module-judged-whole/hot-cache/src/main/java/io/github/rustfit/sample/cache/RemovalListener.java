package io.github.rustfit.sample.cache;

/**
 * Told about entries leaving the cache. Called on the thread that caused the removal, after the
 * segment lock has been released, so a listener may use the cache but should be quick.
 */
@FunctionalInterface
public interface RemovalListener<K, V> {

    void onRemoval(K key, V value, RemovalCause cause);

    static <K, V> RemovalListener<K, V> ignoring() {
        return (key, value, cause) -> {};
    }
}
