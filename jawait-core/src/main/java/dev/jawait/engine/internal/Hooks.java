package dev.jawait.engine.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Static entry points that jawait weaves into snippet bytecode (see {@link SnippetInstrumenter}).
 * Not for user code.
 *
 * <p>Thread-safe: every method acts on the calling thread only.
 */
public final class Hooks {
    private Hooks() {}

    /** Stop check at method entry and backward branches. */
    public static void poll() {
        if (StopControl.anyStopping()) {
            StopControl.check();
        }
    }

    /** Replaces {@code System.exit(status)} in snippet code. */
    public static void exit(int status) {
        StopControl.stopQuietly(Thread.currentThread());
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
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return future.get();
                } catch (InterruptedException e) {
                    if (StopControl.isStopping(Thread.currentThread())) {
                        throw new CellStopped();
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
