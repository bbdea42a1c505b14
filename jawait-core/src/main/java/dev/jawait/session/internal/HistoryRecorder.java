package dev.jawait.session.internal;

import dev.jawait.history.HistoryStore;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Records a session's cells in its {@link HistoryStore} off the cell's own path: each cell's
 * record is written in order on a background thread, so a result is never held up by a database
 * write, nor by a store still opening. The session's number in the store is asked for when first
 * needed. Readers call {@link #flush()} first, so they see every cell recorded so far.
 *
 * <p>Thread-safe.
 */
public final class HistoryRecorder {
    private static final long NOT_STARTED = Long.MIN_VALUE;
    private static final Executor WRITER = task -> Thread.ofPlatform().daemon().name("jawait-history").start(task);

    private final HistoryStore store;
    private final Object lock = new Object();
    private volatile long session = NOT_STARTED;
    private CompletableFuture<Void> writes = CompletableFuture.completedFuture(null);

    public HistoryRecorder(HistoryStore store) {
        this.store = store;
    }

    public HistoryStore store() {
        return store;
    }

    /** The session's number in the store, started on first call. */
    public long session() {
        long number = session;
        if (number == NOT_STARTED) {
            synchronized (lock) {
                number = session;
                if (number == NOT_STARTED) {
                    number = store.startSession();
                    session = number;
                }
            }
        }
        return number;
    }

    /** Queues one cell's record after those queued before it. */
    public void record(int line, String input, String output) {
        synchronized (lock) {
            // a failed write was reported by the store (stores warn once and carry on); the next still runs
            writes = writes.exceptionally(failure -> null)
                    .thenRunAsync(() -> store.record(session(), line, input, output), WRITER);
        }
    }

    /** Waits until every record queued so far has been written (or has failed). */
    public void flush() {
        CompletableFuture<Void> pending;
        synchronized (lock) {
            pending = writes;
        }
        pending.exceptionally(failure -> null).join();
    }
}
