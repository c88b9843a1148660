/**
 * Signals of long-running, network-facing services: server sockets and NIO selectors, socket
 * options tuned by hand, and the loops and shutdown hooks of a process meant to run until it is
 * stopped.
 */
package io.github.rustfit.core.signals.network;
