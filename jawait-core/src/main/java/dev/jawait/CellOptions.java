package dev.jawait;

import dev.jawait.engine.internal.OutputRouter;
import java.util.Objects;
import java.util.Optional;

/**
 * How to run one cell.
 *
 * @param mode          interactive (display the final value) or module
 * @param storeHistory  whether the cell gets a number and goes into history (Jupyter's
 *                      {@code store_history}; false for silent executions)
 * @param outputTag     an object the session's {@link OutputListener} receives with every piece of
 *                      output the cell — and the tasks it spawns — print later (e.g. a Jupyter
 *                      parent header); may be null
 * @param label         how frames and errors name the cell ({@code In[3]}, a file name), or null
 *                      for the default
 */
public record CellOptions(ExecutionMode mode, boolean storeHistory, Object outputTag, String label) {
    /** Checks that the required components are not null. */
    public CellOptions {
        Objects.requireNonNull(mode, "mode");
    }

    /** An interactive cell that gets a number. */
    public static CellOptions interactive() {
        return new CellOptions(ExecutionMode.INTERACTIVE, true, null, null);
    }

    /** A module-mode run. */
    public static CellOptions module(String label) {
        return new CellOptions(ExecutionMode.MODULE, true, null, label);
    }

    /** These options with {@code tag} as the output tag (given back to the {@link OutputListener}). */
    public CellOptions withOutputTag(Object tag) {
        return new CellOptions(mode, storeHistory, tag, label);
    }

    /** These options, storing the cell in the history or not. */
    public CellOptions withStoreHistory(boolean store) {
        return new CellOptions(mode, store, outputTag, label);
    }

    /**
     * The output tag of the cell whose code runs on the calling thread (given with
     * {@link #withOutputTag}), also in the tasks it spawned: for a front end that attributes what
     * snippet code hands it directly, such as a {@code display(x)} call, to the cell it belongs
     * to, as the session attributes printed output. Empty on other threads and for cells without
     * a tag.
     */
    public static Optional<Object> currentOutputTag() {
        OutputRouter.Target target = OutputRouter.current();
        return target == null ? Optional.empty() : Optional.ofNullable(target.tag());
    }
}
