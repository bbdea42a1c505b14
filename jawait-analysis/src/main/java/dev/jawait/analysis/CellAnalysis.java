package dev.jawait.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link CellAnalyzer} found in a cell. Immutable and thread-safe.
 *
 * @param completeness whether the cell can run, needs more input or can never be valid
 * @param needsAsync   whether any snippet's top-level code awaits (lambdas included)
 * @param snippets     the snippets in order; for an incomplete cell the last one is unfinished
 * @param problem      why the cell is {@link Completeness#INVALID}; empty otherwise
 */
public record CellAnalysis(Completeness completeness, boolean needsAsync,
                           List<SnippetSource> snippets, Optional<SourceProblem> problem) {
    /** Checks that the required components are not null and copies the lists (unmodifiable). */
    public CellAnalysis {
        Objects.requireNonNull(completeness, "completeness");
        snippets = List.copyOf(snippets);
        Objects.requireNonNull(problem, "problem");
    }
}
