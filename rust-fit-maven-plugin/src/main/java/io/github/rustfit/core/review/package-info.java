/**
 * The fit-review gate, which only judges: every module's recorded review against the analysis
 * result and today's date (in UTC), one small rule per check, each problem as data (module, where,
 * what, fix), and paste-ready review stubs for what needs a review. It reads the manifest and never
 * writes it; {@code core.manifest} does.
 */
package io.github.rustfit.core.review;
