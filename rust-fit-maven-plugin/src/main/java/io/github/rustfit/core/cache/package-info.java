/**
 * The per-file analysis cache: what each source file contributed, keyed by a digest of its bytes,
 * so a build whose sources did not change costs the hashing, not the parse.
 */
package io.github.rustfit.core.cache;
