package dev.jawait.engine.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The execution state of one cell: which threads are running its snippet code, whether it was
 * asked to stop, and the value or failure of the snippet that ran last.
 *
 * <p>Thread-safe: {@link #stop()} is called from an interrupting thread while the cell runs.
 */
public final class CellRun {
    private final Set<Thread> running = ConcurrentHashMap.newKeySet();
    private volatile boolean stopRequested;
    private volatile Object lastValue;
    private volatile Throwable lastFailure;
    private volatile Integer exitStatus;

    /** Asks the cell to stop: its threads stop at their next poll or wait, later snippets never run. */
    public void stop() {
        stopRequested = true;
        for (Thread thread : running) {
            StopControl.stop(thread);
        }
    }

    public boolean stopRequested() {
        return stopRequested;
    }

    void enter(Thread thread) {
        running.add(thread);
        if (stopRequested) {
            StopControl.stop(thread);
        }
    }

    void leave(Thread thread) {
        running.remove(thread);
        StopControl.release(thread);
        Thread.interrupted(); // a stop's interrupt must not leak into the caller's next wait
    }

    /** Forgets the previous snippet's value and failure; call before evaluating a snippet. */
    public void beginSnippet() {
        lastValue = null;
        lastFailure = null;
    }

    void recordValue(Object value) {
        lastValue = value;
    }

    void recordFailure(Throwable failure) {
        lastFailure = failure;
        if (failure instanceof ExitRequested exit) {
            exitStatus = exit.status();
        }
    }

    /** The value the last snippet produced (expression value or variable value), or null. */
    public Object lastValue() {
        return lastValue;
    }

    /** The original throwable of the last snippet, or null. */
    public Throwable lastFailure() {
        return lastFailure;
    }

    /** The status passed to {@code System.exit} by snippet code, or null. */
    public Integer exitStatus() {
        return exitStatus;
    }
}
