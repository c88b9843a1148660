package fixtures.numeric;

import org.apache.commons.math3.distribution.NormalDistribution; // expect: numeric.libraries
import org.apache.commons.math3.linear.RealMatrix;
import org.ejml.simple.SimpleMatrix; // expect: numeric.libraries

/** Dense floating-point arithmetic over arrays. */
final class Pricer {

    double[][] multiply(double[][] a, double[][] b) {
        int n = a.length;
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int k = 0; k < n; k++) { // expect: numeric.dense-arrays
                    sum += a[i][k] * b[k][j];
                }
                c[i][j] = sum;
            }
        }
        return c;
    }

    double discount(double rate, double years) {
        return Math.exp(-rate * years); // expect: numeric.math-functions
    }

    double volatility(double[] returns) {
        double mean = 0;
        for (double r : returns) {
            mean += r;
        }
        double variance = 0;
        for (int i = 0; i < returns.length; i++) { // expect: numeric.dense-arrays
            variance += (returns[i] - mean) * (returns[i] - mean);
        }
        return Math.sqrt(variance / returns.length); // expect: numeric.math-functions
    }

    // near-misses: everyday maths helpers, and copying an array is not arithmetic
    int clamp(int value) {
        return Math.max(0, Math.min(100, Math.abs(value)));
    }

    void copy(double[] from, double[] to) {
        for (int i = 0; i < from.length; i++) {
            to[i] = from[i];
        }
    }
}
