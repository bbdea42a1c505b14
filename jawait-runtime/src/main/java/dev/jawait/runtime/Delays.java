package dev.jawait.runtime;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Futures completed after a delay. One daemon timer thread holds all pending delays (a heap
 * entry each, no thread per delay); completions are handed to the common pool so that
 * dependent actions never stall the timer. Thread-safe.
 */
final class Delays {

    private static final ScheduledThreadPoolExecutor TIMER = new ScheduledThreadPoolExecutor(1, runnable -> {
        Thread thread = new Thread(runnable, "jawait-timer");
        thread.setDaemon(true);
        return thread;
    });

    static {
        TIMER.setRemoveOnCancelPolicy(true);
    }

    private Delays() {}

    static CompletableFuture<Void> after(long nanos) {
        if (nanos <= 0) {
            return CompletableFuture.completedFuture(null);
        }
        Delay delay = new Delay();
        delay.timer = TIMER.schedule(delay, nanos, TimeUnit.NANOSECONDS);
        return delay;
    }

    /** The future of one delay; cancelling it also removes its timer entry. */
    private static final class Delay extends CompletableFuture<Void> implements Runnable {
        volatile ScheduledFuture<?> timer;

        @Override
        public void run() {
            ForkJoinPool.commonPool().execute(() -> complete(null));
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            boolean cancelled = super.cancel(mayInterruptIfRunning);
            ScheduledFuture<?> t = timer;
            if (cancelled && t != null) {
                t.cancel(false);
            }
            return cancelled;
        }
    }
}
