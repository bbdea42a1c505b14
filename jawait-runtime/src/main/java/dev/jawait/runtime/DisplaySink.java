package dev.jawait.runtime;

/**
 * Where {@link SessionHelpers#display(Object)} and its relatives send values: a front end that can
 * show rich output (the Jupyter kernel) installs one with {@link Display#install(DisplaySink)}.
 * The sink decides which cell a call belongs to (the calling thread's cell, as for printed output).
 *
 * <p>Called from the threads of snippet code, possibly concurrently: implementations must be
 * thread-safe.
 */
public interface DisplaySink {
    /**
     * Shows {@code value}, or replaces what was shown under {@code displayId}.
     *
     * @param value     the object to show (may be null)
     * @param displayId an identifier for later updates, or null
     * @param update    true to update the output shown earlier under {@code displayId}
     */
    void display(Object value, String displayId, boolean update);

    /** Clears the current cell's output; with {@code wait}, only when new output arrives. */
    void clearOutput(boolean wait);
}
