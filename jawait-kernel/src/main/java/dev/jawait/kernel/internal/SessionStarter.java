package dev.jawait.kernel.internal;

import dev.jawait.JawaitException;
import dev.jawait.Session;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * Builds the kernel's {@link Session} in the background, so the kernel answers {@code kernel_info}
 * while JShell starts; requests that need the session wait for it.
 *
 * <p>Thread-safe.
 */
public final class SessionStarter {
    private final CompletableFuture<Session> session = new CompletableFuture<>();

    /** Starts building with {@code factory} on a new thread. */
    public SessionStarter(Supplier<Session> factory) {
        Thread thread = new Thread(() -> {
            try {
                session.complete(factory.get());
            } catch (RuntimeException | Error e) {
                KernelLog.warn("the jawait session could not start: " + e);
                session.completeExceptionally(e);
            }
        }, "jawait-session-start");
        thread.setDaemon(true);
        thread.start();
    }

    /** The session, once built. */
    public Session get() {
        try {
            return session.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JawaitException("interrupted while the session was starting", e);
        } catch (ExecutionException e) {
            throw new JawaitException("the jawait session could not start: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** The session if it is built already, else null. */
    public Session ifStarted() {
        return session.isDone() && !session.isCompletedExceptionally() ? session.join() : null;
    }
}
