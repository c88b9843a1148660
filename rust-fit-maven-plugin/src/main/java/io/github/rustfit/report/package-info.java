/**
 * Report writers. They read the analysis result, never Maven: {@code model} builds one view of
 * it, {@code html} and {@code markdown} render that view.
 */
package io.github.rustfit.report;
