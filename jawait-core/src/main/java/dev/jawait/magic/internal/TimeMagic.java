package dev.jawait.magic.internal;

import dev.jawait.CellResult;
import dev.jawait.JawaitException;
import dev.jawait.magic.CellMagic;
import dev.jawait.magic.LineMagic;
import dev.jawait.magic.MagicContext;
import dev.jawait.magic.MagicResult;
import dev.jawait.magic.TimedRun;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code %time CODE} and {@code %%time}: runs the code once inside the current cell (through the
 * runner when it awaits, so {@code %time await f()} works) and reports, in IPython's format, the
 * CPU and wall time of its execution, compilation left out, then the code's own value:
 * <pre>
 * CPU times: user 3.2 ms, sys: 1 ms, total: 4.2 ms
 * Wall time: 201 ms
 * Compiler : 312 ms
 * </pre>
 * The {@code Compiler} line appears, as IPython's, when compiling took more than 0.1 s. What the
 * CPU time counts is {@link TimedRun}'s.
 *
 * <p>Stateless and thread-safe.
 */
final class TimeMagic implements LineMagic, CellMagic {
    static final String HELP = """
            %time CODE   /   %%time (first line of a cell)
            Runs the code once and shows the time its execution took, then the code's value. The
            code may await: `%time await sleep(200)` is timed until the awaited result.
              Wall time  from the start of the code to its end, compilation left out
              CPU times  the CPU time the JVM's Java threads used meanwhile: the cell's thread, the
                         carriers of its virtual threads (a virtual thread has no CPU clock of its
                         own) and the pools its awaited work ran on; not the JIT compiler, the
                         garbage collector or javac. A cell that sleeps or waits uses about none.
              Compiler   the time spent compiling, shown when it is over 0.1 s (as IPython).""";
    /** IPython's {@code tc_min}: compile time above which it is reported. */
    private static final double COMPILE_SHOWN_ABOVE = 0.1;

    @Override
    public MagicResult run(MagicContext context, String args) {
        if (args.isBlank()) {
            throw new JawaitException.BadArgumentsException("%time needs code to time, e.g. `%time await sleep(200)`.");
        }
        return time(context, args);
    }

    @Override
    public MagicResult run(MagicContext context, String args, String body) {
        return time(context, args.isBlank() ? body : args + "\n" + body);
    }

    private static MagicResult time(MagicContext context, String code) {
        TimedRun timed = context.runTimed(code);
        if (timed.result() instanceof CellResult.CompileErrors) {
            return MagicResult.ran(List.of(), timed.result());
        }
        return MagicResult.ran(report(timed), timed.result());
    }

    /** IPython's lines for a timed run. */
    static List<String> report(TimedRun timed) {
        List<String> lines = new ArrayList<>();
        lines.add("CPU times: user " + TimeFormat.format(timed.cpuUserNanos() / 1e9)
                + ", sys: " + TimeFormat.format(timed.cpuSystemNanos() / 1e9)
                + ", total: " + TimeFormat.format(timed.cpuNanos() / 1e9));
        lines.add("Wall time: " + TimeFormat.format(timed.executionNanos() / 1e9));
        if (timed.compileNanos() / 1e9 > COMPILE_SHOWN_ABOVE) {
            lines.add("Compiler : " + TimeFormat.format(timed.compileNanos() / 1e9));
        }
        return lines;
    }
}
