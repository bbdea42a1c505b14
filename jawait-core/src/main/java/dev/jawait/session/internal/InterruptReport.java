package dev.jawait.session.internal;

import dev.jawait.Interruption;
import dev.jawait.ThreadActivity;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns what an interrupt did to a cell into the {@link Interruption} a front end shows: what the
 * threads of a cell that has not stopped are doing, and whether interrupting again abandons it.
 *
 * <p>Stateless; thread-safe.
 */
public final class InterruptReport {
    private InterruptReport() {}

    /**
     * @param interrupted the interrupted cell and what the interrupt did, or null when there was none
     * @param threads     what the cell's threads are doing now
     */
    public static Interruption of(SubmittedCells.Interrupted interrupted, List<ThreadActivity> threads) {
        if (interrupted == null) {
            return new Interruption.NothingRunning();
        }
        return switch (interrupted.escalation()) {
            case STOP_REQUESTED -> new Interruption.StopRequested();
            case STILL_STOPPING -> new Interruption.StillRunning(threads, false, stillRunning(threads)
                    + " It stops as soon as that is done.");
            case ON_CALLERS_THREAD -> new Interruption.StillRunning(threads, false, stillRunning(threads)
                    + " It runs on the thread that called the session (runner `sync`), so it cannot be abandoned;"
                    + " it stops when that wait ends.");
            case ABANDONABLE -> new Interruption.StillRunning(threads, true, stillRunning(threads)
                    + " Interrupt again to abandon it: the session goes on, and the cell's thread is left where it is.");
            case ABANDONED -> new Interruption.Abandoned(threads);
        };
    }

    /** The notice of an abandoned cell's result, with what its threads are doing. */
    public static String abandoned(List<ThreadActivity> threads) {
        return "Abandoned the cell: the session goes on. Its thread " + (threads.isEmpty() ? "is" : describe(threads)
                + ", and is") + " left where it is; if that wait ever ends, it stops before it runs more of the cell.";
    }

    private static String stillRunning(List<ThreadActivity> threads) {
        if (threads.isEmpty()) {
            return "The cell has not stopped yet: jawait is compiling it or running a magic.";
        }
        return "The cell has not stopped yet: it " + describe(threads) + ".";
    }

    private static String describe(List<ThreadActivity> threads) {
        return threads.stream().map(ThreadActivity::describe).collect(Collectors.joining("; and "));
    }
}
