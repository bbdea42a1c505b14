package dev.jawait.adapters;

import dev.jawait.runtime.AsyncStream;
import dev.jawait.runtime.Await;
import dev.jawait.runtime.Awaited;
import org.reactivestreams.Publisher;

/**
 * {@code await} and {@code for await} over any Reactive Streams {@link Publisher} (the
 * {@code org.reactivestreams} interfaces that Reactor, RxJava and others implement): the single
 * item, or each item. Library adapters add more specific overloads.
 *
 * <p>Stateless and thread-safe.
 */
public final class ReactiveStreamsAwaits {
    private ReactiveStreamsAwaits() {}

    /** The publisher's single item ({@code null} if it completes empty); a second item is an error pointing to {@code for await}. */
    public static <T> Awaited<T> jawait$await(Publisher<T> publisher) {
        return Awaited.of(Await.await(Streams.flow(publisher)));
    }

    /** Each item, one requested at a time; leaving the loop cancels the subscription. */
    public static <T> AsyncStream<T> jawait$each(Publisher<T> publisher) {
        return Await.each(Streams.flow(publisher));
    }
}
