package io.github.rustfit.sample.pricing;

import java.util.SplittableRandom;

/**
 * Simulates geometric Brownian motion for several assets whose shocks are correlated, on a
 * uniform time grid. Independent normal draws are mixed through the Cholesky factor of the
 * covariance matrix; the drift carries the usual {@code -sigma^2/2} correction so that the
 * simulated prices are martingales after discounting.
 */
public final class CorrelatedPathGenerator {

    private final double[] spots;
    private final double[] drifts;
    private final double[] variances;
    private final double[][] choleskyOfCovariance;
    private final int steps;
    private final double dt;

    /**
     * @param drifts risk-neutral drift per asset, {@code r - q}
     * @param vols annual volatility per asset
     * @param correlation correlation matrix, symmetric positive definite
     * @param maturity length of the simulated horizon in years
     */
    public CorrelatedPathGenerator(
            double[] spots, double[] drifts, double[] vols, double[][] correlation, double maturity, int steps) {
        int n = spots.length;
        if (drifts.length != n || vols.length != n || correlation.length != n) {
            throw new IllegalArgumentException("inputs must all describe " + n + " assets");
        }
        if (steps <= 0 || maturity <= 0) {
            throw new IllegalArgumentException("need a positive maturity and step count");
        }
        this.spots = spots.clone();
        this.drifts = drifts.clone();
        this.variances = new double[n];
        for (int i = 0; i < n; i++) {
            variances[i] = vols[i] * vols[i];
        }
        this.choleskyOfCovariance = LinearAlgebra.cholesky(LinearAlgebra.covariance(vols, correlation));
        this.steps = steps;
        this.dt = maturity / steps;
    }

    public int assets() {
        return spots.length;
    }

    public int steps() {
        return steps;
    }

    public double dt() {
        return dt;
    }

    /**
     * Fills {@code paths[asset][0..steps]} with one scenario. With {@code antithetic} set, uses
     * the negated shocks of the previous call's draws, which lowers the estimator's variance for
     * payoffs monotone in the underlying.
     *
     * @param shocks scratch space of {@code steps * assets} draws, reused between the two halves
     *     of an antithetic pair
     */
    public void nextPaths(SplittableRandom random, double[][] paths, double[] shocks, boolean antithetic) {
        int n = spots.length;
        if (!antithetic) {
            for (int i = 0; i < shocks.length; i++) {
                shocks[i] = gaussian(random);
            }
        }
        double sqrtDt = Math.sqrt(dt);
        double[] z = new double[n];
        double[] correlated = new double[n];
        double[] logPrice = new double[n];
        for (int a = 0; a < n; a++) {
            logPrice[a] = Math.log(spots[a]);
            paths[a][0] = spots[a];
        }
        for (int step = 0; step < steps; step++) {
            int base = step * n;
            for (int a = 0; a < n; a++) {
                z[a] = antithetic ? -shocks[base + a] : shocks[base + a];
            }
            LinearAlgebra.multiplyLower(choleskyOfCovariance, z, correlated);
            for (int a = 0; a < n; a++) {
                logPrice[a] += (drifts[a] - 0.5 * variances[a]) * dt + correlated[a] * sqrtDt;
                paths[a][step + 1] = Math.exp(logPrice[a]);
            }
        }
    }

    /** Marsaglia's polar method; {@link SplittableRandom} has no Gaussian of its own in Java 17. */
    private static double gaussian(SplittableRandom random) {
        double u;
        double v;
        double s;
        do {
            u = random.nextDouble(-1.0, 1.0);
            v = random.nextDouble(-1.0, 1.0);
            s = u * u + v * v;
        } while (s >= 1.0 || s == 0.0);
        return u * Math.sqrt(-2.0 * Math.log(s) / s);
    }
}
