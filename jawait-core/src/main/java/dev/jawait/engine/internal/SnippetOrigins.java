package dev.jawait.engine.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where each JShell snippet came from: which cell ({@code In[3]}, or a script's name) and at
 * which line of it the snippet starts. Used to show stack frames in the user's terms.
 *
 * <p>Thread-safe.
 */
final class SnippetOrigins {
    /** A snippet's cell label and the cell line its first line is on (1-based). */
    record Origin(String cell, int firstLine) {}

    private final Map<String, Origin> bySnippetId = new ConcurrentHashMap<>();

    void record(String snippetId, String cell, int firstLine) {
        bySnippetId.put(snippetId, new Origin(cell, firstLine));
    }

    /** "In[3], line 2" for a frame at line {@code snippetLine} of snippet {@code snippetId}, or null. */
    String describe(String snippetId, int snippetLine) {
        Origin origin = bySnippetId.get(snippetId);
        if (origin == null) {
            return null;
        }
        return origin.cell() + ", line " + (origin.firstLine() + Math.max(snippetLine, 1) - 1);
    }
}
