/**
 * The report model: one Maven-free view of an analysis result (and, optionally, of what changed
 * since an earlier one) that every renderer lays out.
 */
package io.github.rustfit.report.model;
