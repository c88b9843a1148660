package io.github.rustfit.sample.pricing;

/** The standard normal distribution. */
public final class NormalDistribution {

    private static final double INV_SQRT_2PI = 0.3989422804014327;

    private NormalDistribution() {}

    public static double pdf(double x) {
        return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
    }

    /**
     * Cumulative distribution, by Hart's rational approximation as given by West ("Better
     * approximations to cumulative normal functions", 2005): accurate to double precision, which
     * the cheaper Abramowitz-Stegun polynomial is not far in the tails.
     */
    public static double cdf(double x) {
        double z = Math.abs(x);
        double c;
        if (z > 37.0) {
            c = 0.0;
        } else {
            double e = Math.exp(-z * z / 2.0);
            if (z < 7.07106781186547) {
                double n = 3.52624965998911e-02 * z + 0.700383064443688;
                n = n * z + 6.37396220353165;
                n = n * z + 33.912866078383;
                n = n * z + 112.079291497871;
                n = n * z + 221.213596169931;
                n = n * z + 220.206867912376;
                double d = 8.83883476483184e-02 * z + 1.75566716318264;
                d = d * z + 16.064177579207;
                d = d * z + 86.7807322029461;
                d = d * z + 296.564248779674;
                d = d * z + 637.333633378831;
                d = d * z + 793.826512519948;
                d = d * z + 440.413735824752;
                c = e * n / d;
            } else {
                double f = z + 0.65;
                f = z + 4.0 / f;
                f = z + 3.0 / f;
                f = z + 2.0 / f;
                f = z + 1.0 / f;
                c = e / f / 2.506628274631;
            }
        }
        return x <= 0 ? c : 1.0 - c;
    }

    /**
     * Inverse of the cumulative distribution by Acklam's algorithm (relative error about 1e-9),
     * used to turn uniform quasi-random numbers into normal draws.
     */
    public static double inverseCdf(double p) {
        if (!(p > 0.0 && p < 1.0)) {
            throw new IllegalArgumentException("p must be in (0, 1): " + p);
        }
        final double[] a = {
            -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
            1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00
        };
        final double[] b = {
            -5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
            6.680131188771972e+01, -1.328068155288572e+01
        };
        final double[] c = {
            -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
            -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00
        };
        final double[] d = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00};
        final double low = 0.02425;
        if (p < low) {
            double q = Math.sqrt(-2 * Math.log(p));
            return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        if (p > 1 - low) {
            double q = Math.sqrt(-2 * Math.log(1 - p));
            return -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        double q = p - 0.5;
        double r = q * q;
        return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
                / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    }
}
