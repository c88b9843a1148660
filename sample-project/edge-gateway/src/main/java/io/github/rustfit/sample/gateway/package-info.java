/**
 * The edge gateway: terminates PayWire connections from payment terminals and forwards their
 * requests to acquirer backends.
 *
 * <p>One selector thread owns all sockets and does only non-blocking I/O and framing; requests
 * are handled on a worker pool. A global semaphore bounds the requests in flight, a per
 * connection token bucket bounds each terminal's rate, and a connection whose replies pile up
 * stops being read until its peer catches up.
 */
package io.github.rustfit.sample.gateway;
