package dev.jawait;

/**
 * An error a user can cause and act on (an unknown runner, a bad setting). Its message says what
 * to do; front ends print it without a stack trace.
 *
 * <p>Immutable.
 */
public class JawaitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public JawaitException(String message) {
        super(message);
    }

    public JawaitException(String message, Throwable cause) {
        super(message, cause);
    }
}
