/**
 * Finding, decoding and measuring source files: which roots a module has, which files are in
 * them, how their bytes become text, and how many lines of code they hold.
 */
package io.github.rustfit.core.source;
