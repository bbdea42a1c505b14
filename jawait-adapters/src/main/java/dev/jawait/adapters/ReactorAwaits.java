package dev.jawait.adapters;

import dev.jawait.runtime.AsyncStream;
import dev.jawait.runtime.Await;
import dev.jawait.runtime.Awaited;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Project Reactor: {@code await mono} gives the {@link Mono}'s value with its static type
 * ({@code null} when empty); {@code for await} iterates a {@link Flux}. Awaiting a {@code Flux}
 * is an error that points to {@code for await} or {@code collectList()}/{@code next()}.
 * Interrupting the wait cancels the subscription.
 *
 * <p>Stateless and thread-safe.
 */
public final class ReactorAwaits {
    private ReactorAwaits() {}

    /** What {@code await} does with a {@code Mono} (called by the rewritten cell, see the class comment). */
    public static <T> Awaited<T> jawait$await(Mono<T> mono) {
        return Awaited.of(Await.await(Streams.flow(mono)));
    }

    /** Always fails: a {@code Flux} is a stream. */
    public static <T> Awaited<T> jawait$await(Flux<T> flux) {
        throw Streams.notASingleValue(flux, "flux.collectList(), flux.next() or flux.last()");
    }

    /** What {@code for await} iterates for a {@code Flux} (called by the rewritten cell, see the class comment). */
    public static <T> AsyncStream<T> jawait$each(Flux<T> flux) {
        return Await.each(Streams.flow(flux));
    }
}
