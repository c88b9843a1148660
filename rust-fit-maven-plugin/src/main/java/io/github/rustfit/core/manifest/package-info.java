/**
 * The team's component manifest ({@code rust-fit.yaml} or {@code rust-fit.json}): which modules
 * make up each component, the team's own answers to the article's questions, and the recorded fit
 * review. YAML is read from SnakeYAML's events and JSON from Jackson's tokens into one tree whose
 * values know their place; every error names the file, line and column, what was expected and the
 * fix.
 */
package io.github.rustfit.core.manifest;
