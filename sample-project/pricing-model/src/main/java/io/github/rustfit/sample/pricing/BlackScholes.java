package io.github.rustfit.sample.pricing;

/**
 * Black-Scholes-Merton for European options on an asset paying a continuous dividend yield.
 *
 * <p>Arguments: spot {@code s}, strike {@code k}, time to expiry {@code t} in years, risk-free
 * rate {@code r}, dividend yield {@code q}, volatility {@code sigma}.
 */
public final class BlackScholes {

    private BlackScholes() {}

    public static double price(OptionType type, double s, double k, double t, double r, double q, double sigma) {
        if (t <= 0 || sigma <= 0) {
            // at expiry, or without uncertainty, the option is worth its discounted forward payoff
            double forward = s * Math.exp((r - q) * Math.max(t, 0));
            return Math.exp(-r * Math.max(t, 0)) * type.payoff(forward, k);
        }
        double sqrtT = Math.sqrt(t);
        double d1 = (Math.log(s / k) + (r - q + 0.5 * sigma * sigma) * t) / (sigma * sqrtT);
        double d2 = d1 - sigma * sqrtT;
        double dfR = Math.exp(-r * t);
        double dfQ = Math.exp(-q * t);
        return switch (type) {
            case CALL -> s * dfQ * NormalDistribution.cdf(d1) - k * dfR * NormalDistribution.cdf(d2);
            case PUT -> k * dfR * NormalDistribution.cdf(-d2) - s * dfQ * NormalDistribution.cdf(-d1);
        };
    }

    public static Greeks greeks(OptionType type, double s, double k, double t, double r, double q, double sigma) {
        if (t <= 0 || sigma <= 0) {
            throw new IllegalArgumentException("Greeks need positive time and volatility");
        }
        double sqrtT = Math.sqrt(t);
        double d1 = (Math.log(s / k) + (r - q + 0.5 * sigma * sigma) * t) / (sigma * sqrtT);
        double d2 = d1 - sigma * sqrtT;
        double dfR = Math.exp(-r * t);
        double dfQ = Math.exp(-q * t);
        double pdf1 = NormalDistribution.pdf(d1);

        double gamma = dfQ * pdf1 / (s * sigma * sqrtT);
        double vega = s * dfQ * pdf1 * sqrtT;
        double decay = -s * dfQ * pdf1 * sigma / (2 * sqrtT);
        double price;
        double delta;
        double theta;
        double rho;
        if (type == OptionType.CALL) {
            double nd1 = NormalDistribution.cdf(d1);
            double nd2 = NormalDistribution.cdf(d2);
            price = s * dfQ * nd1 - k * dfR * nd2;
            delta = dfQ * nd1;
            theta = decay - r * k * dfR * nd2 + q * s * dfQ * nd1;
            rho = k * t * dfR * nd2;
        } else {
            double nmd1 = NormalDistribution.cdf(-d1);
            double nmd2 = NormalDistribution.cdf(-d2);
            price = k * dfR * nmd2 - s * dfQ * nmd1;
            delta = -dfQ * nmd1;
            theta = decay + r * k * dfR * nmd2 - q * s * dfQ * nmd1;
            rho = -k * t * dfR * nmd2;
        }
        return new Greeks(price, delta, gamma, vega, theta, rho);
    }

    /**
     * The volatility at which the model reproduces {@code marketPrice}. Newton's method from a
     * Brenner-Subrahmanyam start, falling back to bisection where vega is too flat to trust.
     *
     * @throws IllegalArgumentException if the price lies outside the no-arbitrage bounds
     */
    public static double impliedVolatility(
            OptionType type, double marketPrice, double s, double k, double t, double r, double q) {
        double lower = price(type, s, k, t, r, q, 1e-9);
        double upper = type == OptionType.CALL ? s * Math.exp(-q * t) : k * Math.exp(-r * t);
        if (marketPrice < lower - 1e-12 || marketPrice > upper) {
            throw new IllegalArgumentException("price " + marketPrice + " outside bounds [" + lower + ", " + upper + "]");
        }
        double lo = 1e-6;
        double hi = 5.0;
        double sigma = Math.max(0.05, Math.sqrt(2 * Math.PI / t) * marketPrice / s);
        for (int i = 0; i < 100; i++) {
            double diff = price(type, s, k, t, r, q, sigma) - marketPrice;
            if (Math.abs(diff) < 1e-10) {
                return sigma;
            }
            if (diff > 0) {
                hi = sigma;
            } else {
                lo = sigma;
            }
            double vega = greeks(type, s, k, t, r, q, sigma).vega();
            double next = sigma - diff / vega;
            sigma = vega > 1e-8 && next > lo && next < hi ? next : 0.5 * (lo + hi);
        }
        return sigma;
    }
}
