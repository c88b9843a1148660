/**
 * Small syntax questions the signals share (what type a name was declared with, which annotation a
 * declaration carries, which objects a file creates), answered from the parsed tree alone without
 * a symbol solver.
 */
package io.github.rustfit.core.signals.syntax;
