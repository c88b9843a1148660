/**
 * The audit archive: each night the day's audit records are gathered into segments, and each
 * segment is sealed for storage.
 *
 * <p>A sealed segment is laid out as follows (fixed-width integers big-endian):
 *
 * <pre>
 *   +--------+---------+--------+----------------+----------+---------------------+
 *   | magic  | version | flags  | segment length | CRC32C   | xz-compressed bytes |
 *   | 4 byte | 1 byte  | 1 byte | 4 bytes        | 4 bytes  | n bytes             |
 *   +--------+---------+--------+----------------+----------+---------------------+
 * </pre>
 */
package io.github.rustfit.sample.audit;
