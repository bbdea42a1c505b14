package dev.jawait.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;

/**
 * The stop times of one kind of cell for one contender of the interrupt matrix, and which of them
 * a garbage-collection pause fell into (on a loaded 2-core machine a young pause of G1 takes 100–200
 * ms, longer than any stop): so that the table can tell a slow stop from a pause of the JVM.
 *
 * <p>Not thread-safe; one per kind and contender.
 */
final class StopTimings {
    private double[] ms = new double[0];
    private boolean[] paused = new boolean[0];

    /** How many stop-the-world collections this JVM has made so far (concurrent cycles not counted). */
    static long pauses() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .filter(gc -> !gc.getName().contains("Concurrent"))
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    /** One stop took {@code elapsed} ms; {@code pausesBefore} is {@link #pauses()} taken before it. */
    void add(double elapsed, long pausesBefore) {
        ms = Arrays.copyOf(ms, ms.length + 1);
        paused = Arrays.copyOf(paused, paused.length + 1);
        ms[ms.length - 1] = elapsed;
        paused[paused.length - 1] = pauses() != pausesBefore;
    }

    int size() {
        return ms.length;
    }

    double[] samples() {
        return ms.clone();
    }

    double max() {
        return Arrays.stream(ms).max().orElse(Double.NaN);
    }

    /** The largest stop time of the runs no collection fell into. */
    double maxWithoutPause() {
        double max = Double.NaN;
        for (int i = 0; i < ms.length; i++) {
            if (!paused[i] && !(ms[i] <= max)) {
                max = ms[i];
            }
        }
        return max;
    }

    /** "median / p90 / max". */
    String spread() {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        double p90 = sorted[(int) Math.min(sorted.length - 1, Math.floor(0.9 * sorted.length))];
        return format(Results.median(sorted)) + " / " + format(p90) + " / " + format(sorted[sorted.length - 1]);
    }

    /** "max of the runs without a pause (n with one)". */
    String withoutPauses() {
        long hit = 0;
        for (boolean p : paused) {
            hit += p ? 1 : 0;
        }
        return (Double.isNaN(maxWithoutPause()) ? "—" : format(maxWithoutPause())) + " (" + hit + ")";
    }

    static String format(double value) {
        return String.format(Locale.ROOT, value < 10 ? "%.2f" : "%.1f", value) + " ms";
    }
}
