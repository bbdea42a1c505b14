package dev.jawait.runtime;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Who is awaiting what, right now: each thread parked in an {@code await} (or waiting for the
 * next item of a {@code for await}), with the object it awaits. What a task waits on is visible
 * here, and code that must act once some cell waits (an interrupt test, say) can wait for it
 * instead of guessing with a sleep.
 *
 * <p>Thread-safe.
 */
public final class Awaiting {
    private static final Map<Thread, Object> WAITING = new ConcurrentHashMap<>();
    private static final Object CHANGED = new Object();
    private static volatile int watchers;

    private Awaiting() {}

    /** The threads parked in an await now, with what each awaits. */
    public static Map<Thread, Object> now() {
        return Map.copyOf(WAITING);
    }

    /** What {@code thread} awaits now, or null. */
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
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (CHANGED) {
            watchers++;
            try {
                while (!condition.test(now())) {
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
        WAITING.put(Thread.currentThread(), awaited);
        if (watchers > 0) {
            synchronized (CHANGED) {
                CHANGED.notifyAll();
            }
        }
    }

    /** The current thread stopped waiting. */
    public static void end() {
        WAITING.remove(Thread.currentThread());
    }
}
