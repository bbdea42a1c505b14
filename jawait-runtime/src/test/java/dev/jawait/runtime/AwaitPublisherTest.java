package dev.jawait.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jawait.testing.Background;
import dev.jawait.testing.TestPublisher;
import java.io.IOException;
import java.util.concurrent.Flow;
import java.util.concurrent.SubmissionPublisher;
import org.junit.jupiter.api.Test;

/** {@code await} on a {@code Flow.Publisher}: its single item. */
class AwaitPublisherTest {

    @Test
    void requestsTwoAndGivesTheSingleItem() throws Exception {
        var publisher = new TestPublisher<String>();
        var waiter = Background.virtual(() -> {
            String value = Await.await(publisher);
            return value;
        });
        assertEquals(2, publisher.nextRequest());
        publisher.subscriber().onNext("only");
        publisher.subscriber().onComplete();
        assertEquals("only", waiter.value());
        assertFalse(publisher.isCancelled());
    }

    @Test
    void emptyPublisherGivesNull() {
        Flow.Publisher<String> empty = subscriber -> {
            subscriber.onSubscribe(new NoOpSubscription());
            subscriber.onComplete();
        };
        assertNull(Await.await(empty));
    }

    @Test
    void secondItemCancelsAndPointsToForAwait() throws Exception {
        var publisher = new TestPublisher<Integer>();
        var waiter = Background.virtual(() -> Await.await(publisher));
        publisher.nextRequest();
        publisher.subscriber().onNext(1);
        publisher.subscriber().onNext(2);
        var failure = assertInstanceOf(IllegalStateException.class, waiter.failure());
        assertTrue(failure.getMessage().contains("more than one item"), failure.getMessage());
        assertTrue(failure.getMessage().contains("for await (var x : publisher)"), failure.getMessage());
        assertTrue(publisher.wasCancelled());
    }

    @Test
    void onErrorRethrowsTheOriginalThrowable() {
        var original = new IOException("stream broke");
        Flow.Publisher<String> failing = subscriber -> {
            subscriber.onSubscribe(new NoOpSubscription());
            subscriber.onError(original);
        };
        try {
            Await.<IOException>declare();
            Await.await(failing);
        } catch (IOException e) {
            assertSame(original, e);
            return;
        }
        throw new AssertionError("await should have thrown");
    }

    @Test
    void interruptCancelsTheSubscription() throws Exception {
        var publisher = new TestPublisher<String>();
        var waiter = Background.virtual(() -> Await.await(publisher));
        publisher.nextRequest();
        waiter.awaitParked().thread.interrupt();
        assertInstanceOf(InterruptedException.class, waiter.failure());
        assertTrue(publisher.wasCancelled());
    }

    @Test
    void nullItemIsARuleViolation() throws Exception {
        var publisher = new TestPublisher<String>();
        var waiter = Background.virtual(() -> Await.await(publisher));
        publisher.nextRequest();
        assertThrows(NullPointerException.class, () -> publisher.subscriber().onNext(null));
        assertInstanceOf(NullPointerException.class, waiter.failure());
        assertTrue(publisher.isCancelled());
    }

    @Test
    void secondSubscriptionIsCancelled() throws Exception {
        var publisher = new TestPublisher<String>();
        var waiter = Background.virtual(() -> Await.await(publisher));
        publisher.nextRequest();
        var second = new TestPublisher<String>();
        second.subscribe(publisher.subscriber());
        assertTrue(second.isCancelled(), "Reactive Streams §2.5");
        publisher.subscriber().onNext("x");
        publisher.subscriber().onComplete();
        assertEquals("x", waiter.value());
    }

    @Test
    void worksWithAnAsynchronousSubmissionPublisher() throws Exception {
        var publisher = new SubmissionPublisher<String>();
        var waiter = Background.virtual(() -> Await.await(publisher));
        while (publisher.getNumberOfSubscribers() == 0) {
            Thread.sleep(1);
        }
        publisher.submit("hello");
        publisher.close();
        assertEquals("hello", waiter.value());
    }

    private static final class NoOpSubscription implements Flow.Subscription {
        @Override
        public void request(long n) {}

        @Override
        public void cancel() {}
    }
}
