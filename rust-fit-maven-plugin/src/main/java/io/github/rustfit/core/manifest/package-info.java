/**
 * The team's component manifest ({@code rust-fit.yaml} or {@code rust-fit.json}): which modules
 * make up each component, the team's own answers to the article's questions, and the recorded fit
 * review. Read with Jackson; every error names the file, line and column and suggests a close
 * match.
 */
package io.github.rustfit.core.manifest;
