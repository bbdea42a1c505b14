package dev.jawait.runtime;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;

/**
 * Futures completed after a delay. One daemon thread, a {@link TimerWheel}, holds all pending
 * delays (no thread per delay); completions are handed to the common pool so that dependent
 * actions never stall the wheel. A virtual thread that awaits a delay sleeps instead and
 * completes it itself ({@link Delay#sleepUntilDue()}): the delay is then <em>claimed</em>, and the wheel
 * drops its entry without firing it. Thread-safe.
 */
final class Delays {

    private static final TimerWheel WHEEL = new TimerWheel("jawait-timer");

    private Delays() {}

    static CompletableFuture<Void> after(long nanos) {
        if (nanos <= 0) {
            return CompletableFuture.completedFuture(null);
        }
        Delay delay = new Delay(System.nanoTime() + Math.min(nanos, Long.MAX_VALUE / 4), nanos);
        WHEEL.schedule(delay);
        return delay;
    }

    /** The future of one delay; a cancelled one is dropped from the wheel when its bucket comes round. */
    static final class Delay extends CompletableFuture<Void> implements TimerWheel.Timer {
        private final long deadline;
        private final long nanos;
        /** A thread sleeps until the deadline and then completes it (or cancels it if interrupted): the wheel need not. */
        private volatile boolean claimed;
        private TimerWheel.Timer nextIncoming; // the wheel's


        Delay(long deadline, long nanos) {
            this.deadline = deadline;
            this.nanos = nanos;
        }

        /** {@code sleep(10 ms), 7 ms left}. */
        String describe() {
            long left = Math.max(0, deadline - System.nanoTime());
            return "sleep(" + Duration.ofNanos(nanos).toMillis() + " ms), " + Duration.ofNanos(left).toMillis() + " ms left";
        }

        /**
         * Waits for this delay by sleeping the calling (virtual) thread until it is due, then
         * completes it: the JDK's virtual-thread sleep is much cheaper than parking on the future
         * and being woken through the timer thread. A cancelled delay stops the wait at its end.
         * The caller settles the delay if this throws (as {@code await} does: it cancels what it
         * awaited when interrupted), so the wheel leaves it alone from now on.
         */
        void sleepUntilDue() throws InterruptedException {
            claimed = true;
            long remaining;
            while (!isDone() && (remaining = deadline - System.nanoTime()) > 0) {
                Thread.sleep(remaining / 1_000_000, (int) (remaining % 1_000_000));
            }
            complete(null);
        }

        @Override
        public long deadline() {
            return deadline;
        }

        @Override
        public boolean isSettled() {
            return claimed || isDone();
        }

        @Override
        public TimerWheel.Timer nextIncoming() {
            return nextIncoming;
        }

        @Override
        public void nextIncoming(TimerWheel.Timer next) {
            nextIncoming = next;
        }

        @Override
        public void fire() {
            ForkJoinPool.commonPool().execute(() -> complete(null));
        }
    }
}
