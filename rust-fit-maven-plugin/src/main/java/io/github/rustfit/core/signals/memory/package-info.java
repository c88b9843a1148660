/**
 * Signals of memory outside the JVM's safety net: Unsafe, native code and the foreign-memory API,
 * direct and mapped buffers, and hand-managed reference counts.
 */
package io.github.rustfit.core.signals.memory;
