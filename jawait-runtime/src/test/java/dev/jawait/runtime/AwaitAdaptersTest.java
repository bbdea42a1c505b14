package dev.jawait.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.SubmissionPublisher;
import org.junit.jupiter.api.Test;

/** {@link Await#awaitAny} / {@link Await#eachAny} and the adapter registry. */
class AwaitAdaptersTest {

    /** Stands in for a library type such as Reactor's Mono: not a future, not a publisher. */
    record Deferred<T>(T value) {}

    /** Stands in for a library stream type such as Flux. */
    record Many<T>(List<T> values) {}

    private static final AwaitAdapter DEFERRED = new AwaitAdapter() {
        @Override
        public boolean supports(Object value) {
            return value instanceof Deferred<?>;
        }

        @Override
        public Object adapt(Object value) {
            return CompletableFuture.completedFuture(((Deferred<?>) value).value());
        }
    };

    private static final AwaitAdapter MANY = new AwaitAdapter() {
        @Override
        public boolean supports(Object value) {
            return value instanceof Many<?>;
        }

        @Override
        public Object adapt(Object value) {
            return (Flow.Publisher<Object>) subscriber -> {
                var publisher = new SubmissionPublisher<Object>();
                publisher.subscribe(subscriber);
                ((Many<?>) value).values().forEach(publisher::submit);
                publisher.close();
            };
        }
    };

    @Test
    void awaitsBuiltInKindsWithoutAdapters() {
        String s = Await.awaitAny(CompletableFuture.completedFuture("s"));
        assertEquals("s", s);
    }

    @Test
    void registeredAdaptersTeachNewTypes() {
        AwaitAdapters.register(DEFERRED);
        AwaitAdapters.register(MANY);
        try {
            String value = Await.awaitAny(new Deferred<>("from an adapter"));
            assertEquals("from an adapter", value);

            List<Integer> seen = new ArrayList<>();
            try (AsyncStream<Integer> $jw1 = Await.eachAny(new Many<>(List.of(1, 2, 3)))) {
                for (int i : $jw1) {
                    seen.add(i);
                }
            }
            assertEquals(List.of(1, 2, 3), seen);
            Integer single = Await.awaitAny(new Many<>(List.of(7)));
            assertEquals(7, single);
        } finally {
            AwaitAdapters.unregister(DEFERRED);
            AwaitAdapters.unregister(MANY);
        }
        assertTrue(AwaitAdapters.find(new Deferred<>("x")).isEmpty());
    }

    @Test
    void somethingNotAwaitableIsAClearError() {
        var thrown = assertThrows(IllegalArgumentException.class, () -> Await.awaitAny(42));
        assertTrue(thrown.getMessage().contains("java.lang.Integer"), thrown.getMessage());
        assertTrue(thrown.getMessage().contains("CompletionStage"), thrown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Await.eachAny(new Deferred<>("not a stream")));
    }
}
