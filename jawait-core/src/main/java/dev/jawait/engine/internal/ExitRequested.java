package dev.jawait.engine.internal;

/**
 * Thrown in place of {@code System.exit}, {@code Runtime.exit} or {@code Runtime.halt} called by
 * snippet code: the session decides what exiting means (module mode exits with the status,
 * interactive mode reports it and goes on).
 *
 * <p>Immutable.
 */
public final class ExitRequested extends Error {
    private static final long serialVersionUID = 1L;
    private final int status;

    public ExitRequested(int status) {
        super("System.exit(" + status + ")", null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
