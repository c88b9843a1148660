package io.github.rustfit.sample.pricing;

import java.util.SplittableRandom;

/**
 * Prices arithmetic-average Asian options by Monte Carlo.
 *
 * <p>Two variance reductions: antithetic pairs, and the geometric-average Asian option as a
 * control variate, whose price is known in closed form (Kemna and Vorst) and whose payoff is
 * closely correlated with the arithmetic one.
 */
public final class AsianOptionPricer {

    private final long seed;

    public AsianOptionPricer(long seed) {
        this.seed = seed;
    }

    /** A single-underlying Asian option averaging over {@code fixings} equally spaced dates. */
    public MonteCarloResult price(
            OptionType type,
            double spot,
            double strike,
            double maturity,
            double rate,
            double dividendYield,
            double vol,
            int fixings,
            int pathPairs) {
        CorrelatedPathGenerator generator = new CorrelatedPathGenerator(
                new double[] {spot},
                new double[] {rate - dividendYield},
                new double[] {vol},
                new double[][] {{1.0}},
                maturity,
                fixings);
        double geometricPrice = geometricClosedForm(type, spot, strike, maturity, rate, dividendYield, vol, fixings);
        return simulate(type, generator, new double[] {1.0}, strike, maturity, rate, geometricPrice, pathPairs);
    }

    /**
     * A basket Asian: the payoff is on the weighted sum of the assets, averaged over the fixing
     * dates. No closed-form control exists for the basket, so only antithetics are used.
     */
    public MonteCarloResult priceBasket(
            OptionType type,
            CorrelatedPathGenerator generator,
            double[] weights,
            double strike,
            double maturity,
            double rate,
            int pathPairs) {
        if (weights.length != generator.assets()) {
            throw new IllegalArgumentException("one weight per asset is required");
        }
        return simulate(type, generator, weights, strike, maturity, rate, Double.NaN, pathPairs);
    }

    private MonteCarloResult simulate(
            OptionType type,
            CorrelatedPathGenerator generator,
            double[] weights,
            double strike,
            double maturity,
            double rate,
            double geometricPrice,
            int pathPairs) {
        SplittableRandom random = new SplittableRandom(seed);
        int assets = generator.assets();
        int steps = generator.steps();
        double[][] paths = new double[assets][steps + 1];
        double[] shocks = new double[steps * assets];
        boolean useControl = !Double.isNaN(geometricPrice);
        double discount = Math.exp(-rate * maturity);

        double[] arithmetic = new double[pathPairs];
        double[] geometric = new double[pathPairs];
        for (int p = 0; p < pathPairs; p++) {
            double arithmeticPair = 0;
            double geometricPair = 0;
            for (int half = 0; half < 2; half++) {
                generator.nextPaths(random, paths, shocks, half == 1);
                double sum = 0;
                double logSum = 0;
                for (int step = 1; step <= steps; step++) {
                    double basket = 0;
                    for (int a = 0; a < assets; a++) {
                        basket += weights[a] * paths[a][step];
                    }
                    sum += basket;
                    logSum += Math.log(basket);
                }
                arithmeticPair += type.payoff(sum / steps, strike);
                geometricPair += type.payoff(Math.exp(logSum / steps), strike);
            }
            arithmetic[p] = discount * arithmeticPair / 2;
            geometric[p] = discount * geometricPair / 2;
        }

        double beta = useControl ? regressionSlope(arithmetic, geometric) : 0.0;
        double mean = 0;
        double[] adjusted = new double[pathPairs];
        for (int p = 0; p < pathPairs; p++) {
            adjusted[p] = useControl ? arithmetic[p] - beta * (geometric[p] - geometricPrice) : arithmetic[p];
            mean += adjusted[p];
        }
        mean /= pathPairs;
        double variance = 0;
        for (double x : adjusted) {
            variance += (x - mean) * (x - mean);
        }
        variance /= Math.max(1, pathPairs - 1);
        return new MonteCarloResult(mean, Math.sqrt(variance / pathPairs), 2L * pathPairs);
    }

    /**
     * Closed-form price of the discretely monitored geometric-average Asian option: the
     * geometric average of lognormal prices is itself lognormal, with adjusted drift and vol.
     */
    static double geometricClosedForm(
            OptionType type, double s, double k, double t, double r, double q, double sigma, int fixings) {
        double n = fixings;
        double sigmaG = sigma * Math.sqrt((n + 1) * (2 * n + 1) / (6 * n * n));
        double muG = (r - q - 0.5 * sigma * sigma) * (n + 1) / (2 * n) + 0.5 * sigmaG * sigmaG;
        // price as a Black-Scholes option whose underlying pays yield r - muG
        return BlackScholes.price(type, s, k, t, r, r - muG, sigmaG);
    }

    private static double regressionSlope(double[] y, double[] x) {
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < x.length; i++) {
            meanX += x[i];
            meanY += y[i];
        }
        meanX /= x.length;
        meanY /= y.length;
        double cov = 0;
        double var = 0;
        for (int i = 0; i < x.length; i++) {
            cov += (x[i] - meanX) * (y[i] - meanY);
            var += (x[i] - meanX) * (x[i] - meanX);
        }
        return var == 0 ? 0.0 : cov / var;
    }
}
