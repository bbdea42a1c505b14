package dev.jawait.magic;

import dev.jawait.Session;

/**
 * A line magic ({@code %name args}): a command of the session that front ends share. A magic
 * returns the lines it wants shown; a user error is a {@link dev.jawait.JawaitException}.
 *
 * <p>Implementations must be thread-safe (a session runs one cell at a time, but sessions may
 * share a registry).
 */
@FunctionalInterface
public interface LineMagic {
    /** Runs the magic; {@code args} is the rest of the line, stripped. */
    java.util.List<String> run(Session session, String args);
}
