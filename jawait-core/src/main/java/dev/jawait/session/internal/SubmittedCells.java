package dev.jawait.session.internal;

import dev.jawait.engine.internal.CellRun;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The cells of a session from the moment they are submitted: the one running, and those waiting
 * for it. An interrupt stops the running cell, or when none runs yet, the first one waiting (it
 * was submitted, say, and is still waiting for the session's lock, or its syntax is being
 * checked): once a cell is submitted, no interrupt meant for it is lost. Cells submitted to run
 * later run on the session's own thread, one after another.
 *
 * <p>Thread-safe.
 */
public final class SubmittedCells {
    private final Deque<CellRun> waiting = new ArrayDeque<>();
    private CellRun running;
    private ExecutorService sessionThread;

    /** A new cell's stop token, registered as waiting. */
    public synchronized CellRun submit() {
        CellRun run = new CellRun();
        waiting.addLast(run);
        return run;
    }

    /** The cell starts running (it holds the session's lock). */
    public synchronized void start(CellRun run) {
        waiting.remove(run);
        running = run;
    }

    /** The cell has ended (or never started). */
    public synchronized void finish(CellRun run) {
        waiting.remove(run);
        if (running == run) {
            running = null;
        }
    }

    /** A cell that was interrupted, and what that interrupt did to it. */
    public record Interrupted(CellRun cell, CellRun.Escalation escalation) {}

    /**
     * One more interrupt of the running cell, or when none runs yet, of the first waiting one
     * (see {@link CellRun#interrupt()}); null when there is no cell.
     */
    public Interrupted interrupt() {
        CellRun target;
        synchronized (this) {
            target = running != null ? running : waiting.peekFirst();
        }
        return target == null ? null : new Interrupted(target, target.interrupt());
    }

    /** The running cell, or null. */
    public synchronized CellRun running() {
        return running;
    }

    /**
     * Runs {@code cell} (already {@link #submit() submitted} as {@code run}) on the session's own
     * thread; the future completes with what it returns.
     */
    public <T> CompletableFuture<T> runLater(CellRun run, Supplier<T> cell) {
        try {
            return CompletableFuture.supplyAsync(cell, sessionThread());
        } catch (RuntimeException e) { // the session is closed
            finish(run);
            throw e;
        }
    }

    private synchronized ExecutorService sessionThread() {
        if (sessionThread == null) {
            sessionThread = Executors.newSingleThreadExecutor(task -> {
                Thread thread = new Thread(task, "jawait-session");
                thread.setDaemon(true);
                return thread;
            });
        }
        return sessionThread;
    }

    /** Stops the session's thread (the session is closing). */
    public synchronized void close() {
        if (sessionThread != null) {
            sessionThread.shutdownNow();
        }
    }

    /** Whether a cell runs or waits to run. */
    public synchronized boolean isBusy() {
        return running != null || !waiting.isEmpty();
    }
}
