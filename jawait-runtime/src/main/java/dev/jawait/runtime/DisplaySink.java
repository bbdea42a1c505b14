package dev.jawait.runtime;

import java.util.Map;

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
     * Shows {@code value}, or replaces what was shown under {@code displayId}. A
     * {@link MimeBundle} is shown as exactly its types.
     *
     * @param value     the object to show (may be null)
     * @param displayId an identifier for later updates, or null
     * @param update    true to update the output shown earlier under {@code displayId}
     */
    void display(Object value, String displayId, boolean update);

    /** Clears the current cell's output; with {@code wait}, only when new output arrives. */
    void clearOutput(boolean wait);

    /**
     * Every representation this sink would show {@code value} as (MIME type to content, as in
     * {@link MimeBundle#data()}); {@code render(value, types…)} keeps the ones asked for. By
     * default only {@code text/plain}.
     */
    default Map<String, Object> render(Object value) {
        return Map.of("text/plain", Display.plainText(value));
    }
}
