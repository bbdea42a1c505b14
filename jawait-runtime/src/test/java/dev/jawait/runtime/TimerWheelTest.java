package dev.jawait.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The timing wheel behind {@code sleep}: never early, never lost, woken by a sooner timer. */
class TimerWheelTest {
    private final TimerWheel wheel = new TimerWheel("timer-wheel-test");

    /** A timer that records when it fired. */
    private static final class Recorded implements TimerWheel.Timer {
        final long deadline;
        final AtomicLong firedAt = new AtomicLong();
        final CountDownLatch fired = new CountDownLatch(1);
        final AtomicBoolean settled = new AtomicBoolean();

        Recorded(long delayNanos) {
            this.deadline = System.nanoTime() + delayNanos;
        }

        @Override
        public long deadline() {
            return deadline;
        }

        @Override
        public boolean isSettled() {
            return settled.get();
        }

        @Override
        public void fire() {
            firedAt.set(System.nanoTime());
            fired.countDown();
        }

        private TimerWheel.Timer nextIncoming;

        @Override
        public TimerWheel.Timer nextIncoming() {
            return nextIncoming;
        }

        @Override
        public void nextIncoming(TimerWheel.Timer next) {
            nextIncoming = next;
        }
    }

    @Test
    void timersFireAtOrAfterTheirDeadlineNeverBefore() throws Exception {
        List<Recorded> timers = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            Recorded timer = new Recorded(TimeUnit.MILLISECONDS.toNanos(1 + i % 97));
            timers.add(timer);
            wheel.schedule(timer);
        }
        for (Recorded timer : timers) {
            assertTrue(timer.fired.await(10, TimeUnit.SECONDS), "fired");
            assertTrue(timer.firedAt.get() - timer.deadline >= 0, "not before its deadline");
        }
    }

    @Test
    void aTimerDueAfterMoreThanOneTurnOfTheWheelWaitsForIt() throws Exception {
        Recorded timer = new Recorded(TimeUnit.MILLISECONDS.toNanos(700)); // the wheel turns in 512 ms
        wheel.schedule(timer);
        assertTrue(timer.fired.await(10, TimeUnit.SECONDS));
        assertTrue(timer.firedAt.get() - timer.deadline >= 0);
    }

    @Test
    void aPassedDeadlineFiresAtOnceEvenRightAfterTheWheelTurned() throws Exception {
        TimerWheel wheel = new TimerWheel("timer-wheel-passed-test", 65_536); // a turn lasts 65 s
        Recorded first = new Recorded(TimeUnit.MILLISECONDS.toNanos(5));
        wheel.schedule(first);
        assertTrue(first.fired.await(5, TimeUnit.SECONDS));
        for (int i = 0; i < 20; i++) { // scheduled while the wheel has just processed its current tick
            Recorded passed = new Recorded(-TimeUnit.SECONDS.toNanos(1));
            wheel.schedule(passed);
            assertTrue(passed.fired.await(5, TimeUnit.SECONDS), "fired within a tick, not a turn later");
        }
    }

    @Test
    void aSettledTimerIsDroppedWithoutFiring() throws Exception {
        Recorded settled = new Recorded(TimeUnit.MILLISECONDS.toNanos(20));
        settled.settled.set(true);
        Recorded later = new Recorded(TimeUnit.MILLISECONDS.toNanos(60));
        wheel.schedule(settled);
        wheel.schedule(later);
        assertTrue(later.fired.await(5, TimeUnit.SECONDS));
        assertEquals(1, settled.fired.getCount(), "never fired");
    }

    @Test
    void aSoonerTimerWakesTheWheelFromALongSleep() throws Exception {
        // one turn of this wheel lasts 65 s: nothing but the new timer could wake it before the far one
        TimerWheel wheel = new TimerWheel("timer-wheel-long-test", 65_536);
        Recorded far = new Recorded(TimeUnit.SECONDS.toNanos(30));
        wheel.schedule(far);
        long asleepBy = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!wheel.asleepUntilAtLeast(far.deadline - TimeUnit.SECONDS.toNanos(1))) { // asleep until the far timer's bucket
            assertTrue(System.nanoTime() < asleepBy, "the wheel did not go to sleep");
            Thread.onSpinWait();
        }
        Recorded soon = new Recorded(TimeUnit.MILLISECONDS.toNanos(10));
        wheel.schedule(soon);
        assertTrue(soon.fired.await(2, TimeUnit.SECONDS), "woken for the sooner timer");
        assertEquals(1, far.fired.getCount());
        far.settled.set(true);
    }

    @Test
    void sleepsCompleteForPlatformThreadsAndCombinatorsThatNeverAwaitThem() throws Exception {
        // no virtual thread sleeps these: only the wheel completes them
        long start = System.nanoTime();
        CompletableFuture<Void> all = CompletableFuture.allOf(SessionHelpers.sleep(30), SessionHelpers.sleep(10));
        all.get(5, TimeUnit.SECONDS);
        assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(30));
        CompletableFuture<Void> cancelled = SessionHelpers.sleep(20);
        assertTrue(cancelled.cancel(true));
        assertFalse(SessionHelpers.sleep(20).thenApply(v -> "done").get(5, TimeUnit.SECONDS).isEmpty());
    }
}
