package dev.jawait.engine.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * The execution state of one cell, from the moment it is submitted: which threads are running
 * its snippet code or its magics, whether it was asked to stop, and the value or failure of the
 * snippet that ran last. A stop asked for before the cell starts running (while it waits for the
 * session, or while its syntax is checked) is kept, and the cell ends as interrupted before any
 * of it runs. Once asked for, a stop stays asked for until the cell has ended (see
 * {@link ThreadStop} for how it wins over code that catches it).
 *
 * <p>A cell whose code runs on a thread of its own (not the caller's) can be <em>abandoned</em>
 * when it does not stop: the caller stops waiting for it and the session goes on, while its
 * thread is left where it is blocked; if it ever leaves the cell's code, it parks for good
 * before it could touch the session again.
 *
 * <p>Thread-safe: {@link #stop()} and {@link #interrupt()} are called from an interrupting
 * thread while the cell runs.
 */
public final class CellRun {
    /** What one more {@link #interrupt()} did. */
    public enum Escalation {
        /** The stop was asked for now. */
        STOP_REQUESTED,
        /**
         * The stop was asked for before and the cell still runs, but none of its snippet code:
         * jawait compiles it or runs a magic (whose thread was interrupted afresh).
         */
        STILL_STOPPING,
        /**
         * The stop was asked for before and the cell's snippet code still runs, on the caller's
         * thread (runner {@code sync}); its threads were interrupted afresh. It cannot be abandoned.
         */
        ON_CALLERS_THREAD,
        /** As {@link #STILL_STOPPING}, but it can be abandoned: the next interrupt abandons it. */
        ABANDONABLE,
        /** The cell was still running after its stop and an offer to abandon it: it is abandoned. */
        ABANDONED
    }

    private static final Object ABANDONED_CELL = new Object() {
        @Override
        public String toString() {
            return "an abandoned cell";
        }
    };

    private final Map<Thread, ThreadStop> running = new ConcurrentHashMap<>();
    private final ConcurrentLinkedDeque<Thread> magicThreads = new ConcurrentLinkedDeque<>();
    private final CompletableFuture<Void> abandonment = new CompletableFuture<>();
    private final ExecutionClock clock = new ExecutionClock();
    private volatile boolean stopRequested;
    private volatile Object lastValue;
    private volatile Throwable lastFailure;
    private volatile Integer exitStatus;
    private volatile SnippetOrigins.Origin runningSnippet;
    private boolean hostedElsewhere; // guarded by this
    private boolean abandonOffered; // guarded by this
    private boolean abandoned; // guarded by this

    /** Asks the cell to stop: its threads stop at their next poll or wait, later snippets never run. */
    public void stop() {
        stopRequested = true;
        for (ThreadStop thread : running.values()) {
            thread.request();
        }
        for (Thread thread : magicThreads) {
            thread.interrupt();
        }
    }

    /**
     * One more interrupt of this cell, as a user gives it: the first asks it to stop; a later one,
     * while it still runs, interrupts its threads afresh and, once an earlier one could have told
     * the user that it may be abandoned ({@link #canBeAbandoned()}), abandons it.
     */
    public synchronized Escalation interrupt() {
        if (!stopRequested) {
            stop();
            return Escalation.STOP_REQUESTED;
        }
        for (ThreadStop thread : running.values()) {
            thread.reassert();
        }
        for (Thread thread : magicThreads) {
            thread.interrupt();
        }
        if (abandonOffered && canBeAbandoned()) {
            abandoned = true;
            abandonment.complete(null);
            return Escalation.ABANDONED;
        }
        abandonOffered = canBeAbandoned();
        if (abandonOffered) {
            return Escalation.ABANDONABLE;
        }
        return running.isEmpty() || hostedElsewhere ? Escalation.STILL_STOPPING : Escalation.ON_CALLERS_THREAD;
    }

    /**
     * Whether the cell could be abandoned now: its code runs on a thread of its own, and that
     * code (not the compiler, not jawait) is what runs.
     */
    public synchronized boolean canBeAbandoned() {
        return hostedElsewhere && !abandoned && !running.isEmpty();
    }

    /** Whether the caller no longer waits for this cell. */
    public synchronized boolean abandoned() {
        return abandoned;
    }

    /**
     * Tells whether the cell's code runs on a thread other than the one that waits for it (the
     * condition for abandoning it), from before it starts until it has ended.
     */
    public synchronized void hostedElsewhere(boolean elsewhere) {
        hostedElsewhere = elsewhere;
    }

    /** Completes when the cell is abandoned. */
    public CompletableFuture<Void> abandonment() {
        return abandonment;
    }

    /** The threads running the cell's snippet code now. */
    public List<Thread> threads() {
        return List.copyOf(running.keySet());
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

    /** Measures this cell's execution, its compilation left out (for timing magics). */
    public ExecutionClock clock() {
        return clock;
    }

    void enter(Thread thread) {
        ThreadStop stop = new ThreadStop(thread);
        running.put(thread, stop);
        StopControl.enter(stop);
        if (stopRequested) {
            stop.request();
        }
        clock.begin();
    }

    void leave(Thread thread) {
        clock.end();
        ThreadStop stop = running.get(thread);
        boolean parkForGood;
        synchronized (this) { // not while the cell is being abandoned
            parkForGood = abandoned;
            running.remove(thread);
        }
        StopControl.leave();
        if (stop != null) {
            stop.release();
        }
        if (parkForGood) {
            parkForGood();
        }
        Thread.interrupted(); // a stop's interrupt must not leak into the caller's next wait
    }

    /** Where the thread of an abandoned cell ends: it must not return into the session's compiler. */
    private static void parkForGood() {
        while (true) {
            Thread.interrupted();
            LockSupport.park(ABANDONED_CELL);
        }
    }

    /**
     * Forgets the previous snippet's value and failure; call before evaluating a snippet, with
     * where it comes from (its origin is recorded only once JShell has evaluated it).
     */
    public void beginSnippet(SnippetOrigins.Origin origin) {
        lastValue = null;
        lastFailure = null;
        runningSnippet = origin;
    }

    /** Where the snippet being evaluated comes from, or null before the first. */
    SnippetOrigins.Origin runningSnippet() {
        return runningSnippet;
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

    /**
     * A task this cell spawned called {@code System.exit(status)} in module mode: the cell ends
     * with that status, as if its own code had called it.
     */
    public void exit(int status) {
        exitStatus = status;
        stop();
    }

    /** The status passed to {@code System.exit} by snippet code, or null. */
    public Integer exitStatus() {
        return exitStatus;
    }
}
