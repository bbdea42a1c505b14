package dev.jawait.bench;

import dev.jawait.CellResult;
import dev.jawait.Session;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * What running cells on the session's cell thread costs: warm {@code 1 + 1} through
 * {@code Session.execute} in a session with the default runner (the cell is handed to the
 * session's virtual cell thread and its result back) against a session under {@code sync}, where
 * it runs on the calling thread — the path every cell that does not await took before the cell
 * thread. Both in this JVM, evaluations alternating and the order flipping each round, so that
 * the machine's noise falls on both; optionally under load ({@link CpuLoad}). The same for the
 * time from {@code interrupt()} to the result of a cell running {@code while (true) { }} (a tenth
 * of the rounds). Prints the medians and the 10th and 90th percentiles of each, and their differences.
 *
 * <p>Arguments: results file, warm-up rounds, measured rounds, and {@code --load} to measure under load.
 * A program's entry point: not for use from several threads.
 */
public final class CellThreadBench {
    private CellThreadBench() {}

    public static void main(String[] args) throws Exception {
        Results results = new Results(Path.of(args[0]));
        int warm = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        boolean underLoad = args.length > 3 && args[3].equals("--load");
        Process load = underLoad ? CpuLoad.start() : null;
        String when = underLoad ? "loaded" : "unloaded";
        try (Session handedOver = Session.builder().build(); Session onCaller = Session.builder().runner("sync").build()) {
            compare(results, when, "1 + 1", handedOver, onCaller, warm, rounds, CellThreadBench::time);
            compare(results, when, "stop a loop", handedOver, onCaller, warm / 10, rounds / 10, CellThreadBench::stop);
        } finally {
            if (load != null) {
                CpuLoad.stop(load);
            }
        }
        System.exit(0);
    }

    /** One measurement of a session, in ms. */
    private interface Measure {
        double of(Session session) throws Exception;
    }

    private static void compare(Results results, String when, String what, Session handedOver, Session onCaller,
                                int warm, int rounds, Measure measure) throws Exception {
        Alternation.Samples samples = Alternation.run(warm, rounds, () -> measure.of(handedOver), () -> measure.of(onCaller));
        double[] cellThread = samples.first();
        double[] callingThread = samples.second();
        String id = "cell-thread." + what.replace(' ', '-') + "." + when;
        results.record(id + ".virtual", "ms", cellThread, what + " on the session's cell thread");
        results.record(id + ".sync", "ms", callingThread, what + " on the calling thread");
        System.out.println(String.format(Locale.ROOT, "| %s | %s | %d | %s | %s | %s |", what, when, rounds,
                summary(cellThread), summary(callingThread), difference(cellThread, callingThread)));
    }

    /** From {@code interrupt()} to the result of a cell that loops, once it loops. */
    private static double stop(Session session) throws Exception {
        java.util.concurrent.CountDownLatch looping = new java.util.concurrent.CountDownLatch(1);
        session.bind("looping", looping);
        var cell = session.submit("{ looping.countDown(); while (true) { } }", dev.jawait.ExecutionMode.INTERACTIVE);
        looping.await();
        long t0 = System.nanoTime();
        session.interrupt();
        CellResult result = cell.get();
        double ms = (System.nanoTime() - t0) / 1e6;
        if (result.status() != dev.jawait.CellStatus.INTERRUPTED) {
            throw new IllegalStateException("the loop ended " + result);
        }
        return ms;
    }

    private static double time(Session session) {
        long t0 = System.nanoTime();
        CellResult result = session.execute("1 + 1");
        double ms = (System.nanoTime() - t0) / 1e6;
        if (!(result instanceof CellResult.Value value) || !value.text().equals("2")) {
            throw new IllegalStateException("1 + 1 gave " + result);
        }
        return ms;
    }

    private static String summary(double[] samples) {
        double[] sorted = sorted(samples);
        return String.format(Locale.ROOT, "%.2f ms (p10 %.2f, p90 %.2f)", Results.median(sorted),
                percentile(sorted, 0.1), percentile(sorted, 0.9));
    }

    private static String difference(double[] a, double[] b) {
        double[] x = sorted(a);
        double[] y = sorted(b);
        return String.format(Locale.ROOT, "%+.2f ms (p10 %+.2f, p90 %+.2f)", Results.median(x) - Results.median(y),
                percentile(x, 0.1) - percentile(y, 0.1), percentile(x, 0.9) - percentile(y, 0.9));
    }

    private static double[] sorted(double[] samples) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        return sorted;
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    }
}
