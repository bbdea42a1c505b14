package dev.jawait.engine.internal;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The stop checks woven into snippet code ({@link Hooks}) and the state they read: each thread
 * running a cell's snippet code has a {@link ThreadStop} (whose rules make a stop win), known to
 * the thread itself here and to its {@link CellRun}, which requests the stop.
 *
 * <p>Thread-safe. While no stop is pending anywhere, a check costs one volatile read.
 */
public final class StopControl {
    /** How long cleanup on the way up may run after a stop was delivered, once per stop. */
    static final long CLEANUP_GRACE_NANOS = TimeUnit.MILLISECONDS.toNanos(25);

    private static final ThreadLocal<ThreadStop> CURRENT = new ThreadLocal<>();
    private static final AtomicInteger REQUESTED = new AtomicInteger();

    private StopControl() {}

    /** The current thread starts running a cell's snippet code under {@code stop}. */
    static void enter(ThreadStop stop) {
        CURRENT.set(stop);
    }

    /** The current thread has left the cell's snippet code. */
    static void leave() {
        CURRENT.remove();
    }

    static void countRequested(int delta) {
        REQUESTED.addAndGet(delta);
    }

    /** Whether a stop is pending on any thread (the cheap test before {@link #check}). */
    static boolean anyStopping() {
        return REQUESTED.get() != 0;
    }

    /** Whether the current thread has been told to stop. */
    static boolean isStopping() {
        ThreadStop stop = CURRENT.get();
        return stop != null && stop.requested();
    }

    /**
     * The stop check itself: throws {@link CellStopped} if the current thread must stop now.
     *
     * @param loop whether a loop goes round again (else a method is entered)
     */
    static void check(boolean loop) {
        ThreadStop stop = CURRENT.get(); // not through due(): as many frames as caught() (see ThreadStop)
        if (stop != null && stop.requested()) { // other threads' stops (an abandoned cell's) cost no lock here
            CellStopped due = stop.due(loop);
            if (due != null) {
                throw due;
            }
        }
    }

    /** The error the current thread must throw now to stop, or null. */
    static CellStopped due(boolean loop) {
        ThreadStop stop = CURRENT.get();
        return stop == null || !stop.requested() ? null : stop.due(loop);
    }

    /** The current thread's stop, delivered now (a wait that ignores interrupts was left for it). */
    static CellStopped deliver() {
        ThreadStop stop = CURRENT.get();
        return stop == null ? new CellStopped() : stop.deliver();
    }

    /** Snippet code on the current thread caught {@code caught}. */
    static void caught(Throwable caught) {
        ThreadStop stop = CURRENT.get();
        if (stop != null && stop.requested()) {
            stop.caught(caught);
        }
    }

    /** The current thread stops itself ({@code System.exit}): its later stop checks throw, after cleanup. */
    static void stopQuietly() {
        ThreadStop stop = CURRENT.get();
        if (stop != null) {
            stop.requestQuietly();
        }
    }
}
