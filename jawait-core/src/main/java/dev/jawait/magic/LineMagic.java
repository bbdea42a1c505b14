package dev.jawait.magic;

/**
 * A line magic ({@code %name args} on a line of its own): a command every front end shares
 * through the session's {@link MagicRegistry}; none implements a magic itself. A user error is a
 * {@link dev.jawait.JawaitException} (usually a
 * {@link dev.jawait.JawaitException.BadArgumentsException}) with an actionable message.
 *
 * <p>Implementations must be thread-safe.
 */
@FunctionalInterface
public interface LineMagic {
    /** Runs the magic; {@code args} is the rest of the line, stripped. */
    MagicResult run(MagicContext context, String args);
}
