package dev.jawait.magic.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Formats a duration the way IPython's {@code %time} and {@code %timeit} do: three significant
 * digits in the largest unit that keeps the number at least 1 ({@code 201 ms}, {@code 4.1 µs},
 * {@code 52 ns}), and {@code 1min 5s} style from a minute on.
 *
 * <p>Stateless and thread-safe.
 */
final class TimeFormat {
    private static final String[] UNITS = {"s", "ms", "µs", "ns"};
    private static final double[] SCALING = {1, 1e3, 1e6, 1e9};

    private TimeFormat() {}

    /** {@code seconds} as IPython prints it, with three significant digits. */
    static String format(double seconds) {
        if (seconds >= 60.0) {
            return minutes(seconds);
        }
        int order = seconds > 0.0 ? Math.min(-Math.floorDiv((int) Math.floor(Math.log10(seconds)), 3), 3) : 3;
        return significant(seconds * SCALING[order]) + " " + UNITS[order];
    }

    private static String minutes(double seconds) {
        long[] lengths = {86_400, 3_600, 60, 1};
        String[] suffixes = {"d", "h", "min", "s"};
        List<String> parts = new ArrayList<>();
        double leftover = seconds;
        for (int i = 0; i < lengths.length; i++) {
            long value = (long) (leftover / lengths[i]);
            if (value > 0) {
                leftover = leftover % lengths[i];
                parts.add(value + suffixes[i]);
            }
            if (leftover < 1) {
                break;
            }
        }
        return String.join(" ", parts);
    }

    /** Python's {@code "%.3g"} for numbers from 1 to 1000 (no exponent, trailing zeros dropped). */
    private static String significant(double value) {
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(3));
        return rounded.stripTrailingZeros().toPlainString();
    }
}
