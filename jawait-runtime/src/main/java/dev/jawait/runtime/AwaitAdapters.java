package dev.jawait.runtime;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.concurrent.Future;
import java.util.concurrent.CompletionStage;

/**
 * The registry of {@link AwaitAdapter}s that {@link Await#awaitAny} and
 * {@link Await#eachAny} consult for types they do not know. The most recently registered
 * adapter that supports a value wins, so a later registration can override an earlier one.
 * JVM-wide; thread-safe.
 */
public final class AwaitAdapters {

    private static final List<AwaitAdapter> ADAPTERS = new CopyOnWriteArrayList<>();

    private AwaitAdapters() {}

    /** Adds {@code adapter}, ahead of those registered before. */
    public static void register(AwaitAdapter adapter) {
        ADAPTERS.addFirst(Objects.requireNonNull(adapter, "adapter"));
    }

    /** Removes {@code adapter}; true if it was registered. */
    public static boolean unregister(AwaitAdapter adapter) {
        return ADAPTERS.remove(adapter);
    }

    /** The adapter that would handle {@code value}, if any. */
    public static Optional<AwaitAdapter> find(Object value) {
        for (AwaitAdapter adapter : ADAPTERS) {
            if (adapter.supports(value)) {
                return Optional.of(adapter);
            }
        }
        return Optional.empty();
    }

    /** {@code value} itself when {@link Await} knows its type, else what an adapter makes of it, else {@code value}. */
    static Object toNative(Object value) {
        if (isNative(value)) {
            return value;
        }
        Optional<AwaitAdapter> adapter = find(value);
        if (adapter.isEmpty()) {
            return value;
        }
        Object adapted = adapter.get().adapt(value);
        if (!isNative(adapted)) {
            throw new IllegalStateException(adapter.get() + " adapted a " + value.getClass().getName() + " to "
                    + (adapted == null ? "null" : "a " + adapted.getClass().getName())
                    + "; an AwaitAdapter must return a CompletionStage, a Future or a Flow.Publisher");
        }
        return adapted;
    }

    static IllegalArgumentException notAwaitable(Object value) {
        return new IllegalArgumentException("cannot await a " + value.getClass().getName()
                + ": `await` takes a CompletionStage, a Future, a Flow.Publisher or a type with a registered AwaitAdapter");
    }

    private static boolean isNative(Object value) {
        return value instanceof CompletionStage<?> || value instanceof Future<?> || value instanceof Flow.Publisher<?>;
    }
}
