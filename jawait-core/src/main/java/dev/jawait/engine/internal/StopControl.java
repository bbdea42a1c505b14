package dev.jawait.engine.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which threads must stop running snippet code. Snippet bytecode polls {@link Hooks#poll()} at
 * method entry and on backward branches; a thread marked here gets {@link CellStopped} there,
 * and again at every later poll, so user code cannot swallow the stop for long.
 *
 * <p>Thread-safe. The common case (nothing to stop) costs one volatile read per poll.
 */
public final class StopControl {
    private static final Set<Thread> STOPPING = ConcurrentHashMap.newKeySet();
    private static volatile boolean anyStopping;

    private StopControl() {}

    /** Marks {@code thread} to stop at its next poll and interrupts it out of any wait. */
    public static void stop(Thread thread) {
        STOPPING.add(thread);
        anyStopping = true;
        thread.interrupt();
    }

    /** Lets {@code thread} run snippet code again (called when its cell is over). */
    public static void release(Thread thread) {
        if (STOPPING.remove(thread) && STOPPING.isEmpty()) {
            anyStopping = false;
        }
    }

    /** Whether the current thread has been told to stop. */
    public static boolean isStopping(Thread thread) {
        return anyStopping && STOPPING.contains(thread);
    }

    static boolean anyStopping() {
        return anyStopping;
    }
}
