package dev.jawait.history;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * A history store that is opened on a background thread, so that opening a database (for SQLite:
 * loading its native library, checking the schema) overlaps with building the session instead of
 * delaying the first prompt or result. Every call waits for the opening to finish.
 *
 * <p>Thread-safe as far as the opened store is.
 */
public final class OpeningHistory implements HistoryStore {
    private final CompletableFuture<HistoryStore> opened;

    private OpeningHistory(Supplier<HistoryStore> opener) {
        this.opened = new CompletableFuture<>();
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

    /** Starts opening the store returned by {@code opener} now, on its own thread. */
    public static HistoryStore openInBackground(Supplier<HistoryStore> opener) {
        return new OpeningHistory(opener);
    }

    private HistoryStore store() {
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
        store().close();
    }
}
