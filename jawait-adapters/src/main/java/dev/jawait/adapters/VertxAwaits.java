package dev.jawait.adapters;

import dev.jawait.runtime.Await;
import dev.jawait.runtime.Awaited;
import dev.jawait.runtime.Awaiting;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.concurrent.CancellationException;

/**
 * Vert.x 5: {@code await future} gives a {@link Future}'s value with its static type and
 * rethrows its failure. On a Vert.x virtual-thread context ({@code %autoawait vertx}) it suspends
 * with Vert.x's own {@code Future.await()}, so the context keeps running other events; on other
 * threads it parks. It never blocks an event-loop thread: awaiting there is an error. When the
 * wait is interrupted and the future is also its {@link Promise} (as {@code Promise.promise()}
 * makes them), the promise is failed with a {@link CancellationException}.
 *
 * <p>Stateless and thread-safe.
 */
public final class VertxAwaits {
    private VertxAwaits() {}

    /**
     * The Vert.x instance that jawait sessions share (the {@code vertx} runner's); since sessions
     * import this class on demand when Vert.x is on their class path, cells can write
     * {@code vertx()}.
     */
    public static io.vertx.core.Vertx vertx() {
        return VertxRunner.vertx();
    }

    /** What {@code await} does with a {@code Future} (called by the rewritten cell, see the class comment). */
    public static <T> Awaited<T> jawait$await(Future<T> future) {
        if (Context.isOnEventLoopThread()) {
            throw new IllegalStateException("cannot `await` on a Vert.x event-loop thread: it would block the event loop."
                    + " Compose the future (future.compose(...), onComplete(...)), or run the code on a virtual-thread"
                    + " context (%autoawait vertx, or a verticle deployed with ThreadingModel.VIRTUAL_THREAD).");
        }
        if (Context.isOnWorkerThread()) {
            return Awaited.of(Await.await(future.toCompletionStage())); // a worker may block
        }
        Awaiting.begin(future);
        try {
            return Awaited.of(future.await());
        } catch (Throwable t) {
            if (t instanceof InterruptedException && future instanceof Promise<?> promise) {
                promise.tryFail(new CancellationException("the await of this promise was interrupted"));
            }
            throw Sneaky.<RuntimeException>rethrow(t);
        } finally {
            Awaiting.end();
        }
    }

    /** Rethrows any throwable unchanged, checked or not. */
    private static final class Sneaky {
        @SuppressWarnings("unchecked")
        static <X extends Throwable> X rethrow(Throwable t) throws X {
            throw (X) t;
        }
    }
}
