package io.github.rustfit.core.criteria;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Locale;

/**
 * Figures printed beside the cuts they were compared with. A figure is rounded as usual (one
 * decimal for a density, none for a percentage), but never onto or across a cut it was compared
 * with: 16.95 beside a cut of 17 prints as {@code 16.95}, not {@code 17.0}, so a sentence never
 * reads "17.0, not dense enough" against a threshold of 17. Where two more decimals still do not
 * keep it apart, it is rounded toward the side of the cut it lies on.
 */
public final class Figures {

    /** Decimals added, at most, to keep a figure off its cut before rounding toward its side. */
    private static final int MORE_DECIMALS = 2;

    private Figures() {}

    /**
     * A density per 1000 lines with one decimal, or as many more as keep it on its own side of each
     * of {@code cuts}: {@code density(16.95, 17)} is {@code "16.95"}, {@code density(16.94, 8)} is
     * {@code "16.9"}.
     */
    public static String density(double value, double... cuts) {
        return beside(value, 1, cuts);
    }

    /**
     * A density of {@code criterion}'s evidence, kept apart from the densities at which its
     * evidence counts as weak and as strong, and from {@code more} cuts (those of a sum it is part
     * of, so the part and the sum are printed alike where they are equal).
     */
    public static String density(Criterion criterion, double value, double... more) {
        double[] cuts = Arrays.copyOf(more, more.length + 2);
        cuts[more.length] = Thresholds.weak(criterion);
        cuts[more.length + 1] = Thresholds.strong(criterion);
        return density(value, cuts);
    }

    /**
     * A share as a whole percentage, with a % sign, or with as many decimals as keep it on its
     * own side of each of {@code cuts} (shares too): {@code percent(0.4996, 0.5)} is {@code
     * "49.96%"}.
     */
    public static String percent(double share, double... cuts) {
        double[] scaled = new double[cuts.length];
        for (int i = 0; i < cuts.length; i++) {
            scaled[i] = cuts[i] * 100;
        }
        return beside(share * 100, 0, scaled) + "%";
    }

    private static String beside(double value, int decimals, double... cuts) {
        if (!Double.isFinite(value)) {
            return format(value, decimals);
        }
        for (int d = decimals; d <= decimals + MORE_DECIMALS; d++) {
            String shown = format(value, d);
            if (sameSides(value, new BigDecimal(shown), cuts)) {
                return shown;
            }
        }
        // a cut closer than the last decimal: round toward the side the value lies on
        int d = decimals + MORE_DECIMALS;
        BigDecimal exact = BigDecimal.valueOf(value);
        for (double cut : cuts) {
            if (Double.isFinite(cut) && value != cut) {
                BigDecimal shown = exact.setScale(d, value < cut ? RoundingMode.FLOOR : RoundingMode.CEILING);
                if (sameSides(value, shown, cuts)) {
                    return shown.toPlainString();
                }
            }
        }
        return format(value, d);
    }

    /** True when {@code shown} lies below, on or above each cut as {@code value} does. */
    private static boolean sameSides(double value, BigDecimal shown, double... cuts) {
        for (double cut : cuts) {
            if (Double.isFinite(cut)
                    && Integer.signum(shown.compareTo(BigDecimal.valueOf(cut)))
                            != Integer.signum(Double.compare(value, cut))) {
                return false;
            }
        }
        return true;
    }

    private static String format(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
