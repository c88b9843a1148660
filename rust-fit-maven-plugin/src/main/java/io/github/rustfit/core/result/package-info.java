/**
 * The versioned, canonically ordered result of an analysis ({@code rust-fit.json}) and its
 * reading and atomic writing. Goals talk to each other only through this data.
 */
package io.github.rustfit.core.result;
