package dev.jawait.runtime;

/**
 * One cell of a session, as the engine hands it to a {@link Runner}: the compiled code of what
 * the user submitted, ready to be run once.
 *
 * <p>A runner calls {@link #call()} exactly once, on whatever thread it chooses, and reports
 * its outcome unchanged. Implementations are supplied by the engine; a cell is not meant to be
 * called concurrently or more than once.
 */
public interface Cell {

    /**
     * Runs the cell's code to completion.
     *
     * @return the value of the cell's final expression, or {@code null} when it has none
     * @throws Exception whatever the cell's code throws; checked exceptions rethrown by
     *     {@code await} arrive here unwrapped
     */
    Object call() throws Exception;

    /** The user's source text of this cell, for runners that want to log or display it. */
    String source();
}
