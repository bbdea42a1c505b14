package dev.jawait;

import java.io.IOException;

/**
 * Lets the user edit text, for JShell's {@code /edit}: the session decides what to edit and runs
 * what comes back; a front end that can run an editor (the terminal) registers one with
 * {@link SessionBuilder#editor}. Without one, {@code /edit} says where it works.
 *
 * <p>Called on the session's thread, one call at a time; implementations need not be thread-safe.
 */
@FunctionalInterface
public interface Editor {
    /**
     * Shows {@code text} in an editor and returns it as the user saved it when leaving.
     *
     * @throws IOException when the editor cannot be run or its file read back
     * @throws JawaitException.UnavailableException when no editor is configured (the message says how to set one)
     */
    String edit(String text) throws IOException;
}
