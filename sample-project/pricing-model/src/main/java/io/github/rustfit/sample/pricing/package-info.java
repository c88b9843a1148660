/**
 * Pricing models used by the treasury desk's risk reports: closed-form Black-Scholes with
 * Greeks, Monte Carlo for path-dependent (Asian) options on one or several correlated
 * underlyings, and zero-coupon yield curves for discounting. Numbers are plain doubles; years
 * are the unit of time and rates are continuously compounded.
 */
package io.github.rustfit.sample.pricing;
