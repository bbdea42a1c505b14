package dev.jawait.magic;

import dev.jawait.Completion;

/**
 * Completes a magic's arguments ({@code %run} file names, {@code %autoawait} runner names).
 * Registered with the magic in its {@link MagicRegistry}.
 *
 * <p>Implementations must be thread-safe.
 */
@FunctionalInterface
public interface ArgumentCompleter {
    /**
     * Candidates for the argument text before the cursor; the completion's anchor is an offset in
     * {@code arguments}.
     */
    Completion complete(SessionControl session, String arguments);
}
