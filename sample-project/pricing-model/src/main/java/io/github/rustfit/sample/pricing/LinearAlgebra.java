package io.github.rustfit.sample.pricing;

/** The few dense matrix operations the models need, on row-major {@code double[][]}. */
public final class LinearAlgebra {

    private LinearAlgebra() {}

    /**
     * Cholesky factor of a symmetric positive-definite matrix: the lower-triangular {@code L}
     * with {@code L * L^T = a}.
     *
     * @throws IllegalArgumentException if {@code a} is not symmetric or not positive definite
     *     (for a correlation matrix: inconsistent correlations)
     */
    public static double[][] cholesky(double[][] a) {
        int n = a.length;
        requireSquare(a);
        if (!isSymmetric(a, 1e-12)) {
            throw new IllegalArgumentException("matrix is not symmetric");
        }
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = a[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (sum <= 0) {
                        throw new IllegalArgumentException("matrix is not positive definite (pivot " + i + ")");
                    }
                    l[i][i] = Math.sqrt(sum);
                } else {
                    l[i][j] = sum / l[j][j];
                }
            }
        }
        return l;
    }

    /** {@code out = lower * v} for a lower-triangular matrix, skipping the zero upper half. */
    public static void multiplyLower(double[][] lower, double[] v, double[] out) {
        int n = v.length;
        for (int i = 0; i < n; i++) {
            double sum = 0;
            double[] row = lower[i];
            for (int j = 0; j <= i; j++) {
                sum += row[j] * v[j];
            }
            out[i] = sum;
        }
    }

    public static double[] multiply(double[][] m, double[] v) {
        double[] out = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            double sum = 0;
            for (int j = 0; j < v.length; j++) {
                sum += m[i][j] * v[j];
            }
            out[i] = sum;
        }
        return out;
    }

    public static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length;
        int m = b[0].length;
        int inner = b.length;
        double[][] c = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < inner; k++) {
                double aik = a[i][k];
                for (int j = 0; j < m; j++) {
                    c[i][j] += aik * b[k][j];
                }
            }
        }
        return c;
    }

    public static double[][] transpose(double[][] a) {
        double[][] t = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }

    /** Covariance matrix from volatilities and a correlation matrix: {@code cov[i][j] = s_i s_j rho_ij}. */
    public static double[][] covariance(double[] vols, double[][] correlation) {
        int n = vols.length;
        double[][] cov = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                cov[i][j] = vols[i] * vols[j] * correlation[i][j];
            }
        }
        return cov;
    }

    public static boolean isSymmetric(double[][] a, double tolerance) {
        for (int i = 0; i < a.length; i++) {
            for (int j = i + 1; j < a.length; j++) {
                if (Math.abs(a[i][j] - a[j][i]) > tolerance) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void requireSquare(double[][] a) {
        for (double[] row : a) {
            if (row.length != a.length) {
                throw new IllegalArgumentException("matrix is not square");
            }
        }
    }
}
