package dev.jawait.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs a body on its own thread so that a test can interrupt it and inspect its outcome. */
public final class Background {

    private final CompletableFuture<Object> outcome = new CompletableFuture<>();
    public final Thread thread;

    private Background(Thread.Builder builder, Callable<?> body) {
        thread = builder.unstarted(() -> {
            try {
                outcome.complete(body.call());
            } catch (Throwable t) {
                outcome.completeExceptionally(t);
            }
        });
        thread.start();
    }

    public static Background virtual(Callable<?> body) {
        return new Background(Thread.ofVirtual(), body);
    }

    public static Background platform(Callable<?> body) {
        return new Background(Thread.ofPlatform().daemon(), body);
    }

    /** Waits until the thread is parked (WAITING or TIMED_WAITING). */
    public Background awaitParked() throws InterruptedException {
        awaitParked(thread);
        return this;
    }

    /** Waits until {@code t} is parked (WAITING or TIMED_WAITING), at most 10 s. */
    public static void awaitParked(Thread t) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (t.getState() != Thread.State.WAITING && t.getState() != Thread.State.TIMED_WAITING) {
            assertTrue(System.nanoTime() < deadline, "thread never parked: " + t);
            Thread.sleep(1);
        }
    }

    /** What the body threw, waiting at most 10 s. */
    public Throwable failure() throws Exception {
        try {
            Object value = outcome.get(10, TimeUnit.SECONDS);
            throw new AssertionError("expected a failure, got " + value);
        } catch (java.util.concurrent.ExecutionException e) {
            return e.getCause();
        }
    }

    public Object value() throws Exception {
        return outcome.get(10, TimeUnit.SECONDS);
    }
}
