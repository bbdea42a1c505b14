package dev.jawait.runtime;

import java.util.Objects;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A subscriber's side of one {@link Flow.Subscription} that may arrive late: requests made
 * before {@code onSubscribe} are held and issued on arrival, a cancel before arrival cancels
 * the subscription as soon as it comes, and a second subscription is cancelled (Reactive
 * Streams §2.5). Thread-safe.
 */
final class Upstream {

    private static final Flow.Subscription CANCELLED = new Flow.Subscription() {
        @Override
        public void request(long n) {}

        @Override
        public void cancel() {}
    };

    private final AtomicReference<Flow.Subscription> subscription = new AtomicReference<>();
    private final AtomicLong deferred = new AtomicLong();

    /** Accepts the subscription from {@code onSubscribe}; false (and cancels it) if it came too late or twice. */
    boolean set(Flow.Subscription s) {
        Objects.requireNonNull(s, "onSubscribe(null) (Reactive Streams §2.13)");
        if (!subscription.compareAndSet(null, s)) {
            s.cancel();
            return false;
        }
        long n = deferred.getAndSet(0);
        if (n > 0) {
            s.request(n);
        }
        return true;
    }

    /** Requests {@code n > 0} more items, now or as soon as the subscription arrives. */
    void request(long n) {
        Flow.Subscription s = subscription.get();
        if (s == null) {
            deferred.addAndGet(n);
            s = subscription.get();
            if (s == null || (n = deferred.getAndSet(0)) == 0) {
                return; // set() will issue it
            }
        }
        s.request(n);
    }

    /** Cancels the subscription, now or on arrival. Idempotent. */
    void cancel() {
        Flow.Subscription s = subscription.getAndSet(CANCELLED);
        if (s != null && s != CANCELLED) {
            s.cancel();
        }
    }
}
