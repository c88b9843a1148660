/** The short Markdown summary ({@code summary.md}) for CI job summaries and pull-request comments. */
package io.github.rustfit.report.markdown;
