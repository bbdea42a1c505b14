package dev.jawait.magic;

import dev.jawait.CellResult;

/**
 * Code run as part of a cell, with what it cost ({@link MagicContext#runTimed}): the time its
 * snippets' code executed (from each snippet's start until it returned, its awaits included), the
 * CPU time used meanwhile, and the rest of the time, spent preparing it (analysis, javac, loading
 * the classes). All in nanoseconds.
 *
 * <p>The CPU time is that of the JVM's Java platform threads while the code executed: the cell's
 * thread, the carrier threads its virtual threads run on (a virtual thread has no CPU clock of its
 * own), the pools its awaited work ran on; not the JIT compiler's or the garbage collector's
 * threads, nor javac. Other Java code running at the same time is counted too.
 *
 * <p>Immutable.
 *
 * @param result         what running the code gave
 * @param executionNanos wall time in the code's own execution
 * @param cpuUserNanos   CPU time in user mode while it executed
 * @param cpuSystemNanos CPU time in the kernel while it executed
 * @param compileNanos   the rest of the wall time: analysis, compilation, class loading
 */
public record TimedRun(CellResult result, long executionNanos, long cpuUserNanos, long cpuSystemNanos,
                       long compileNanos) {
    /** User plus system CPU time. */
    public long cpuNanos() {
        return cpuUserNanos + cpuSystemNanos;
    }
}
