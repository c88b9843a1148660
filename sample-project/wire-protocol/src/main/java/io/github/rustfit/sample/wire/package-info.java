/**
 * PayWire: the binary protocol spoken between payment terminals and the edge gateway.
 *
 * <p>A frame on the wire is laid out as follows (all fixed-width integers big-endian):
 *
 * <pre>
 *   +--------+---------+-------+------+----------------+-----------+----------+
 *   | magic  | version | flags | type | payload length |  payload  | CRC32C   |
 *   | 2 byte | 1 byte  | 1 byte|1 byte| varint (1..5)  |  n bytes  | 4 bytes  |
 *   +--------+---------+-------+------+----------------+-----------+----------+
 * </pre>
 *
 * <p>The checksum covers everything before it: header, length and payload. Payloads are a
 * sequence of tagged fields (see {@link io.github.rustfit.sample.wire.PayloadReader}).
 */
package io.github.rustfit.sample.wire;
