/**
 * The result as SARIF 2.1.0 ({@code rust-fit.sarif}), for code-scanning annotations: review-gate
 * problems at the manifest line, and each candidate's hotspots as notes.
 */
package io.github.rustfit.report.sarif;
