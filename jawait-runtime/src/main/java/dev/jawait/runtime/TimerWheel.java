package dev.jawait.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * A hashed timing wheel: one daemon thread fires timers at a resolution of one millisecond.
 *
 * <p>Scheduling is one compare-and-set that pushes the timer itself on a stack of new timers (no
 * node is allocated), so that 100,000 tasks each starting a {@code sleep} at once do not queue on
 * a lock (as they do on {@code ScheduledThreadPoolExecutor}'s heap). Only the
 * wheel's thread touches the buckets: each tick it moves new timers into the bucket of their
 * deadline, fires the due timers of the tick's bucket and keeps those due in a later turn of the
 * wheel. A timer whose {@link Timer#isSettled()} turns true before it is due (cancelled, or
 * completed by whoever waited for it) is dropped when its bucket comes round, without firing. The
 * thread sleeps until the next tick that has timers, and indefinitely when there are none.
 *
 * <p>Thread-safe: {@link #schedule} may be called from any thread.
 */
final class TimerWheel {
    /** Something to run at a deadline ({@link System#nanoTime()} based). */
    interface Timer {
        long deadline();

        /** True when firing is no longer needed. */
        boolean isSettled();

        /** Called on the wheel's thread at or just after the deadline: must be short. */
        void fire();

        /** The timer scheduled before this one and not yet taken in by the wheel (a field the wheel owns). */
        Timer nextIncoming();

        void nextIncoming(Timer next);
    }

    static final long TICK_NANOS = 1_000_000L;
    private static final int DEFAULT_BUCKETS = 512;
    private static final long FAR = Long.MAX_VALUE / 4;

    private final AtomicReference<Timer> incoming = new AtomicReference<>(); // new timers, the newest first
    private final List<Timer>[] buckets;
    private final long origin = System.nanoTime();
    private final Thread thread;
    private long processedTick = -1; // wheel thread only
    /** Whether the wheel's thread is asleep, and until when (unless {@link #sleepingForever}). */
    private volatile boolean sleeping;
    private volatile boolean sleepingForever;
    private volatile long sleepingUntil;

    TimerWheel(String threadName) {
        this(threadName, DEFAULT_BUCKETS);
    }

    /** A wheel of {@code bucketCount} one-millisecond buckets: one turn takes that many milliseconds. */
    @SuppressWarnings("unchecked")
    TimerWheel(String threadName, int bucketCount) {
        buckets = new List[bucketCount];
        for (int i = 0; i < bucketCount; i++) {
            buckets[i] = new ArrayList<>();
        }
        thread = new Thread(this::run, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    /** Fires {@code timer} at its deadline (at once, on the wheel's thread, if that has passed). */
    void schedule(Timer timer) {
        Timer newest;
        do {
            newest = incoming.get();
            timer.nextIncoming(newest); // published by the compare-and-set
        } while (!incoming.compareAndSet(newest, timer));
        if (sleeping && (sleepingForever || timer.deadline() - sleepingUntil < 0)) {
            LockSupport.unpark(thread); // it would wake too late for this timer
        }
    }

    /** Whether the wheel's thread is asleep until at least {@code deadline} (for tests that must catch it asleep). */
    boolean asleepUntilAtLeast(long deadline) {
        return sleeping && (sleepingForever || sleepingUntil - deadline >= 0);
    }

    private void run() {
        while (true) {
            long now = System.nanoTime();
            long tick = (now - origin) / TICK_NANOS;
            boolean received = false;
            for (Timer timer = incoming.getAndSet(null); timer != null; ) {
                Timer next = timer.nextIncoming();
                timer.nextIncoming(null);
                place(timer);
                received = true;
                timer = next;
            }
            // after a long sleep, each bucket once: that fires everything due by now
            for (long t = Math.max(processedTick + 1, tick - buckets.length + 1); t <= tick; t++) {
                fireDue(buckets[(int) (t % buckets.length)], now);
            }
            processedTick = tick;
            sleepUntilNextTimer(tick, received);
        }
    }

    private void place(Timer timer) {
        if (timer.isSettled()) {
            return; // usual for a delay that a virtual thread awaits: it sleeps and completes it itself
        }
        long offset = timer.deadline() - origin;
        long dueTick = offset <= 0 ? 0 : Math.min((offset + TICK_NANOS - 1) / TICK_NANOS, FAR / TICK_NANOS);
        // a deadline already passed goes to the first tick not processed yet: this turn's
        // processing (or, when the current tick is done already, the next tick's) fires it
        buckets[(int) (Math.max(dueTick, processedTick + 1) % buckets.length)].add(timer);
    }

    private void fireDue(List<Timer> bucket, long now) {
        if (bucket.isEmpty()) {
            return;
        }
        int kept = 0;
        for (int i = 0; i < bucket.size(); i++) {
            Timer timer = bucket.get(i);
            if (timer.isSettled()) {
                continue;
            }
            if (timer.deadline() - now <= 0) {
                try {
                    timer.fire();
                } catch (RuntimeException e) {
                    // a timer's failure is its own; the wheel keeps turning
                }
            } else {
                bucket.set(kept++, timer); // due in a later turn of the wheel
            }
        }
        bucket.subList(kept, bucket.size()).clear();
    }

    /**
     * Sleeps until the next tick with timers; indefinitely when there are none, unless timers just
     * came in: then until the next tick, so that a burst of timers that were settled at once (each
     * dropped on arrival) does not wake this thread for every one of them.
     */
    private void sleepUntilNextTimer(long tick, boolean received) {
        long wakeTick = received ? tick + 1 : -1;
        for (int i = 1; i <= buckets.length && !received; i++) {
            if (!buckets[(int) ((tick + i) % buckets.length)].isEmpty()) {
                wakeTick = tick + i;
                break;
            }
        }
        sleepingForever = wakeTick < 0;
        sleepingUntil = origin + Math.max(wakeTick, 0) * TICK_NANOS;
        sleeping = true;
        if (incoming.get() == null) { // checked after `sleeping` is set: a timer added since is seen, or wakes us
            if (wakeTick < 0) {
                LockSupport.park(this);
            } else {
                LockSupport.parkNanos(this, sleepingUntil - System.nanoTime());
            }
        }
        sleeping = false;
    }
}
