/**
 * The team's component manifest ({@code rust-fit.yaml} or {@code rust-fit.json}), read and written
 * in one place: which modules make up each component, the team's own answers to the article's
 * questions, and the recorded fit review. Reading: YAML from SnakeYAML's events and JSON from
 * Jackson's tokens into one tree whose values know their place; every error names the file, line
 * and column, what was expected and the fix. Writing: the starter manifest {@code init} writes, the
 * editor that records one review while leaving every other byte as it was, and the evidence a
 * review records (its digest and counts).
 */
package io.github.rustfit.core.manifest;
