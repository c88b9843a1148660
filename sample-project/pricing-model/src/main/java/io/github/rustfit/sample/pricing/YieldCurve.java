package io.github.rustfit.sample.pricing;

import java.util.Arrays;

/**
 * A zero-coupon yield curve given by continuously compounded zero rates at pillar tenors.
 * Between pillars the curve is interpolated; beyond the last pillar the last zero rate is held
 * flat, and before the first the first rate is used.
 */
public final class YieldCurve {

    public enum Interpolation {
        /** Linear in the zero rate: simple, but forwards jump at every pillar. */
        LINEAR_ZERO,
        /** Linear in log discount factor: piecewise-constant forward rates. */
        LOG_LINEAR_DISCOUNT,
        /** Natural cubic spline through the zero rates: smooth forwards, may overshoot. */
        CUBIC_ZERO
    }

    private final double[] tenors;
    private final double[] zeroRates;
    private final Interpolation interpolation;
    private final double[] splineSecondDerivatives;

    public YieldCurve(double[] tenors, double[] zeroRates, Interpolation interpolation) {
        if (tenors.length == 0 || tenors.length != zeroRates.length) {
            throw new IllegalArgumentException("need as many rates as tenors, at least one");
        }
        for (int i = 0; i < tenors.length; i++) {
            if (tenors[i] <= 0 || (i > 0 && tenors[i] <= tenors[i - 1])) {
                throw new IllegalArgumentException("tenors must be positive and strictly increasing");
            }
        }
        this.tenors = tenors.clone();
        this.zeroRates = zeroRates.clone();
        this.interpolation = interpolation;
        this.splineSecondDerivatives = interpolation == Interpolation.CUBIC_ZERO ? naturalSpline(tenors, zeroRates) : null;
    }

    /** Bootstraps zero rates from par yields of annual-coupon bonds at whole-year tenors 1..n. */
    public static YieldCurve fromAnnualParYields(double[] parYields, Interpolation interpolation) {
        int n = parYields.length;
        double[] tenors = new double[n];
        double[] zeros = new double[n];
        double[] discount = new double[n];
        for (int i = 0; i < n; i++) {
            double coupon = parYields[i];
            double annuity = 0;
            for (int j = 0; j < i; j++) {
                annuity += discount[j];
            }
            discount[i] = (1 - coupon * annuity) / (1 + coupon);
            tenors[i] = i + 1;
            zeros[i] = -Math.log(discount[i]) / tenors[i];
        }
        return new YieldCurve(tenors, zeros, interpolation);
    }

    public double zeroRate(double t) {
        if (t <= tenors[0]) {
            return zeroRates[0];
        }
        int last = tenors.length - 1;
        if (t >= tenors[last]) {
            return zeroRates[last];
        }
        int i = segment(t);
        double t0 = tenors[i];
        double t1 = tenors[i + 1];
        double w = (t - t0) / (t1 - t0);
        return switch (interpolation) {
            case LINEAR_ZERO -> zeroRates[i] + w * (zeroRates[i + 1] - zeroRates[i]);
            case LOG_LINEAR_DISCOUNT -> {
                double logDf = (1 - w) * (-zeroRates[i] * t0) + w * (-zeroRates[i + 1] * t1);
                yield -logDf / t;
            }
            case CUBIC_ZERO -> spline(i, t);
        };
    }

    public double discountFactor(double t) {
        if (t <= 0) {
            return 1.0;
        }
        return Math.exp(-zeroRate(t) * t);
    }

    /** Continuously compounded forward rate between {@code t1} and {@code t2}. */
    public double forwardRate(double t1, double t2) {
        if (t2 <= t1) {
            throw new IllegalArgumentException("t2 must be after t1");
        }
        return Math.log(discountFactor(t1) / discountFactor(t2)) / (t2 - t1);
    }

    /** The same curve moved in parallel by {@code bp} basis points, for DV01-style risk. */
    public YieldCurve shifted(double bp) {
        double[] bumped = zeroRates.clone();
        for (int i = 0; i < bumped.length; i++) {
            bumped[i] += bp / 10_000.0;
        }
        return new YieldCurve(tenors, bumped, interpolation);
    }

    private int segment(double t) {
        int idx = Arrays.binarySearch(tenors, t);
        return idx >= 0 ? Math.min(idx, tenors.length - 2) : -idx - 2;
    }

    private double spline(int i, double t) {
        double h = tenors[i + 1] - tenors[i];
        double a = (tenors[i + 1] - t) / h;
        double b = (t - tenors[i]) / h;
        double[] m = splineSecondDerivatives;
        return a * zeroRates[i]
                + b * zeroRates[i + 1]
                + ((a * a * a - a) * m[i] + (b * b * b - b) * m[i + 1]) * h * h / 6.0;
    }

    /** Second derivatives of the natural cubic spline, by the tridiagonal (Thomas) algorithm. */
    private static double[] naturalSpline(double[] x, double[] y) {
        int n = x.length;
        double[] m = new double[n];
        if (n < 3) {
            return m;
        }
        double[] u = new double[n];
        for (int i = 1; i < n - 1; i++) {
            double sig = (x[i] - x[i - 1]) / (x[i + 1] - x[i - 1]);
            double p = sig * m[i - 1] + 2.0;
            m[i] = (sig - 1.0) / p;
            double slopeDiff = (y[i + 1] - y[i]) / (x[i + 1] - x[i]) - (y[i] - y[i - 1]) / (x[i] - x[i - 1]);
            u[i] = (6.0 * slopeDiff / (x[i + 1] - x[i - 1]) - sig * u[i - 1]) / p;
        }
        m[n - 1] = 0.0;
        for (int k = n - 2; k >= 0; k--) {
            m[k] = m[k] * m[k + 1] + u[k];
        }
        return m;
    }
}
