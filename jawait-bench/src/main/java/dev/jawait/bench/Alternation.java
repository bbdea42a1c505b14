package dev.jawait.bench;

/**
 * Two measurements taken in turn, the order flipping each round, so that the noise of a shared
 * machine falls on both alike; warm-up rounds first, not kept.
 *
 * <p>Stateless.
 */
final class Alternation {
    private Alternation() {}

    /** One measurement, in ms. */
    @FunctionalInterface
    interface Measure {
        double ms() throws Exception;
    }

    /** The samples of the measured rounds, in round order. */
    record Samples(double[] first, double[] second) {}

    static Samples run(int warm, int rounds, Measure first, Measure second) throws Exception {
        double[] a = new double[rounds];
        double[] b = new double[rounds];
        for (int i = 0; i < warm + rounds; i++) {
            double x;
            double y;
            if (i % 2 == 0) {
                x = first.ms();
                y = second.ms();
            } else {
                y = second.ms();
                x = first.ms();
            }
            if (i >= warm) {
                a[i - warm] = x;
                b[i - warm] = y;
            }
        }
        return new Samples(a, b);
    }
}
