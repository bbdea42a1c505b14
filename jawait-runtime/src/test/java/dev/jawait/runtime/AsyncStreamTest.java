package dev.jawait.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jawait.testing.Background;
import dev.jawait.testing.LoggingRangePublisher;
import dev.jawait.testing.TestPublisher;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.SubmissionPublisher;
import org.junit.jupiter.api.Test;

/** {@code for await (T x : publisher)}, i.e. {@link Await#each}. */
class AsyncStreamTest {

    @Test
    void requestsOneItemAtATimeWhenTheLoopAsksForIt() {
        List<String> log = new ArrayList<>();
        // what `for await (int i : publisher) log.add("body " + i);` compiles to
        try (var $jw1 = Await.each(new LoggingRangePublisher(3, log))) {
            for (int i : $jw1) {
                log.add("body " + i);
            }
        }
        assertEquals(List.of(
                "request 1", "emit 1", "body 1",
                "request 1", "emit 2", "body 2",
                "request 1", "emit 3", "complete", "body 3"), log);
    }

    @Test
    void nothingIsRequestedBeforeTheLoopStarts() {
        List<String> log = new ArrayList<>();
        try (var stream = Await.each(new LoggingRangePublisher(3, log))) {
            assertEquals(List.of(), log);
            assertEquals("AsyncStream[not iterated]", stream.toString());
        }
        assertEquals(List.of("cancel"), log);
    }

    @Test
    void breakingOutOfTheLoopCancels() {
        List<String> log = new ArrayList<>();
        try (var $jw1 = Await.each(new LoggingRangePublisher(100, log))) {
            for (int i : $jw1) {
                if (i == 2) {
                    break;
                }
            }
        }
        assertEquals(List.of("request 1", "emit 1", "request 1", "emit 2", "cancel"), log);
    }

    @Test
    void closeIsIdempotentAndEndsTheIteration() throws Exception {
        var publisher = new TestPublisher<String>();
        var stream = Await.each(publisher);
        stream.close();
        stream.close();
        assertTrue(publisher.wasCancelled());
        assertEquals(false, stream.iterator().hasNext());
    }

    @Test
    void errorMidStreamComesAfterTheItemsBeforeIt() throws Exception {
        var original = new IOException("connection reset");
        var publisher = new TestPublisher<String>();
        List<String> seen = new CopyOnWriteArrayList<>();
        var consumer = Background.virtual(() -> {
            try (var $jw1 = Await.each(publisher)) {
                for (String s : $jw1) {
                    seen.add(s);
                }
            }
            return null;
        });
        publisher.nextRequest();
        publisher.subscriber().onNext("a");
        publisher.nextRequest();
        publisher.subscriber().onNext("b");
        publisher.nextRequest();
        publisher.subscriber().onError(original);
        assertSame(original, consumer.failure());
        assertEquals(List.of("a", "b"), seen);
    }

    @Test
    void iterationPastAnErrorRethrowsItAgain() {
        var original = new IllegalStateException("boom");
        var stream = Await.<String>each(subscriber -> {
            subscriber.onSubscribe(new java.util.concurrent.Flow.Subscription() {
                public void request(long n) { subscriber.onError(original); }
                public void cancel() {}
            });
        });
        var items = stream.iterator();
        assertSame(original, assertThrows(IllegalStateException.class, items::hasNext));
        assertSame(original, assertThrows(IllegalStateException.class, items::next));
    }

    @Test
    void interruptWhileWaitingCancels() throws Exception {
        var publisher = new TestPublisher<String>();
        var consumer = Background.virtual(() -> {
            try (var $jw1 = Await.each(publisher)) {
                for (String s : $jw1) {
                    throw new AssertionError("no item expected: " + s);
                }
            }
            return null;
        });
        publisher.nextRequest();
        consumer.awaitParked().thread.interrupt();
        assertInstanceOf(InterruptedException.class, consumer.failure());
        assertTrue(publisher.wasCancelled());
    }

    @Test
    void canBeIteratedOnlyOnce() {
        try (var stream = Await.each(new LoggingRangePublisher(1, new ArrayList<>()))) {
            stream.iterator();
            var thrown = assertThrows(IllegalStateException.class, stream::iterator);
            assertTrue(thrown.getMessage().contains("already been iterated"), thrown.getMessage());
        }
    }

    @Test
    void consumesASubmissionPublisherInOrder() throws Exception {
        var publisher = new SubmissionPublisher<Integer>();
        var consumer = Background.virtual(() -> {
            List<Integer> seen = new ArrayList<>();
            try (var $jw1 = Await.each(publisher)) {
                for (Integer i : $jw1) {
                    seen.add(i);
                }
            }
            return seen;
        });
        while (publisher.getNumberOfSubscribers() == 0) {
            Thread.sleep(1);
        }
        for (int i = 0; i < 50; i++) {
            publisher.submit(i);
        }
        publisher.close();
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            expected.add(i);
        }
        assertEquals(expected, consumer.value());
    }
}
