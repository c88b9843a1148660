package io.github.rustfit.core.analysis;

import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * A source file to analyse, as listed and digested.
 *
 * @param path its absolute path
 * @param relativePath its path relative to the execution root, with forward slashes
 * @param charset the encoding its module declares
 * @param size its length in bytes when it was digested
 * @param digest a digest of its bytes and encoding (see {@code FileReportCache.digest})
 */
public record SourceFile(Path path, String relativePath, Charset charset, long size, String digest) {}
