package io.github.rustfit.sample.pricing;

/**
 * A Monte Carlo estimate.
 *
 * @param standardError standard error of {@code price}; the 95% interval is about two of these
 */
public record MonteCarloResult(double price, double standardError, long paths) {

    public double lower95() {
        return price - 1.96 * standardError;
    }

    public double upper95() {
        return price + 1.96 * standardError;
    }
}
