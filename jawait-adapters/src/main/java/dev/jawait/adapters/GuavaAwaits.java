package dev.jawait.adapters;

import com.google.common.util.concurrent.ListenableFuture;
import dev.jawait.runtime.Await;
import dev.jawait.runtime.Awaited;
import java.util.concurrent.Future;

/**
 * Guava: {@code await} gives a {@link ListenableFuture}'s value with its static type, rethrows
 * its failure as the original exception, and cancels it ({@code cancel(true)}) when the wait is
 * interrupted.
 *
 * <p>Stateless and thread-safe.
 */
public final class GuavaAwaits {
    private GuavaAwaits() {}

    /** What {@code await} does with a {@code ListenableFuture} (called by the rewritten cell, see the class comment). */
    public static <T> Awaited<T> jawait$await(ListenableFuture<T> future) {
        return Awaited.of(Await.await((Future<T>) future));
    }
}
