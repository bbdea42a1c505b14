package dev.jawait.runtime;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The items of a {@link Flow.Publisher} as a blocking {@link Iterable}: what {@code for await}
 * iterates (see {@link Await#each}).
 *
 * <pre>{@code
 * try (AsyncStream<String> lines = Await.each(publisher)) {
 *     for (String line : lines) { ... }
 * }
 * }</pre>
 *
 * <ul>
 *   <li>Back-pressure: one item is requested at a time, and only when the consumer asks for
 *       the next one ({@code hasNext()}), so the publisher never runs ahead of the loop body.
 *   <li>{@link #close()} cancels the subscription; leaving the loop early (break, return,
 *       exception) therefore cancels the publisher. After {@code close()} the iteration ends.
 *   <li>A publisher error is rethrown, the original throwable, once the items before it have
 *       been consumed (and again on every further {@code hasNext()}).
 *   <li>Waiting for the next item is interruptible: the subscription is cancelled and
 *       {@link InterruptedException} is thrown (unchecked, like {@code await}).
 *   <li>It can be iterated only once.
 * </ul>
 *
 * <p>Thread-safety: one thread consumes the iterator; {@link #close()} may be called from any
 * thread.
 */
public final class AsyncStream<T> implements Iterable<T>, AutoCloseable {

    private static final Object END = new Object();

    private record Failure(Throwable error) {}

    private final Upstream upstream = new Upstream();
    private final LinkedBlockingQueue<Object> signals = new LinkedBlockingQueue<>();
    private final AtomicBoolean iterated = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile boolean terminated; // the publisher has signalled onComplete or onError
    private final Flow.Subscriber<T> subscriber = new Receiver();

    AsyncStream() {}

    /** The subscriber to hand the publisher; package-private so it is not part of the API. */
    Flow.Subscriber<T> subscriber() {
        return subscriber;
    }

    @Override
    public Iterator<T> iterator() {
        if (!iterated.compareAndSet(false, true)) {
            throw new IllegalStateException("this AsyncStream has already been iterated: it consumes its publisher"
                    + " once; call Await.each(publisher) again for a new subscription");
        }
        return new Items();
    }

    /** Cancels the subscription and ends the iteration. Idempotent; never throws. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            if (!terminated) {
                upstream.cancel();
            }
            signals.add(END); // wakes a consumer waiting on another thread
        }
    }

    @Override
    public String toString() {
        return "AsyncStream[" + (closed.get() ? "closed" : iterated.get() ? "iterating" : "not iterated") + "]";
    }

    private final class Receiver implements Flow.Subscriber<T> {
        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            upstream.set(subscription);
        }

        @Override
        public void onNext(T item) {
            if (item == null) {
                NullPointerException npe = new NullPointerException("the publisher emitted a null item (Reactive Streams §2.13)");
                upstream.cancel();
                signals.add(new Failure(npe));
                throw npe;
            }
            signals.add(item);
        }

        @Override
        public void onError(Throwable error) {
            terminated = true;
            signals.add(new Failure(Objects.requireNonNull(error, "onError(null) (Reactive Streams §2.13)")));
        }

        @Override
        public void onComplete() {
            terminated = true;
            signals.add(END);
        }
    }

    private final class Items implements Iterator<T> {
        private Object next;      // an item taken from the queue but not yet returned by next()
        private Object terminal;  // END or a Failure once the stream has ended
        private boolean requested;

        @Override
        public boolean hasNext() {
            if (closed.get()) {
                return false;
            }
            if (next != null) {
                return true;
            }
            if (terminal == null) {
                Object signal = signals.poll(); // the publisher may have completed without being asked
                if (signal == null) {
                    if (!requested) {
                        requested = true;
                        upstream.request(1);
                    }
                    try {
                        Awaiting.begin(this);
                        try {
                            signal = signals.take();
                        } finally {
                            Awaiting.end();
                        }
                    } catch (InterruptedException e) {
                        close();
                        throw Throwables.sneaky(e);
                    }
                }
                if (signal != END && !(signal instanceof Failure)) {
                    requested = false;
                    next = signal;
                    return true;
                }
                terminal = signal;
            }
            if (terminal instanceof Failure failure && !closed.get()) {
                throw Throwables.sneaky(failure.error());
            }
            return false;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException("the publisher has no more items");
            }
            T item = (T) next;
            next = null;
            return item;
        }
    }
}
