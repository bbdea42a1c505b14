package dev.jawait.adapters;

import dev.jawait.runtime.Await;
import dev.jawait.runtime.Awaited;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * SmallRye Mutiny: {@code await uni} gives the {@link Uni}'s item with its static type;
 * {@code for await} iterates a {@link Multi} (a {@code Flow.Publisher}, so {@code Await}'s own
 * overload serves it). Awaiting a {@code Multi} is an error that points to {@code for await} or
 * {@code collect()}. Interrupting the wait cancels the {@code Uni}.
 *
 * <p>Stateless and thread-safe.
 */
public final class MutinyAwaits {
    private MutinyAwaits() {}

    /** What {@code await} does with a {@code Uni} (called by the rewritten cell, see the class comment). */
    public static <T> Awaited<T> jawait$await(Uni<T> uni) {
        return Awaited.of(Await.await(uni.toMulti()));
    }

    /** Always fails: a {@code Multi} is a stream. */
    public static <T> Awaited<T> jawait$await(Multi<T> multi) {
        throw Streams.notASingleValue(multi, "multi.collect().asList() or multi.toUni()");
    }
}
