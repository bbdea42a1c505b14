package dev.jawait.repl.internal;

import dev.jawait.Session;
import sun.misc.Signal;

/**
 * Maps SIGINT (Ctrl-C from the shell) onto a session: kept apart from the public
 * {@code ReplCommand} so that the JDK-internal {@code sun.misc.Signal} stays out of the API's
 * javadoc.
 *
 * <p>Stateless; the handler runs on the JVM's signal thread.
 */
public final class SigintHandler {
    private SigintHandler() {}

    /**
     * SIGINT stops the running cell (printing what the session says about one that has not
     * stopped); when no cell runs, a piped REPL exits as a shell command would.
     */
    public static void install(Session session, boolean exitWhenIdle) {
        try {
            Signal.handle(new Signal("INT"), signal -> {
                if (session.isRunning()) {
                    // a later SIGINT on a cell that has not stopped says what it waits for, the next abandons it
                    session.interrupt().message().ifPresent(System.err::println);
                } else if (exitWhenIdle) {
                    session.history(); // the last cell's record, written in the background, is kept
                    System.exit(130);
                }
            });
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // no SIGINT on this platform: nothing to map
        }
    }
}
