package dev.jawait.runtime;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.Future;

/**
 * What {@code await} and {@code for await} compile to. The engine rewrites
 * {@code await E} into {@code jawait$await(E).value()}, {@code for await (T x : S) BODY} into
 * {@code try (var $jw1 = jawait$each(S)) { for (T x : $jw1) BODY }} (see {@link AwaitCalls}:
 * those delegate to this class, and library adapters add overloads), and puts
 * {@code Await.<X>declare();} at the start of a {@code try} block that awaits, for each caught
 * type {@code X}.
 *
 * <p>Every {@code await} overload:
 * <ul>
 *   <li>returns the value with its static type ({@code CompletableFuture<String>} gives
 *       {@code String});
 *   <li>answers a finished future at once, without parking;
 *   <li>rethrows a failure as the original throwable, the same object, after stripping any
 *       {@link ExecutionException} and {@link CompletionException} wrappers, even when it is a
 *       checked exception that the method does not declare (hence {@link #declare()});
 *   <li>throws {@link CancellationException} for a cancelled future;
 *   <li>parks the calling thread (cheap on a virtual thread) and, if that thread is
 *       interrupted, cancels what it awaits ({@code cancel(true)}, or cancels the subscription)
 *       and throws {@link InterruptedException}, again unchecked.
 * </ul>
 *
 * <p>Types that none of the overloads accept (Reactor, RxJava, ...) go through
 * {@link #awaitAny(Object)} and {@link AwaitAdapters}. Thread-safety: stateless; every method
 * may be called from any thread.
 */
public final class Await {

    private Await() {}

    /** Waits for {@code future} and returns its value. Chosen for {@code CompletableFuture}, which is both a {@code Future} and a {@code CompletionStage}. */
    public static <T> T await(CompletableFuture<T> future) {
        return awaitFuture(future);
    }

    /** Waits for {@code stage} and returns its value; also works when {@code toCompletableFuture()} is unsupported. */
    @SuppressWarnings("unchecked")
    public static <T> T await(CompletionStage<T> stage) {
        requireAwaitable(stage);
        if (stage instanceof Future<?> future) {
            return awaitFuture((Future<T>) future);
        }
        CompletableFuture<T> future;
        try {
            future = stage.toCompletableFuture();
        } catch (UnsupportedOperationException e) {
            CompletableFuture<T> bridge = new CompletableFuture<>();
            stage.whenComplete((value, error) -> {
                if (error == null) {
                    bridge.complete(value);
                } else {
                    bridge.completeExceptionally(Throwables.unwrap(error));
                }
            });
            future = bridge;
        }
        return awaitFuture(future);
    }

    /** Waits for {@code future} and returns its value. */
    public static <T> T await(Future<T> future) {
        return awaitFuture(future);
    }

    /**
     * Subscribes to {@code publisher} and returns its single item, or {@code null} if it
     * completes empty. A second item cancels the subscription and fails with an
     * {@link IllegalStateException} that points to {@code for await}; {@code onError} rethrows
     * the publisher's throwable.
     */
    public static <T> T await(Flow.Publisher<T> publisher) {
        requireAwaitable(publisher);
        SingleSubscriber<T> subscriber = new SingleSubscriber<>();
        publisher.subscribe(subscriber);
        return subscriber.await();
    }

    /**
     * Subscribes to {@code publisher} for {@code for await}: the returned stream requests one
     * item at a time and cancels the subscription when closed. See {@link AsyncStream}.
     */
    public static <T> AsyncStream<T> each(Flow.Publisher<T> publisher) {
        requireAwaitable(publisher);
        AsyncStream<T> stream = new AsyncStream<>();
        publisher.subscribe(stream.subscriber());
        return stream;
    }

    /**
     * Declares that the enclosing code may throw {@code X}: does nothing at run time. It lets
     * {@code try { await f; } catch (IOException e)} compile although {@code await} throws
     * {@code IOException} without declaring it.
     */
    public static <X extends Throwable> void declare() throws X {}

    /**
     * Awaits a value of any type: a {@code CompletionStage}, {@code Future} or
     * {@code Flow.Publisher} (as by the overloads above), or an object that a registered
     * {@link AwaitAdapter} supports. The result type is unchecked: it is whatever the caller
     * assigns it to.
     *
     * @throws IllegalArgumentException when the value is none of these
     */
    @SuppressWarnings("unchecked")
    public static <T> T awaitAny(Object awaitable) {
        return switch (AwaitAdapters.toNative(requireAwaitable(awaitable))) {
            case CompletionStage<?> stage -> (T) await(stage);
            case Future<?> future -> (T) awaitFuture(future);
            case Flow.Publisher<?> publisher -> (T) await(publisher);
            default -> throw AwaitAdapters.notAwaitable(awaitable);
        };
    }

    /**
     * {@link #each} for a value of any type: a {@code Flow.Publisher}, or an object that a
     * registered {@link AwaitAdapter} adapts to one.
     *
     * @throws IllegalArgumentException when the value is not a stream
     */
    @SuppressWarnings("unchecked")
    public static <T> AsyncStream<T> eachAny(Object source) {
        if (AwaitAdapters.toNative(requireAwaitable(source)) instanceof Flow.Publisher<?> publisher) {
            return each((Flow.Publisher<T>) publisher);
        }
        throw new IllegalArgumentException("cannot iterate a " + source.getClass().getName()
                + " with `for await`: it needs a Flow.Publisher or a type that a registered AwaitAdapter adapts to one");
    }

    static <T> T awaitFuture(Future<T> future) {
        requireAwaitable(future);
        return awaitFuture(future, null);
    }

    /**
     * Waits for {@code future}; a finished one answers at once. On interrupt runs
     * {@code onInterrupt}, or cancels the future when it is null.
     */
    static <T> T awaitFuture(Future<T> future, Runnable onInterrupt) {
        try {
            if (future.isDone()) {
                return future.get(); // answers without parking (and CompletableFuture without allocating)
            }
            SpawnedTask<?> task = Awaiting.enter(future);
            try {
                if (future instanceof Delays.Delay delay && Thread.currentThread().isVirtual()) {
                    delay.sleepUntilDue();
                }
                return future.get();
            } finally {
                Awaiting.exit(task);
            }
        } catch (ExecutionException | CompletionException e) {
            throw Throwables.sneaky(Throwables.unwrap(e));
        } catch (InterruptedException e) {
            if (onInterrupt == null) {
                future.cancel(true);
            } else {
                onInterrupt.run();
            }
            throw Throwables.sneaky(e);
        }
    }

    private static <A> A requireAwaitable(A awaitable) {
        return Objects.requireNonNull(awaitable, "await: the awaited value is null");
    }
}
