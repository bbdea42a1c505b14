package dev.jawait.engine.internal;

import java.io.InterruptedIOException;
import java.nio.channels.ClosedByInterruptException;

/**
 * The stop of one thread while it runs a cell's snippet code, with the rules that make a stop win
 * (see {@link StopControl}). Once requested, a stop stays requested until the thread leaves the
 * cell's code ({@link #release()}):
 * <ol>
 *   <li>it is delivered once, as {@link CellStopped} at the next stop check, or as the
 *       {@code InterruptedException} of the wait the interrupt ended;</li>
 *   <li>cleanup on the way up ({@code finally}, a subscription's {@code cancel()}) then has
 *       {@link StopControl#CLEANUP_GRACE_NANOS}, once: no stop check throws meanwhile;</li>
 *   <li>after that every stop check throws again, with a fresh interrupt;</li>
 *   <li>snippet code that catches the stop ({@link CellStopped} in a {@code catch (Throwable e)},
 *       an {@code InterruptedException} the interrupt caused) gets a fresh interrupt, so its next
 *       wait ends as well. The grace stays for what the handler calls (a try-with-resources closes
 *       its resource there), but ends at once when the method that caught the stop, or one it
 *       returns to, goes round a loop again, or when the stop is caught a second time.</li>
 * </ol>
 *
 * <p>Thread-safe: requested and re-asserted from an interrupting thread, checked on the thread itself.
 */
final class ThreadStop {
    private enum Phase { RUNNING, REQUESTED, GRACE, ENFORCED }

    private final Thread thread;
    private volatile Phase phase = Phase.RUNNING; // written under this
    private long graceUntil;
    /** How deep the stack was where snippet code first caught the stop; -1 before. */
    private int caughtAtDepth = -1;
    private boolean released;

    ThreadStop(Thread thread) {
        this.thread = thread;
    }

    Thread thread() {
        return thread;
    }

    /** Whether a stop was requested for this thread (it may be in its cleanup grace). */
    boolean requested() {
        return phase != Phase.RUNNING;
    }

    /** Asks the thread to stop and interrupts it out of any wait; nothing once it has left the cell's code. */
    synchronized void request() {
        if (released) {
            return;
        }
        if (phase == Phase.RUNNING) {
            phase = Phase.REQUESTED;
            StopControl.countRequested(1);
        }
        thread.interrupt();
    }

    /** The thread stops itself ({@code System.exit}): no interrupt, and cleanup on the way up gets its grace. */
    synchronized void requestQuietly() {
        if (released || phase != Phase.RUNNING) {
            return;
        }
        StopControl.countRequested(1);
        startGrace(System.nanoTime());
    }

    /**
     * A fresh interrupt for a thread whose stop is pending but whose interrupt was consumed
     * (swallowed by code jawait does not see), unless it is in its cleanup grace.
     */
    synchronized void reassert() {
        if (released || phase == Phase.RUNNING
                || (phase == Phase.GRACE && System.nanoTime() - graceUntil < 0)) {
            return;
        }
        if (!thread.isInterrupted()) {
            thread.interrupt();
        }
    }

    /** The thread has left the cell's code: nothing may stop or interrupt it any more. */
    synchronized void release() {
        if (released) {
            return;
        }
        released = true;
        if (phase != Phase.RUNNING) {
            StopControl.countRequested(-1);
        }
    }

    /**
     * At a stop check, on the thread itself: the error to throw now, or null to go on.
     *
     * @param loop whether a loop goes round again (else a method is entered)
     */
    synchronized CellStopped due(boolean loop) {
        long now = System.nanoTime();
        if (loop && phase == Phase.GRACE && caughtAtDepth >= 0 && stackDepth() <= caughtAtDepth) {
            phase = Phase.ENFORCED; // the method that caught the stop (or one it returned to) loops on
        }
        switch (phase) {
            case RUNNING -> {
                return null;
            }
            case REQUESTED -> {
                startGrace(now);
                // no interrupt pending: it surfaced as the InterruptedException of a wait, which is
                // the stop on its way up; cleanup on the way runs
                return thread.isInterrupted() ? new CellStopped() : null;
            }
            case GRACE -> {
                if (now - graceUntil < 0) {
                    return null;
                }
                phase = Phase.ENFORCED;
                return enforced();
            }
            default -> {
                return enforced();
            }
        }
    }

    /** The stop, delivered now as an error (a wait that ignores interrupts was left for it). */
    synchronized CellStopped deliver() {
        if (phase == Phase.REQUESTED) {
            startGrace(System.nanoTime());
        }
        return new CellStopped();
    }

    /**
     * Snippet code on this thread caught {@code caught}. Catching the stop (the {@link CellStopped}
     * of a stop check, an exception the interrupt caused) once may be cleanup that rethrows it (a
     * try-with-resources closing its resource); catching it again is code that carries on, and
     * ends the grace. Either way the thread gets a fresh interrupt, so its next wait ends too.
     */
    synchronized void caught(Throwable caught) {
        if (phase == Phase.RUNNING || !causedByStop(caught)) {
            return;
        }
        if (caughtAtDepth >= 0) {
            phase = Phase.ENFORCED;
        } else {
            caughtAtDepth = stackDepth();
            if (phase == Phase.REQUESTED) {
                startGrace(System.nanoTime());
            }
        }
        if (!thread.isInterrupted()) {
            thread.interrupt();
        }
    }

    /**
     * The current stack depth, comparable between {@link #caught} and {@link #due}: both are
     * reached through the same number of jawait frames (a hook, then {@link StopControl}).
     */
    private static int stackDepth() {
        return (int) StackWalker.getInstance().walk(java.util.stream.Stream::count).longValue();
    }

    private CellStopped enforced() {
        if (!thread.isInterrupted()) {
            thread.interrupt();
        }
        return new CellStopped();
    }

    private void startGrace(long now) {
        phase = Phase.GRACE;
        graceUntil = now + StopControl.CLEANUP_GRACE_NANOS;
    }

    private static boolean causedByStop(Throwable caught) {
        Throwable current = caught;
        for (int depth = 0; current != null && depth < 8; depth++) {
            if (current instanceof InterruptedException || current instanceof InterruptedIOException
                    || current instanceof ClosedByInterruptException || current instanceof CellStopped) {
                return true;
            }
            current = current.getCause();
        }
        return false;
    }
}
