/**
 * Signals of fundamental concurrency: locks, atomics and memory ordering, executors and threads,
 * concurrent collections and thread coordination.
 */
package io.github.rustfit.core.signals.concurrency;
