package dev.jawait.magic;

import dev.jawait.JawaitException;

/**
 * Thrown by a magic that stopped because the cell was interrupted (Ctrl-C, a Jupyter interrupt,
 * {@code Session.interrupt()}) while it waited: the cell ends as interrupted, with the message as
 * a notice saying what was left undone.
 *
 * <p>Immutable.
 */
public final class MagicInterruptedException extends JawaitException {
    private static final long serialVersionUID = 1L;

    public MagicInterruptedException(String message) {
        super(message);
    }
}
