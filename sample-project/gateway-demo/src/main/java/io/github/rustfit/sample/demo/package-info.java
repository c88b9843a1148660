/**
 * A playground for trying socket and thread-pool settings before touching the real gateway:
 * a toy echo server and a load generator that talks to it over loopback, printing throughput
 * and latency. Nothing here runs in production.
 */
package io.github.rustfit.sample.demo;
