package dev.jawait;

import java.util.List;
import java.util.Optional;

/**
 * What {@link Session#interrupt()} did, so that a front end can tell the user what is going on
 * when a stop takes: exactly one of
 * <ul>
 *   <li>{@link NothingRunning}: no cell was running or waiting to run;</li>
 *   <li>{@link StopRequested}: the cell was asked to stop (it ends as {@link CellResult.Interrupted});</li>
 *   <li>{@link StillRunning}: it was asked before and has not stopped; its threads were interrupted
 *       afresh, and the {@linkplain #message() message} says what they wait for and whether
 *       interrupting again abandons the cell;</li>
 *   <li>{@link Abandoned}: it did not stop after that offer, so the session stopped waiting for it;
 *       its thread is left where it is (the cell's result says so).</li>
 * </ul>
 * A front end shows {@link #message()} when there is one (the terminal and a piped {@code jawait}
 * print it; the kernel sends it to the cell's output).
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface Interruption {

    /** What to tell the user, when there is something to tell. */
    Optional<String> message();

    /** No cell was running or waiting to run. */
    record NothingRunning() implements Interruption {
        @Override
        public Optional<String> message() {
            return Optional.empty();
        }
    }

    /** The running cell, or the next one waiting to run, was asked to stop. */
    record StopRequested() implements Interruption {
        @Override
        public Optional<String> message() {
            return Optional.empty();
        }
    }

    /**
     * The cell was asked to stop before and still runs.
     *
     * @param threads    what its threads are doing (empty while jawait compiles or a magic runs)
     * @param canAbandon whether interrupting again abandons it
     * @param text       the message for people
     */
    record StillRunning(List<ThreadActivity> threads, boolean canAbandon, String text) implements Interruption {
        /** Copies the lists (unmodifiable). */
        public StillRunning {
            threads = List.copyOf(threads);
        }

        @Override
        public Optional<String> message() {
            return Optional.of(text);
        }
    }

    /**
     * The cell was abandoned: the session goes on, and its threads are left where they are; a
     * thread that leaves its wait stops at its first stop check and never runs the session's
     * code again. Nothing to show now: the cell's result ({@link CellResult.Interrupted}) says so
     * in its notices, in order with the cell's output.
     *
     * @param threads what its threads were doing
     */
    record Abandoned(List<ThreadActivity> threads) implements Interruption {
        /** Copies the lists (unmodifiable). */
        public Abandoned {
            threads = List.copyOf(threads);
        }

        @Override
        public Optional<String> message() {
            return Optional.empty();
        }
    }
}
