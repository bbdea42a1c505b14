package dev.jawait.engine.internal;

/**
 * Thrown into snippet code on a thread whose cell was interrupted. An {@link Error} so that
 * ordinary {@code catch (Exception e)} in user code lets it through; carries no stack trace.
 *
 * <p>Immutable.
 */
public final class CellStopped extends Error {
    private static final long serialVersionUID = 1L;

    public CellStopped() {
        super("the cell was interrupted", null, false, false);
    }
}
