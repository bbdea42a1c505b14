package dev.jawait.engine.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Which threads must stop running snippet code. Snippet bytecode polls {@link Hooks#poll()} at
 * method entry and on backward branches; a thread marked here gets {@link CellStopped} there.
 *
 * <p>A stop is delivered once, then cleanup gets a short grace: if the interrupt already surfaced
 * as an {@code InterruptedException} (a wait ended by it) or {@link CellStopped} was just thrown,
 * snippet code may run for {@link #CLEANUP_GRACE_NANOS} (a subscription's {@code cancel()}, a
 * {@code finally} block) before polls throw again. Code that swallows the stop and carries on is
 * stopped again after each grace period, so it cannot outrun the stop.
 *
 * <p>Thread-safe. The common case (nothing to stop) costs one volatile read per poll.
 */
public final class StopControl {
    static final long CLEANUP_GRACE_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    /** Per stopped thread: until when its cleanup grace lasts (0 = the stop is not delivered yet). */
    private static final class StopState {
        volatile long graceUntil;
    }

    private static final Map<Thread, StopState> STOPPING = new ConcurrentHashMap<>();
    private static volatile boolean anyStopping;

    private StopControl() {}

    /** Marks {@code thread} to stop at its next poll and interrupts it out of any wait. */
    public static void stop(Thread thread) {
        STOPPING.computeIfAbsent(thread, t -> new StopState());
        anyStopping = true;
        thread.interrupt();
    }

    /** Marks the current thread as stopping without interrupting it (its stop is being delivered). */
    static void stopQuietly(Thread thread) {
        StopState state = STOPPING.computeIfAbsent(thread, t -> new StopState());
        state.graceUntil = System.nanoTime() + CLEANUP_GRACE_NANOS;
        anyStopping = true;
    }

    /** Lets {@code thread} run snippet code again (called when its cell is over). */
    public static void release(Thread thread) {
        if (STOPPING.remove(thread) != null && STOPPING.isEmpty()) {
            anyStopping = false;
        }
    }

    /** Whether {@code thread} has been told to stop. */
    public static boolean isStopping(Thread thread) {
        return anyStopping && STOPPING.containsKey(thread);
    }

    static boolean anyStopping() {
        return anyStopping;
    }

    /** The poll itself: throws {@link CellStopped} if the current thread must stop now. */
    static void check() {
        Thread thread = Thread.currentThread();
        StopState state = STOPPING.get(thread);
        if (state == null) {
            return;
        }
        long now = System.nanoTime();
        long graceUntil = state.graceUntil;
        if (graceUntil != 0 && now - graceUntil < 0) {
            return;
        }
        if (graceUntil == 0 && !thread.isInterrupted()) {
            // the interrupt was consumed by a wait that threw InterruptedException: the stop is
            // on its way up; let cleanup on the way run
            state.graceUntil = now + CLEANUP_GRACE_NANOS;
            return;
        }
        state.graceUntil = now + CLEANUP_GRACE_NANOS;
        throw new CellStopped();
    }
}
