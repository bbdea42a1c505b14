package dev.jawait.bench;

import dev.jawait.CellResult;
import dev.jawait.CellStatus;
import dev.jawait.ExecutionMode;
import dev.jawait.Interruption;
import dev.jawait.Session;
import dev.jawait.ThreadActivity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import jdk.jshell.JShell;
import jdk.jshell.SnippetEvent;

/**
 * Figure 4, the interrupt matrix: for each kind of running cell ({@link InterruptKinds}), the
 * time from a stop request to the cell's result, {@code Session.interrupt()} in jawait against
 * {@code JShell.stop()} on the stock local engine, in the same run, under load (a second process
 * spinning every core, {@link CpuLoad}). Each run waits until the cell is at its code (a marker
 * it counts down) and, for a kind that blocks, until it blocks there ({@code Session.cellThreads()};
 * the stock snippet's thread stack); code that runs is given {@value #RUNNING_MS} ms. Zombie
 * check: each jawait cell ends with {@code zombies.incrementAndGet()}, which must never run (the
 * count is read after the kind's last run and a pause), and the thread that ran it must not be in
 * the cell's code any more (a runner's thread of its own must have ended). One unrecorded warm-up
 * run per kind.
 * Prints the table (markdown) on standard output.
 *
 * <p>Arguments: results file, measured runs per kind, and {@code --no-load} to measure without the load.
 * A program's entry point: not for use from several threads.
 */
public final class InterruptBench {
    static final long RUNNING_MS = 30;
    static final long TIMEOUT_MS = 2_000;
    static final long PATIENCE_S = 60;

    /** One kind's outcome, for the table. */
    record Row(String kind, StopTimings jawait, int zombies, String jawaitNote, StopTimings stock, String stockNote) {}

    private InterruptBench() {}

    public static void main(String[] args) throws Exception {
        Results results = new Results(Path.of(args[0]));
        int runs = Integer.parseInt(args[1]);
        boolean underLoad = !(args.length > 2 && args[2].equals("--no-load"));
        Process load = underLoad ? CpuLoad.start() : null;
        List<Row> rows = new ArrayList<>();
        try {
            List<Row> jawait = jawait(results, runs);
            List<Row> stock = stock(results, runs);
            for (int i = 0; i < jawait.size(); i++) {
                Row j = jawait.get(i);
                Row s = stock.get(i);
                rows.add(new Row(j.kind(), j.jawait(), j.zombies(), j.jawaitNote(), s.stock(), s.stockNote()));
            }
        } finally {
            if (load != null) {
                CpuLoad.stop(load);
            }
        }
        System.out.println(table(rows, runs, underLoad));
        System.exit(0); // the stock shell's stuck snippets, if any, must not keep the JVM alive
    }

    private static List<Row> jawait(Results results, int runs) throws Exception {
        List<Row> rows = new ArrayList<>();
        try (Session session = Session.builder().build()) {
            AtomicInteger zombies = new AtomicInteger();
            Thread[] ranOn = new Thread[1];
            session.bind("zombies", zombies);
            session.bind("ranOn", ranOn);
            for (String setup : InterruptKinds.JAWAIT_SETUP) {
                CellResult result = session.execute(setup);
                if (!result.succeeded()) {
                    throw new IllegalStateException(setup + ": " + result.errorText());
                }
            }
            for (InterruptKinds.Kind kind : InterruptKinds.ALL) {
                StopTimings timings = new StopTimings();
                int threadsLeft = 0;
                String failure = null;
                int zombiesBefore = zombies.get();
                for (int i = -1; i < runs && failure == null; i++) {
                    CountDownLatch reached = new CountDownLatch(1);
                    session.bind("reached", reached);
                    CompletableFuture<CellResult> cell = session.submit("ranOn[0] = Thread.currentThread();\n{ reached.countDown(); "
                            + statement(kind.jawait()) + " }\nzombies.incrementAndGet();", ExecutionMode.INTERACTIVE);
                    awaitReached(reached, cell, "jawait: " + kind.name());
                    atTheCode(session, kind);
                    long pauses = StopTimings.pauses();
                    long t0 = System.nanoTime();
                    session.interrupt();
                    CellResult result;
                    try {
                        result = cell.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
                    } catch (TimeoutException e) {
                        failure = "not stopped " + TIMEOUT_MS + " ms after interrupt()";
                        giveUp(session, cell);
                        break;
                    }
                    double elapsed = (System.nanoTime() - t0) / 1e6;
                    require(result.status() == CellStatus.INTERRUPTED,
                            "jawait: " + kind.name() + " ended " + result.status() + " " + result.errorText());
                    if (stillInTheCell(ranOn[0])) {
                        threadsLeft++;
                    }
                    if (i >= 0) {
                        timings.add(elapsed, pauses);
                    }
                }
                Thread.sleep(100); // anything of the cells that would still run, runs now
                int kindZombies = zombies.get() - zombiesBefore + threadsLeft;
                String note = "Session.interrupt() -> CellResult; " + kindZombies + " zombies";
                String id = "interrupt." + kind.name().replace(' ', '-') + ".jawait";
                if (timings.size() == runs) {
                    results.record(id, "ms", timings.samples(), note);
                } else {
                    results.recordMissing(id, (failure != null ? failure : "not stopped") + "; " + note);
                }
                results.record("interrupt." + kind.name().replace(' ', '-') + ".zombies", "cells",
                        new double[] {kindZombies}, "rest of an interrupted cell that ran, or its thread left running");
                rows.add(new Row(kind.name(), timings, kindZombies, failure == null ? "" : failure, null, null));
            }
        }
        return rows;
    }

    /**
     * Whether the thread that ran a stopped cell still runs snippet code: a runner's thread of its
     * own must end; the session's cell thread, which runs the next cells, must have left the cell's code.
     */
    private static boolean stillInTheCell(Thread thread) throws InterruptedException {
        if (!thread.getName().startsWith("jawait-cells-")) {
            thread.join(TIMEOUT_MS);
        }
        return thread.isAlive() && Arrays.stream(thread.getStackTrace()).anyMatch(f -> f.getClassName().startsWith("REPL."));
    }

    /** Waits until a cell (or snippet) has counted down {@code reached}; fails if it ended first. */
    private static void awaitReached(CountDownLatch reached, Future<?> running, String who) throws InterruptedException {
        waitUntil(() -> {
            if (running.isDone() && reached.getCount() > 0) {
                throw new IllegalStateException(who + " ended first: " + outcome(running));
            }
            return reached.getCount() == 0;
        }, who + " never started");
    }

    private static String outcome(Future<?> done) {
        try {
            return String.valueOf(done.get());
        } catch (Exception e) {
            return e.toString();
        }
    }

    /** Waits until the cell is at its code: blocked in its call, or running for a while. */
    private static void atTheCode(Session session, InterruptKinds.Kind kind) throws InterruptedException {
        if (kind.call() == null) {
            Thread.sleep(RUNNING_MS);
            return;
        }
        waitUntil(() -> session.cellThreads().stream().anyMatch(t -> blockedIn(t, kind.call())),
                "jawait: " + kind.name() + " never blocked in " + kind.call());
    }

    private static boolean blockedIn(ThreadActivity thread, String call) {
        if (call.equals("await")) {
            return thread.awaiting().isPresent();
        }
        return thread.waits() && thread.call().filter(call::equals).isPresent();
    }

    /** A cell that did not stop: abandon it, so the session can measure the next kind. */
    private static void giveUp(Session session, CompletableFuture<CellResult> cell) throws Exception {
        for (int i = 0; i < 3 && !cell.isDone(); i++) {
            Interruption interruption = session.interrupt();
            System.err.println("  " + interruption.message().orElse(interruption.toString()));
        }
        cell.get(PATIENCE_S, TimeUnit.SECONDS);
    }

    private static List<Row> stock(Results results, int runs) throws Exception {
        List<Row> rows = new ArrayList<>();
        ExecutorService evaluator = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().factory());
        JShell shell = StockShell.create();
        StockShell.eval(shell, InterruptKinds.DEEP_STOCK, null);
        Pending.prepare();
        for (InterruptKinds.Kind kind : InterruptKinds.ALL) {
            StopTimings timings = new StopTimings();
            String note = "";
            String id = "interrupt." + kind.name().replace(' ', '-') + ".jshell";
            for (int i = -1; i < runs; i++) {
                Pending.nextRun();
                String snippet = "{ dev.jawait.bench.Pending.ranOn = Thread.currentThread();"
                        + " dev.jawait.bench.Pending.reached.countDown(); " + statement(kind.stock()) + " }";
                Future<SnippetEvent> eval = evaluator.submit(() -> shell.eval(snippet).getFirst());
                awaitReached(Pending.reached, eval, "stock: " + kind.name());
                if (kind.stockAt() == null) {
                    Thread.sleep(RUNNING_MS);
                } else {
                    waitUntil(() -> {
                        if (eval.isDone()) {
                            throw new IllegalStateException("stock: " + kind.name() + " ended first: " + describe(eval));
                        }
                        return Arrays.stream(Pending.ranOn.getStackTrace())
                                .anyMatch(f -> (f.getClassName() + "." + f.getMethodName()).startsWith(kind.stockAt()));
                    }, "stock: " + kind.name() + " never blocked in " + kind.stockAt());
                }
                long pauses = StopTimings.pauses();
                long t0 = System.nanoTime();
                shell.stop();
                SnippetEvent event;
                try {
                    event = eval.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    note = "not stoppable: no result " + TIMEOUT_MS + " ms after JShell.stop()";
                    Pending.release(Pending.ranOn);
                    eval.get(PATIENCE_S, TimeUnit.SECONDS);
                    Pending.rearm();
                    break;
                }
                double elapsed = (System.nanoTime() - t0) / 1e6;
                if (i >= 0) {
                    timings.add(elapsed, pauses);
                    note = "JShell.stop() -> eval returns" + (event.exception() == null ? ""
                            : " (ends with " + event.exception().getClass().getSimpleName() + ")");
                }
            }
            if (timings.size() == runs) {
                results.record(id, "ms", timings.samples(), note);
            } else {
                results.recordMissing(id, note);
            }
            rows.add(new Row(kind.name(), null, 0, null, timings, note));
        }
        Pending.closeQuietly();
        return rows;
    }

    private static String table(List<Row> rows, int runs, boolean underLoad) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Interrupt matrix: %d runs per kind%s; %d cores, load average at the end"
                + " %s; target: every run stopped, 0 zombies, max < 100 ms%n%n", runs,
                underLoad ? ", under load (every core spun by a second process)" : "",
                Runtime.getRuntime().availableProcessors(), loadAverage()));
        out.append("| kind | jawait: median / p90 / max | its max without a GC pause (runs with one) | stopped | zombies"
                + " | JShell.stop(): median / p90 / max | its max without a GC pause (runs with one) | target |\n");
        out.append("|---|---|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            boolean allStopped = row.jawait().size() == runs;
            boolean clean = allStopped && row.zombies() == 0;
            String target = !clean ? "FAIL" : row.jawait().max() < 100 ? "PASS"
                    : row.jawait().maxWithoutPause() < 100 ? "FAIL (only in a GC pause)" : "FAIL";
            boolean stockStopped = row.stock().size() == runs;
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %d/%d | %d | %s | %s | %s |%n", row.kind(),
                    allStopped ? row.jawait().spread() : row.jawaitNote(), allStopped ? row.jawait().withoutPauses() : "—",
                    row.jawait().size(), runs, row.zombies(),
                    stockStopped ? row.stock().spread() : "never (" + row.stockNote() + ")",
                    stockStopped ? row.stock().withoutPauses() : "—", target));
        }
        return out.toString();
    }

    private static String loadAverage() {
        try {
            String[] fields = java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String describe(Future<SnippetEvent> eval) {
        try {
            SnippetEvent event = eval.get();
            return event.status() + " " + (event.exception() instanceof jdk.jshell.EvalException e
                    ? e.getExceptionClassName() + ": " + e.getMessage() : event.exception()) + " " + event.value();
        } catch (Exception e) {
            return e.toString();
        }
    }

    /** The code as a statement in a block: no {@code ;} after a block (one after an endless loop is unreachable). */
    private static String statement(String code) {
        return code.strip().endsWith("}") ? code : code + ";";
    }

    private static void waitUntil(BooleanSupplier condition, String failure) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_S);
        while (!condition.getAsBoolean()) {
            require(System.nanoTime() < deadline, failure);
            Thread.sleep(1);
        }
    }

    private static void require(boolean condition, String failure) {
        if (!condition) {
            throw new IllegalStateException(failure);
        }
    }
}
