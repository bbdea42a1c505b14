package dev.jawait.magic;

import dev.jawait.CellResult;
import dev.jawait.ExecutionMode;

/**
 * What a magic may use while it runs inside a cell: a narrow {@link SessionControl}, and running
 * code as part of that cell (same number, same output routing, through the runner when it awaits).
 *
 * <p>Valid only during the magic's {@code run}; used from the cell's thread.
 */
public interface MagicContext {
    /** The session, as much of it as a magic may see and change. */
    SessionControl control();

    /** The mode of the cell the magic is in. */
    ExecutionMode mode();

    /** Runs {@code code} as part of the current cell and returns its result. */
    CellResult run(String code);

    /**
     * Runs {@code code} as {@link #run} does and measures it: its execution apart from its
     * compilation (what {@code %time} reports).
     */
    TimedRun runTimed(String code);

    /**
     * Runs {@code code} in module mode (nothing displayed, top-level await allowed) as part of the
     * current cell, frames and errors naming {@code label} (a file name), e.g. {@code %run}.
     */
    CellResult runModule(String code, String label);

    /**
     * Shows {@code output} under the running cell now: HTML and text in Jupyter, the text
     * elsewhere (through the runtime's {@link dev.jawait.runtime.Display} sink, as {@code display(x)} does).
     */
    default void display(RichOutput output) {
        dev.jawait.runtime.Display.sink().display(output, null, false);
    }
}
