package dev.jawait.runtime;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * Who is awaiting what, right now: each thread parked in an {@code await} (or waiting for the
 * next item of a {@code for await}), with the object it awaits. A spawned task's thread keeps it
 * on its {@link SpawnedTask#awaiting()} instead (no shared map on the path of 100,000 tasks);
 * {@link #of(Thread)} and {@link #now()} cover the other threads. Code that must act once some
 * cell or task waits (an interrupt test, say) can wait for it instead of guessing with a sleep.
 *
 * <p>Thread-safe.
 */
public final class Awaiting {
    private static final Map<Thread, Object> WAITING = new ConcurrentHashMap<>();
    private static final Object CHANGED = new Object();
    private static volatile int watchers;

    private Awaiting() {}

    /** The threads parked in an await now, with what each awaits (spawned tasks' threads left out). */
    public static Map<Thread, Object> now() {
        return Map.copyOf(WAITING);
    }

    /** What {@code thread} awaits now, or null (for a spawned task's thread, see {@link SpawnedTask#awaiting()}). */
    public static Object of(Thread thread) {
        return WAITING.get(thread);
    }

    /**
     * What an awaited object is, for people, when jawait made it: {@code sleep(10 ms), 7 ms left}
     * for a {@code sleep}, {@code Task-3} for a spawned task; null for anything else.
     */
    public static String describe(Object awaited) {
        return switch (awaited) {
            case Delays.Delay delay -> delay.describe();
            case SpawnedTask<?> task -> task.name();
            case null, default -> null;
        };
    }

    /**
     * Waits until the threads parked in an await (with what they await) satisfy {@code condition},
     * checked now and each time a thread starts awaiting.
     *
     * @return false when they did not within {@code timeout}
     */
    public static boolean waitFor(Predicate<Map<Thread, Object>> condition, Duration timeout) throws InterruptedException {
        return waitUntil(() -> condition.test(now()), timeout);
    }

    /**
     * Waits until {@code condition} holds, checked now and each time a thread (a spawned task's
     * included) starts awaiting.
     *
     * @return false when it did not within {@code timeout}
     */
    public static boolean waitUntil(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (CHANGED) {
            watchers++;
            try {
                while (!condition.getAsBoolean()) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return false;
                    }
                    CHANGED.wait(Math.max(1, left / 1_000_000));
                }
                return true;
            } finally {
                watchers--;
            }
        }
    }

    /**
     * The current thread starts waiting for {@code awaited}; pair with {@link #end()} in a
     * {@code finally}. {@code await} calls it; an adapter that waits by its library's own means
     * (Vert.x's {@code Future.await()}) calls it too.
     */
    public static void begin(Object awaited) {
        enter(awaited);
    }

    /** {@link #begin}, returning the spawned task the current thread runs (or null) for {@link #exit}. */
    static SpawnedTask<?> enter(Object awaited) {
        SpawnedTask<?> task = TaskContext.task();
        if (task != null) {
            task.awaiting(awaited);
        } else {
            WAITING.put(Thread.currentThread(), awaited);
        }
        if (watchers > 0) {
            synchronized (CHANGED) {
                CHANGED.notifyAll();
            }
        }
        return task;
    }

    /** The current thread stopped waiting. */
    public static void end() {
        exit(TaskContext.task());
    }

    /** {@link #end}, with what {@link #enter} returned. */
    static void exit(SpawnedTask<?> task) {
        if (task != null) {
            task.awaiting(null);
        } else {
            WAITING.remove(Thread.currentThread());
        }
    }
}
