package dev.jawait.engine.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Supplier;

/**
 * The execution state of one cell, from the moment it is submitted: which threads are running
 * its snippet code or its magics, whether it was asked to stop, and the value or failure of the
 * snippet that ran last. A stop asked for before the cell starts running (while it waits for the
 * session, or while its syntax is checked) is kept, and the cell ends as interrupted before any
 * of it runs.
 *
 * <p>Thread-safe: {@link #stop()} is called from an interrupting thread while the cell runs.
 */
public final class CellRun {
    private final Set<Thread> running = ConcurrentHashMap.newKeySet();
    private final ConcurrentLinkedDeque<Thread> magicThreads = new ConcurrentLinkedDeque<>();
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
        for (Thread thread : magicThreads) {
            thread.interrupt();
        }
    }

    /**
     * Runs {@code magic} on this thread, which {@link #stop()} interrupts while it runs (a magic
     * waiting on a download, say). An interrupt that arrives as the magic ends does not reach what
     * the thread does next. Magics may nest ({@code %time %maven …}).
     */
    public <T> T interruptibly(Supplier<T> magic) {
        Thread thread = Thread.currentThread();
        magicThreads.push(thread);
        if (stopRequested) {
            thread.interrupt();
        }
        try {
            return magic.get();
        } finally {
            magicThreads.removeFirstOccurrence(thread);
            if (!magicThreads.contains(thread)) {
                Thread.interrupted();
            }
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
