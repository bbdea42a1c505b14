package dev.jawait;

import java.util.List;

/**
 * Completion candidates for a position in a cell.
 *
 * @param anchor     where the text the candidates replace starts (offset in the cell)
 * @param candidates what may be inserted there, best first, without duplicates
 */
public record Completion(int anchor, List<String> candidates) {
    /** Copies the lists (unmodifiable). */
    public Completion {
        candidates = List.copyOf(candidates);
    }
}
