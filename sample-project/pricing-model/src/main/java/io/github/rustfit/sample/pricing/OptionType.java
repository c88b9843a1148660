package io.github.rustfit.sample.pricing;

public enum OptionType {
    CALL,
    PUT;

    /** Intrinsic value at expiry. */
    public double payoff(double underlying, double strike) {
        return this == CALL ? Math.max(underlying - strike, 0.0) : Math.max(strike - underlying, 0.0);
    }
}
