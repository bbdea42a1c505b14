package dev.jawait;

/**
 * Receives what snippet code prints on {@code System.out}/{@code System.err}, with the tag of the
 * cell it belongs to: the cell running on that thread, or the cell that started the task (tasks
 * and threads started from a cell inherit its tag). Output of threads no cell started (a shared
 * pool, say) comes with a null tag; a front end shows it with the current cell.
 *
 * <p>Called from the printing threads, possibly concurrently: implementations must be thread-safe.
 */
@FunctionalInterface
public interface OutputListener {
    /**
     * Receives a piece of output a cell printed.
     *
     * @param tag    the {@link CellOptions#outputTag()} of the originating cell, or null
     * @param stderr whether it was printed on {@code System.err}
     * @param text   the text, in pieces as flushed (not necessarily whole lines)
     */
    void output(Object tag, boolean stderr, String text);
}
