package dev.jawait.adapters;

import java.util.concurrent.Flow;
import org.reactivestreams.FlowAdapters;
import org.reactivestreams.Publisher;

/**
 * Helpers the adapters share: Reactive Streams publishers as {@link Flow.Publisher}s, and the
 * error for awaiting a stream as one value.
 *
 * <p>Stateless and thread-safe.
 */
final class Streams {
    private Streams() {}

    /** {@code publisher} as a JDK {@code Flow.Publisher} (cancellation passes through). */
    static <T> Flow.Publisher<T> flow(Publisher<T> publisher) {
        return FlowAdapters.toFlowPublisher(publisher);
    }

    /** The error for {@code await} on a stream type: it names {@code for await} and a collecting operator. */
    static IllegalStateException notASingleValue(Object stream, String collect) {
        String type = stream.getClass().getSimpleName().isEmpty() ? stream.getClass().getName() : stream.getClass().getSimpleName();
        return new IllegalStateException("cannot `await` a " + type + ": it is a stream of items. Iterate it with"
                + " `for await (var x : stream) { ... }`, or await one value made by a collecting operator such as " + collect + ".");
    }
}
