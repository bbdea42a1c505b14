package dev.jawait.runtime;

import java.time.Duration;
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
        Delay delay = new Delay(System.nanoTime() + nanos);
        delay.timer = TIMER.schedule(delay, nanos, TimeUnit.NANOSECONDS);
        return delay;
    }

    /** The future of one delay; cancelling it also removes its timer entry. */
    static final class Delay extends CompletableFuture<Void> implements Runnable {
        private final long deadline;
        volatile ScheduledFuture<?> timer;

        Delay(long deadline) {
            this.deadline = deadline;
        }

        /**
         * Waits for this delay by sleeping the calling (virtual) thread until it is due, then
         * completes it: the JDK's virtual-thread sleep is much cheaper than parking on the future
         * and being woken through the timer thread. A cancelled delay stops the wait at its end.
         */
        void sleepUntilDue() throws InterruptedException {
            long remaining;
            while (!isDone() && (remaining = deadline - System.nanoTime()) > 0) {
                Thread.sleep(Duration.ofNanos(remaining));
            }
            complete(null);
        }

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
