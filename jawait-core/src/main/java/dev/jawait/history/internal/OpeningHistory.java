package dev.jawait.history.internal;

import dev.jawait.history.HistoryEntry;
import dev.jawait.history.HistoryStore;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * A history store opened off the critical path of a start: either on a background thread right
 * away, so that opening a database (for SQLite: loading its native library, checking the schema)
 * overlaps with building the session, or only when first used, so that it does not compete with
 * the first cell for the CPU at all. Every call waits for the opening to finish.
 *
 * <p>Thread-safe as far as the opened store is.
 */
public final class OpeningHistory implements HistoryStore {
    private final Supplier<HistoryStore> opener;
    private final CompletableFuture<HistoryStore> opened = new CompletableFuture<>();
    private final AtomicBoolean started = new AtomicBoolean();

    private OpeningHistory(Supplier<HistoryStore> opener) {
        this.opener = opener;
    }

    /** Starts opening the store returned by {@code opener} now, on its own thread. */
    public static HistoryStore openInBackground(Supplier<HistoryStore> opener) {
        OpeningHistory history = new OpeningHistory(opener);
        history.startOpening();
        return history;
    }

    /**
     * Opens the store returned by {@code opener} when it is first used (in piped runs, after the
     * first cell has run: its result is not held up by a database it does not need). A store
     * never used is never opened.
     */
    public static HistoryStore openOnFirstUse(Supplier<HistoryStore> opener) {
        return new OpeningHistory(opener);
    }

    private void startOpening() {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                opened.complete(opener.get());
            } catch (RuntimeException | Error e) {
                opened.completeExceptionally(e);
            }
        }, "jawait-history-open");
        thread.setDaemon(true);
        thread.start();
    }

    private HistoryStore store() {
        startOpening();
        return opened.join();
    }

    @Override
    public long startSession() {
        return store().startSession();
    }

    @Override
    public void record(long session, int line, String input, String output) {
        store().record(session, line, input, output);
    }

    @Override
    public List<HistoryEntry> tail(int n) {
        return store().tail(n);
    }

    @Override
    public List<HistoryEntry> range(long session, int start, int stop) {
        return store().range(session, start, stop);
    }

    @Override
    public List<HistoryEntry> search(String glob, int n, boolean unique) {
        return store().search(glob, n, unique);
    }

    @Override
    public void close() {
        if (started.get()) {
            store().close();
        }
    }
}
