package dev.jawait.magic;

/**
 * A cell magic ({@code %%name args} on a cell's first line): it receives the rest of the cell as
 * its body, e.g. {@code %%time}. Shared by every front end through the {@link MagicRegistry}.
 *
 * <p>Implementations must be thread-safe.
 */
@FunctionalInterface
public interface CellMagic {
    /** Runs the magic on {@code body} (the cell without its first line). */
    MagicResult run(MagicContext context, String args, String body);
}
