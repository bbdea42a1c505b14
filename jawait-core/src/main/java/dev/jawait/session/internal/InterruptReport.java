package dev.jawait.session.internal;

import dev.jawait.Interruption;
import dev.jawait.ThreadActivity;
import dev.jawait.engine.internal.CellRun;
import dev.jawait.engine.internal.Engine;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A session's interrupts as front ends see them: one more interrupt of the current cell, turned
 * into the {@link Interruption} to show (what the threads of a cell that has not stopped are
 * doing, and whether interrupting again abandons it), and what a running cell's threads do.
 *
 * <p>Stateless; thread-safe.
 */
public final class InterruptReport {
    private InterruptReport() {}

    /** One more interrupt of the running cell, or the first waiting one (see {@link CellRun#interrupt()}). */
    public static Interruption interrupt(SubmittedCells cells, EngineSlot engines) {
        SubmittedCells.Interrupted interrupted = cells.interrupt();
        if (interrupted == null) {
            return new Interruption.NothingRunning();
        }
        List<ThreadActivity> threads = interrupted.escalation() == CellRun.Escalation.STOP_REQUESTED
                ? List.of() : threads(interrupted.cell(), engines.get());
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

    /** What the threads running the snippet code of the current cell do now; empty when none runs. */
    public static List<ThreadActivity> cellThreads(SubmittedCells cells, EngineSlot engines) {
        CellRun running = cells.running();
        return running == null ? List.of() : threads(running, engines.get());
    }

    static List<ThreadActivity> threads(CellRun cell, Engine engine) {
        return cell.threads().stream().map(thread -> engine.activity(cell, thread)).toList();
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
