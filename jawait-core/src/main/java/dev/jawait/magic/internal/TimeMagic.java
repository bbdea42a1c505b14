package dev.jawait.magic.internal;

import dev.jawait.magic.LineMagic;
import dev.jawait.magic.CellMagic;
import dev.jawait.magic.MagicContext;
import dev.jawait.magic.MagicResult;

import dev.jawait.CellResult;
import dev.jawait.JawaitException;
import java.util.List;

/**
 * {@code %time CODE} and {@code %%time}: runs the code once inside the current cell (through the
 * runner when it awaits, so {@code %time await f()} works) and reports CPU and wall time in
 * IPython's format, then the code's own value:
 * <pre>
 * CPU times: user 3.2 ms, sys: 1 ms, total: 4.2 ms
 * Wall time: 201 ms
 * </pre>
 * CPU times are the whole process's, as IPython's are.
 *
 * <p>Stateless and thread-safe.
 */
final class TimeMagic implements LineMagic, CellMagic {
    static final String HELP = """
            %time CODE   /   %%time (first line of a cell)
            Runs the code once and shows the CPU time of the process and the wall time it took,
            then the code's value. The code may await: `%time await sleep(200)`.""";

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
        CpuClock.Times cpuStart = CpuClock.now();
        long wallStart = System.nanoTime();
        CellResult result = context.run(code);
        double wall = (System.nanoTime() - wallStart) / 1e9;
        CpuClock.Times cpu = CpuClock.now().minus(cpuStart);
        if (result instanceof CellResult.CompileErrors) {
            return MagicResult.ran(List.of(), result);
        }
        return MagicResult.ran(List.of(
                "CPU times: user " + TimeFormat.format(cpu.user()) + ", sys: " + TimeFormat.format(cpu.system())
                        + ", total: " + TimeFormat.format(cpu.total()),
                "Wall time: " + TimeFormat.format(wall)), result);
    }
}
