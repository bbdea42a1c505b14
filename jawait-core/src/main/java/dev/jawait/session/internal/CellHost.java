package dev.jawait.session.internal;

import dev.jawait.engine.internal.CellRun;
import dev.jawait.engine.internal.OutputRouter;
import dev.jawait.runtime.SessionEnvironment;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The virtual thread a session's cells run on (under every runner but {@code sync}), one for all
 * of them while the caller waits, so that what a cell leaves on its thread (a thread-local, a
 * lock it holds) is there for the next cell, as it was on the caller's thread. On a virtual
 * thread blocking socket operations ({@code accept}, {@code read}) answer an interrupt, which on
 * a platform thread they do not; and a cell that still does not stop can be abandoned: the wait
 * ends, the thread is left where it is (see {@link CellRun}), and later cells get a new one.
 * An interrupt of the waiting thread is passed on to the cell's thread, as the built-in runners
 * pass it on; the caller's output target (with its tag) and session environment ({@code %cd},
 * {@code %env}) go with each cell, and nothing else of the caller's thread-locals: the thread
 * inherits none, so that no cell sees the first caller's.
 *
 * <p>Thread-safe; the session runs one cell at a time on it.
 */
final class CellHost implements AutoCloseable {
    private static final AtomicInteger THREADS = new AtomicInteger();

    private ExecutorService thread; // guarded by this; null until the first cell and after an abandonment
    private volatile Thread current;

    /**
     * Runs {@code body} on the cells' thread and waits until it has ended or {@code run} was abandoned.
     *
     * @return false when the cell was abandoned (its thread still runs it)
     * @throws Exception what {@code body} threw, unchanged
     */
    boolean run(CellRun run, Callable<?> body) throws Exception {
        if (Thread.currentThread() == current) {
            body.call(); // a cell's own code asked for code to run: it runs where it is
            return true;
        }
        OutputRouter.Target output = OutputRouter.current();
        SessionEnvironment environment = SessionEnvironment.current(); // %cd, %env: what cwd() and env() see
        CompletableFuture<Object> ended = new CompletableFuture<>();
        AtomicReference<Thread> runner = new AtomicReference<>();
        ExecutorService executor = executor();
        run.hostedElsewhere(true);
        try {
            executor.execute(() -> {
                Thread.interrupted(); // an interrupt meant for the previous cell, arrived late
                runner.set(Thread.currentThread());
                OutputRouter.Target previous = OutputRouter.enter(output);
                SessionEnvironment outer = SessionEnvironment.enter(environment);
                try {
                    ended.complete(body.call());
                } catch (Throwable t) {
                    ended.completeExceptionally(t);
                } finally {
                    SessionEnvironment.restore(outer);
                    OutputRouter.restore(previous);
                    runner.set(null);
                }
            });
            waitForwardingInterrupts(CompletableFuture.anyOf(ended, run.abandonment()), runner);
        } finally {
            run.hostedElsewhere(false);
        }
        if (!ended.isDone()) {
            abandon(executor);
            return false;
        }
        try {
            ended.get();
        } catch (ExecutionException e) {
            throw CellHost.<Exception>sneaky(e.getCause());
        }
        return true;
    }

    private synchronized ExecutorService executor() {
        if (thread == null) {
            thread = Executors.newSingleThreadExecutor(task -> {
                // nothing inherited from the caller of the first cell: each cell's output target is
                // handed over as it starts, and what it spawns inherits that
                Thread cells = Thread.ofVirtual().name("jawait-cells-" + THREADS.incrementAndGet())
                        .inheritInheritableThreadLocals(false).unstarted(task);
                current = cells;
                return cells;
            });
        }
        return thread;
    }

    /** The thread is left to the abandoned cell: the next cell gets a new one. */
    private synchronized void abandon(ExecutorService executor) {
        if (thread == executor) {
            thread = null;
            current = null;
        }
        executor.shutdown();
    }

    private static void waitForwardingInterrupts(CompletableFuture<?> future, AtomicReference<Thread> target) {
        while (true) {
            try {
                future.get();
                return;
            } catch (InterruptedException e) {
                Thread cell = target.get();
                if (cell != null) {
                    cell.interrupt();
                }
            } catch (ExecutionException e) {
                return;
            }
        }
    }

    /** Lets the thread end once the cell it runs (if any) has ended. */
    @Override
    public synchronized void close() {
        if (thread != null) {
            thread.shutdown();
            thread = null;
            current = null;
        }
    }

    @SuppressWarnings("unchecked")
    private static <X extends Throwable> X sneaky(Throwable t) throws X {
        throw (X) t;
    }
}
