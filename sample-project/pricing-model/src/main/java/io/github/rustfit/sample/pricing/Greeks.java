package io.github.rustfit.sample.pricing;

/**
 * Sensitivities of an option price.
 *
 * @param vega per unit of volatility (multiply by 0.01 for one vol point)
 * @param theta per year (divide by 365 for one calendar day)
 * @param rho per unit of rate
 */
public record Greeks(double price, double delta, double gamma, double vega, double theta, double rho) {}
