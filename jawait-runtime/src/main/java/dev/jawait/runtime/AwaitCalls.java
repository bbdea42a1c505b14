package dev.jawait.runtime;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.Future;

/**
 * The methods {@code await E} and {@code for await} compile to: {@code jawait$await(E).value()}
 * (see {@link Awaited} for why the value is read from a holder) and {@code jawait$each(S)},
 * unqualified. Every session imports this class on demand
 * ({@code import static dev.jawait.runtime.AwaitCalls.*;}) and so does each active library adapter
 * (e.g. {@code dev.jawait.adapters.ReactorAwaits}); javac merges the overloads of all on-demand
 * static imports, so {@code await mono} resolves to {@code jawait$await(Mono<T>)} and keeps
 * {@code T}. On-demand, because a single static import would shadow every on-demand one of the
 * same name, and JShell replaces a single static import by a later one of the same simple name.
 * This class holds nothing but these overloads, so importing it brings no other names into scope.
 *
 * <p>Stateless and thread-safe.
 */
public final class AwaitCalls {
    private AwaitCalls() {}

    /** {@link Await#await(CompletableFuture)}. */
    public static <T> Awaited<T> jawait$await(CompletableFuture<T> future) {
        return Awaited.of(Await.await(future));
    }

    /** {@link Await#await(CompletionStage)}. */
    public static <T> Awaited<T> jawait$await(CompletionStage<T> stage) {
        return Awaited.of(Await.await(stage));
    }

    /** {@link Await#await(Future)}. */
    public static <T> Awaited<T> jawait$await(Future<T> future) {
        return Awaited.of(Await.await(future));
    }

    /** {@link Await#await(Flow.Publisher)}. */
    public static <T> Awaited<T> jawait$await(Flow.Publisher<T> publisher) {
        return Awaited.of(Await.await(publisher));
    }

    /** {@link Await#each(Flow.Publisher)}. */
    public static <T> AsyncStream<T> jawait$each(Flow.Publisher<T> publisher) {
        return Await.each(publisher);
    }
}
