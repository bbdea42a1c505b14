package dev.jawait.magic;

import dev.jawait.CellResult;
import dev.jawait.ExecutionMode;
import dev.jawait.Session;

/**
 * What a magic may use while it runs inside a cell: the session, and running code as part of
 * that cell (same number, same output routing, through the runner when it awaits).
 *
 * <p>Valid only during the magic's {@code run}; used from the cell's thread.
 */
public interface MagicContext {
    Session session();

    /** The mode of the cell the magic is in. */
    ExecutionMode mode();

    /** Runs {@code code} as part of the current cell and returns its result. */
    CellResult run(String code);

    /**
     * Runs {@code code} in module mode (nothing displayed, top-level await allowed) as part of the
     * current cell, frames and errors naming {@code label} (a file name), e.g. {@code %run}.
     */
    CellResult runModule(String code, String label);
}
