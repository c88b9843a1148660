/**
 * The self-contained HTML report ({@code index.html}), rendered from the report model by an
 * escaping template engine.
 */
package io.github.rustfit.report.html;
