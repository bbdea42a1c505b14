package dev.jawait.runtime;

/**
 * Teaches {@link Await#awaitAny} and {@link Await#eachAny} a type that is not a
 * {@code CompletionStage}, {@code Future} or {@code Flow.Publisher}, by converting it to one
 * of those. This is the extension point for library support (Reactor {@code Mono}/{@code Flux},
 * RxJava, Mutiny, ...) without jawait depending on the library:
 *
 * <pre>{@code
 * AwaitAdapters.register(new AwaitAdapter() {
 *     public boolean supports(Object value) { return value instanceof Mono<?>; }
 *     public Object adapt(Object value) { return ((Mono<?>) value).toFuture(); }
 * });
 * }</pre>
 *
 * <p>An adapter that returns a {@code Flow.Publisher} serves both {@code await} (the single
 * item) and {@code for await} (each item). Static typing for library types ({@code await mono}
 * giving the element type) is future work of the engine. Implementations must be thread-safe.
 */
public interface AwaitAdapter {

    /** Whether this adapter converts {@code value} (never null). */
    boolean supports(Object value);

    /**
     * Converts a supported {@code value} to a {@code CompletionStage}, {@code Future} or
     * {@code Flow.Publisher}. Cold sources should start (subscribe) only when the result is
     * awaited, as a publisher does.
     */
    Object adapt(Object value);
}
