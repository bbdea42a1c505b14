package dev.jawait;

/** How a cell ended. */
public enum CellStatus {
    /** Every snippet of the cell ran. */
    OK,
    /** The cell did not compile; for a syntax error nothing ran, otherwise the snippets before the error ran. */
    COMPILE_ERROR,
    /** A snippet threw; the snippets after it did not run. */
    FAILED,
    /** The cell was interrupted; the rest of it never runs. */
    INTERRUPTED,
    /** Snippet code called {@code System.exit} (or {@code Runtime.exit}/{@code halt}). */
    EXIT_REQUESTED
}
