package dev.jawait.bench;

import dev.jawait.CellResult;
import dev.jawait.CellStatus;
import dev.jawait.Session;
import java.nio.file.Path;
import jdk.jshell.JShell;

/**
 * Figure 1: warm latency of one cell through {@code Session.execute} against the same statement
 * through the stock JShell API (local engine) in this JVM. Evaluations alternate, the order
 * flipping each round; medians over the measured rounds.
 *
 * <p>Arguments: results file, warm-up rounds, measured rounds.
 */
public final class LatencyBench {
    private LatencyBench() {}

    public static void main(String[] args) throws Exception {
        Results results = new Results(Path.of(args[0]));
        int warm = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        try (Session session = Session.builder().build(); JShell shell = StockShell.create()) {
            compare(results, "trivial", session, "1 + 1", shell, "1 + 1", "2", warm, rounds);
            compare(results, "await", session, "await CompletableFuture.completedFuture(1)", shell,
                    "dev.jawait.runtime.Await.await(CompletableFuture.completedFuture(1))", "1", warm, rounds);
        }
        System.exit(0); // background pools of both engines must not keep the JVM alive
    }

    private static void compare(Results results, String name, Session session, String cell, JShell shell,
                                String snippet, String expected, int warm, int rounds) {
        double[] jawait = new double[rounds];
        double[] stock = new double[rounds];
        for (int i = 0; i < warm + rounds; i++) {
            double a;
            double b;
            if (i % 2 == 0) {
                a = timeJawait(session, cell, expected);
                b = timeStock(shell, snippet, expected);
            } else {
                b = timeStock(shell, snippet, expected);
                a = timeJawait(session, cell, expected);
            }
            if (i >= warm) {
                jawait[i - warm] = a;
                stock[i - warm] = b;
            }
        }
        results.record("latency." + name + ".jawait", "ms", jawait, "Session.execute(\"" + cell + "\")");
        results.record("latency." + name + ".jshell", "ms", stock, "JShell.eval(\"" + snippet + "\"), local engine");
    }

    private static double timeJawait(Session session, String cell, String expected) {
        long t0 = System.nanoTime();
        CellResult result = session.execute(cell);
        double ms = (System.nanoTime() - t0) / 1e6;
        if (result.status() != CellStatus.OK || !expected.equals(result.valueText())) {
            throw new IllegalStateException("jawait: " + cell + " gave " + result.status() + " "
                    + result.valueText() + " " + result.errorText());
        }
        return ms;
    }

    private static double timeStock(JShell shell, String snippet, String expected) {
        long t0 = System.nanoTime();
        StockShell.eval(shell, snippet, expected);
        return (System.nanoTime() - t0) / 1e6;
    }
}
