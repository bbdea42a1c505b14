package dev.jawait.bench;

import dev.jawait.CellResult;
import dev.jawait.CellStatus;
import dev.jawait.ExecutionMode;
import dev.jawait.Session;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import jdk.jshell.JShell;

/**
 * Figure 4: time from a stop request to the running cell's result, for each kind of running
 * cell: {@code Session.interrupt()} in jawait, {@code JShell.stop()} on the stock local engine.
 * Each run lets the cell run {@value #RUNNING_MS} ms first; one unrecorded warm-up run per kind.
 *
 * <p>Arguments: results file, measured runs per kind.
 */
public final class InterruptBench {
    static final long RUNNING_MS = 200;
    static final long TIMEOUT_MS = 2_000;
    /** Depth 2,000 on the way down; the last 40 levels branch, so it never finishes. */
    static final String DEEP = "long deep(int n) { return n == 0 ? 1 : deep(n - 1) + (n > 40 ? 0 : deep(n - 1)); }";

    record Kind(String name, String jawaitCell, String stockSnippet) {}

    static final List<Kind> KINDS = List.of(
            new Kind("loop", "while (true) {}", "while (true) {}"),
            new Kind("sleep", "Thread.sleep(600_000)", "Thread.sleep(600_000)"),
            new Kind("await", "await new CompletableFuture<String>()",
                    "dev.jawait.runtime.Await.await(new CompletableFuture<String>())"),
            new Kind("join", "new CompletableFuture<String>().join()", "dev.jawait.bench.Pending.future.join()"),
            new Kind("recursion", "deep(2_000)", "deep(2_000)"));

    private InterruptBench() {}

    public static void main(String[] args) throws Exception {
        Results results = new Results(Path.of(args[0]));
        int runs = Integer.parseInt(args[1]);
        try (Session session = Session.builder().build()) {
            session.execute(DEEP);
            for (Kind kind : KINDS) {
                jawait(results, session, kind, runs);
            }
        }
        ExecutorService evaluator = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().factory());
        JShell shell = StockShell.create();
        StockShell.eval(shell, DEEP, null);
        boolean usable = true;
        for (Kind kind : KINDS) {
            if (usable) {
                usable = stock(results, shell, evaluator, kind, runs);
            } else {
                results.recordMissing("interrupt." + kind.name() + ".jshell",
                        "not measured: an earlier snippet could not be stopped and still holds the shell");
            }
        }
        System.exit(0);
    }

    private static void jawait(Results results, Session session, Kind kind, int runs) throws Exception {
        double[] ms = new double[runs];
        for (int i = -1; i < runs; i++) {
            CompletableFuture<CellResult> future = session.submit(kind.jawaitCell(), ExecutionMode.INTERACTIVE);
            Thread.sleep(RUNNING_MS);
            if (future.isDone()) {
                throw new IllegalStateException("jawait: " + kind.jawaitCell() + " ended by itself: " + future.get());
            }
            long t0 = System.nanoTime();
            session.interrupt();
            CellResult result;
            try {
                result = future.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                results.recordMissing("interrupt." + kind.name() + ".jawait",
                        "not stopped " + TIMEOUT_MS + " ms after interrupt()");
                System.exit(2); // the session is stuck; nothing else can run in it
                return;
            }
            double elapsed = (System.nanoTime() - t0) / 1e6;
            if (result.status() != CellStatus.INTERRUPTED) {
                throw new IllegalStateException("jawait: " + kind.jawaitCell() + " ended " + result.status()
                        + " " + result.errorText());
            }
            if (i >= 0) {
                ms[i] = elapsed;
            }
        }
        results.record("interrupt." + kind.name() + ".jawait", "ms", ms, "Session.interrupt() -> CellResult");
    }

    /** Measures one kind on the stock shell; false when a snippet could not be stopped and still runs. */
    private static boolean stock(Results results, JShell shell, ExecutorService evaluator, Kind kind, int runs)
            throws Exception {
        double[] ms = new double[runs];
        String how = "";
        for (int i = -1; i < runs; i++) {
            Future<?> eval = evaluator.submit(() -> shell.eval(kind.stockSnippet()).getLast());
            Thread.sleep(RUNNING_MS);
            if (eval.isDone()) {
                throw new IllegalStateException("stock JShell: " + kind.stockSnippet() + " ended by itself");
            }
            long t0 = System.nanoTime();
            shell.stop();
            Object event;
            try {
                event = eval.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                Pending.release(); // ends the join kind's snippet; any other kind may run on
                results.recordMissing("interrupt." + kind.name() + ".jshell",
                        "not stoppable: no result " + TIMEOUT_MS + " ms after JShell.stop()");
                try {
                    eval.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
                    return true;
                } catch (TimeoutException stillRunning) {
                    return false; // (seen once with Thread.sleep: stop() came too early and was lost)
                }
            }
            double elapsed = (System.nanoTime() - t0) / 1e6;
            how = ((jdk.jshell.SnippetEvent) event).exception() == null ? "" : "ends with "
                    + ((jdk.jshell.SnippetEvent) event).exception().getClass().getSimpleName();
            if (i >= 0) {
                ms[i] = elapsed;
            }
        }
        results.record("interrupt." + kind.name() + ".jshell", "ms", ms, "JShell.stop() -> eval returns " + how);
        return true;
    }
}
