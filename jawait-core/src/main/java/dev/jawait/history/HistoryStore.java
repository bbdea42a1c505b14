package dev.jawait.history;

import java.util.List;

/**
 * Where cells are remembered across sessions (IPython's {@code history.sqlite}): the terminal's
 * up-arrow and {@code %history}, and the Jupyter kernel's {@code history_request}, read it.
 *
 * <p>Implementations must be thread-safe; several processes may share one store.
 */
public interface HistoryStore extends AutoCloseable {
    /** Starts a new history session and returns its number. */
    long startSession();

    /** Remembers one cell. */
    void record(long session, int line, String input, String output);

    /** The last {@code n} cells across all sessions, oldest first. */
    List<HistoryEntry> tail(int n);

    /** Cells {@code start} (inclusive) to {@code stop} (exclusive; 0 = to the end) of one session. */
    List<HistoryEntry> range(long session, int start, int stop);

    /**
     * Cells whose input matches a glob ({@code *} any text, {@code ?} one character), newest
     * last, at most {@code n} (0 = all), each input once if {@code unique}.
     */
    List<HistoryEntry> search(String glob, int n, boolean unique);

    @Override
    void close();
}
