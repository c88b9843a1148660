/**
 * Parsing in a separate JVM. A cold analysis of a large reactor is mostly JavaParser's lexer and
 * parser running before the JIT has caught up; a child JVM started with flags chosen for that short
 * burst (quick compilation only, and JavaParser's largest lexer method compiled rather than
 * interpreted) parses the same files in far less time than Maven's own JVM can, without changing
 * how the rest of the build is compiled. The child only turns file bytes into
 * {@link io.github.rustfit.core.file.FileReport}s; caching, ordering and judgement stay in
 * Maven's JVM, and any failure of the child falls back to parsing there, with the same result.
 */
package io.github.rustfit.core.fork;
