package io.github.rustfit.sample.cache;

/** A source of nanosecond time, replaceable so expiry can be driven by a fake clock. */
@FunctionalInterface
public interface Ticker {

    long read();

    static Ticker system() {
        return System::nanoTime;
    }
}
