/**
 * One source file's analysis: reading, measuring, parsing and inspecting it with every file signal
 * ({@link io.github.rustfit.core.file.FileAnalyzer}), what it contributed
 * ({@link io.github.rustfit.core.file.FileReport}), and the one encoding of that report that the
 * cache stores and the parsing JVM answers in ({@link io.github.rustfit.core.file.FileReportCodec}).
 * It sits below the analysis, the cache and the parsing JVM, which all speak of file reports.
 */
package io.github.rustfit.core.file;
