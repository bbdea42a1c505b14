package dev.jawait.testing;

import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A hand-driven publisher for one subscriber: the test sees each request and the cancel, and
 * decides when to emit. Emitting is the test's business (it may even break the rules on purpose).
 */
public final class TestPublisher<T> implements Flow.Publisher<T> {

    public final LinkedBlockingQueue<Long> requests = new LinkedBlockingQueue<>();
    public final CountDownLatch cancelled = new CountDownLatch(1);
    public final CountDownLatch subscribed = new CountDownLatch(1);
    private volatile Flow.Subscriber<? super T> subscriber;

    @Override
    public void subscribe(Flow.Subscriber<? super T> s) {
        subscriber = Objects.requireNonNull(s);
        s.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {
                requests.add(n);
            }

            @Override
            public void cancel() {
                cancelled.countDown();
            }
        });
        subscribed.countDown();
    }

    public Flow.Subscriber<? super T> subscriber() {
        return subscriber;
    }

    public long nextRequest() throws InterruptedException {
        Long n = requests.poll(10, TimeUnit.SECONDS);
        if (n == null) {
            throw new AssertionError("no request within 10 s");
        }
        return n;
    }

    public boolean wasCancelled() throws InterruptedException {
        return cancelled.await(10, TimeUnit.SECONDS);
    }

    public boolean isCancelled() {
        return cancelled.getCount() == 0;
    }
}
