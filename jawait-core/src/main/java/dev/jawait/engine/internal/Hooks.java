package dev.jawait.engine.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.Lock;

/**
 * Static entry points that jawait weaves into snippet bytecode (see {@link SnippetInstrumenter}).
 * Not for user code.
 *
 * <p>Thread-safe: every method acts on the calling thread only.
 */
public final class Hooks {
    private Hooks() {}

    /** Stop check at method entry. */
    public static void poll() {
        if (StopControl.anyStopping()) {
            StopControl.check(false);
        }
    }

    /** Stop check before a backward branch: a loop goes round again. */
    public static void loop() {
        if (StopControl.anyStopping()) {
            StopControl.check(true);
        }
    }

    /**
     * At the start of each {@code catch} handler of snippet code, with what it caught: catching a
     * stop does not end it (see {@link ThreadStop}).
     */
    public static void caught(Throwable caught) {
        if (StopControl.anyStopping()) {
            StopControl.caught(caught);
        }
    }

    /**
     * Right after snippet code entered a {@code synchronized} block: whether it must stop now (a
     * thread that waited for the monitor while its cell was stopped). The woven code then leaves
     * the monitor and throws {@link #stopped()}.
     */
    public static boolean mustStopInMonitor() {
        return StopControl.anyStopping() && StopControl.due(false) != null;
    }

    /** The error a thread throws after {@link #mustStopInMonitor()} said it must stop. */
    public static Error stopped() {
        return new CellStopped();
    }

    /** Replaces {@code System.exit(status)} in snippet code. */
    public static void exit(int status) {
        StopControl.stopQuietly();
        throw new ExitRequested(status);
    }

    /** Replaces {@code runtime.exit(status)} in snippet code. */
    public static void runtimeExit(Runtime runtime, int status) {
        exit(status);
    }

    /** Replaces {@code runtime.halt(status)} in snippet code. */
    public static void runtimeHalt(Runtime runtime, int status) {
        exit(status);
    }

    /**
     * Replaces {@code CompletableFuture.join()} in snippet code: the same result and exceptions,
     * but a stopped cell leaves the wait (the JDK's join ignores interrupts).
     */
    public static Object join(CompletableFuture<?> future) {
        return stoppable(future::get);
    }

    /**
     * Replaces {@code lock()} of a {@code Lock} in snippet code: for the JDK's locks the same wait,
     * but a stopped cell leaves it (their {@code lock()} ignores interrupts); another interrupt is
     * kept for later, as {@code lock()} keeps it. A lock class of the user's or a library's keeps
     * its own {@code lock()}: its {@code lockInterruptibly()} may do something else.
     */
    public static void lock(Lock lock) {
        if (lock.getClass().getModule() != Lock.class.getModule()) {
            lock.lock();
            return;
        }
        stoppable(() -> {
            lock.lockInterruptibly();
            return null;
        });
    }

    /** A wait that answers interrupts, as the hooks above call it. */
    @FunctionalInterface
    private interface InterruptibleWait {
        Object await() throws InterruptedException, ExecutionException;
    }

    /**
     * Waits uninterruptibly as {@code join()} and {@code lock()} do, except that a stop of the
     * cell ends the wait; a failure is rethrown as {@code join()} rethrows it.
     */
    private static Object stoppable(InterruptibleWait wait) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return wait.await();
                } catch (InterruptedException e) {
                    if (StopControl.isStopping()) {
                        throw StopControl.deliver();
                    }
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    throw cause instanceof CompletionException ce ? ce : new CompletionException(cause);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
