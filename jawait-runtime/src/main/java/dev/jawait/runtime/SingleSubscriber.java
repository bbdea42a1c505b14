package dev.jawait.runtime;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * Awaits a {@link Flow.Publisher} as a single value: requests 2 so that a second item is
 * noticed, completes with the only item (or {@code null} when empty), fails on a second item.
 * Signals arrive serially (Reactive Streams §1.3); {@link #await()} is called by one thread.
 */
final class SingleSubscriber<T> implements Flow.Subscriber<T> {

    static final String MORE_THAN_ONE = "the publisher emitted more than one item, but `await` takes a single"
            + " value; use `for await (var x : publisher)` to iterate its items";

    private final CompletableFuture<T> result = new CompletableFuture<>();
    private final Upstream upstream = new Upstream();
    private T item;

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        if (upstream.set(subscription)) {
            upstream.request(2);
        }
    }

    @Override
    public void onNext(T next) {
        if (next == null) {
            NullPointerException npe = new NullPointerException("the publisher emitted a null item (Reactive Streams §2.13)");
            upstream.cancel();
            result.completeExceptionally(npe);
            throw npe;
        }
        if (result.isDone()) {
            return; // signals after cancel are allowed (§2.8)
        }
        if (item == null) {
            item = next;
            return;
        }
        upstream.cancel();
        result.completeExceptionally(new IllegalStateException(MORE_THAN_ONE));
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(Objects.requireNonNull(error, "onError(null) (Reactive Streams §2.13)"));
    }

    @Override
    public void onComplete() {
        result.complete(item);
    }

    /** Waits for the outcome; on interrupt cancels the subscription. */
    T await() {
        return Await.awaitFuture(result, upstream::cancel);
    }
}
