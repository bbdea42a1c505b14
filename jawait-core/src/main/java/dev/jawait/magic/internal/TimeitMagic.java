package dev.jawait.magic.internal;

import dev.jawait.magic.LineMagic;
import dev.jawait.magic.CellMagic;
import dev.jawait.magic.MagicContext;
import dev.jawait.magic.MagicResult;
import dev.jawait.magic.TimedRun;

import dev.jawait.CellResult;
import dev.jawait.CellStatus;
import dev.jawait.JawaitException;
import dev.jawait.analysis.CellAnalysis;
import dev.jawait.analysis.CellAnalyzer;
import dev.jawait.analysis.SnippetShape;
import dev.jawait.analysis.SnippetSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code %timeit [-n N] [-r R] [-q] CODE} and {@code %%timeit}: times the code in loops, as
 * IPython does — {@code N} loops per run chosen automatically (1, 10, 100, … until a run takes at
 * least 0.2 s), {@code R} runs (default 7) — and prints
 * {@code 4.1 µs ± 52 ns per loop (mean ± std. dev. of 7 runs, 100,000 loops each)}, after
 * IPython's warning when the slowest run took more than 4 times the fastest, and before its
 * {@code Compiler time: 0.15 s} when compiling took more than 0.1 s.
 *
 * <p>The loops run inside one generated cell (a {@code Callable} the session calls), so code that
 * awaits goes through the runner like any cell, and the timing leaves out compilation. The value
 * of the code (of its last line, in a cell that ends with an expression) goes to a
 * {@link dev.jawait.runtime.Blackhole}, so the JIT compiler cannot delete the computation whose
 * result nobody uses. The same loop with the black hole alone is timed too: when it takes a tenth
 * of the time or more, a line says so (the figures include it).
 *
 * <p>Stateless and thread-safe.
 */
final class TimeitMagic implements LineMagic, CellMagic {
    static final String HELP = """
            %timeit [-n N] [-r R] [-q] CODE   /   %%timeit [-n N] [-r R] (first line of a cell)
            Times CODE: R runs (default 7) of N loops each (default: 1, 10, 100, ... until a run
            takes 0.2 s) and shows the mean and standard deviation per loop. The code may await:
            `%timeit await CompletableFuture.completedFuture(1)`. -q prints nothing.
            The value of an expression (or of a cell's last line) is consumed by a black hole, so
            the JIT compiler cannot skip computing it; the time of the loop and black hole alone
            is shown when it is a tenth of the figure or more (it is included in the figure).""";
    private static final double AUTORANGE_SECONDS = 0.2;
    /** IPython's {@code tc_min}: compile time above which it is reported. */
    private static final double COMPILE_SHOWN_ABOVE = 0.1;
    /** The fewest loops the black hole alone is timed with. */
    private static final long EMPTY_LOOPS = 10_000_000;
    private static final String BLACKHOLE = "dev.jawait.runtime.Blackhole.consume";

    /** Parsed options and the code to time. */
    private record Request(long loops, int runs, boolean quiet, String code) {}

    /** The loop body: the code, and the same loop's body without the code (for the overhead), or null. */
    private record Body(String measured, String empty) {}

    @Override
    public MagicResult run(MagicContext context, String args) {
        return timeit(context, parse(args, null));
    }

    @Override
    public MagicResult run(MagicContext context, String args, String body) {
        return timeit(context, parse(args, body));
    }

    private static MagicResult timeit(MagicContext context, Request request) {
        Body consumed = consumingBody(request.code());
        TimedRun timed = context.runTimed(loopCode(request, consumed != null ? consumed : statementBody(request.code())));
        long compile = timed.compileNanos();
        if (consumed != null && timed.result().status() == CellStatus.COMPILE_ERROR) { // a void method, say
            TimedRun asStatement = context.runTimed(loopCode(request, statementBody(request.code())));
            compile += asStatement.compileNanos();
            timed = asStatement.result().status() == CellStatus.COMPILE_ERROR ? timed : asStatement;
        }
        CellResult result = timed.result();
        if (!(result instanceof CellResult.Value value) || !(value.value() instanceof long[] times)) {
            return MagicResult.ran(List.of(), withoutValue(result));
        }
        return request.quiet() ? MagicResult.none() : MagicResult.show(report(times, request.runs(), compile));
    }

    /**
     * IPython's summary line, preceded by its caching warning when runs differ a lot and followed
     * by its compile time when that is long; then the loop's own time when it matters.
     *
     * @param times the runs' nanoseconds, then N, then the fastest run of the empty loop (or -1)
     *              and its number of loops
     */
    static List<String> report(long[] times, int runs, long compileNanos) {
        long loops = times[runs];
        double[] perLoop = new double[runs];
        double sum = 0;
        for (int i = 0; i < runs; i++) {
            perLoop[i] = times[i] / 1e9 / loops;
            sum += perLoop[i];
        }
        double mean = sum / runs;
        double squares = 0;
        double best = Double.MAX_VALUE;
        double worst = 0;
        for (double t : perLoop) {
            squares += (t - mean) * (t - mean);
            best = Math.min(best, t);
            worst = Math.max(worst, t);
        }
        double stdDev = Math.sqrt(squares / runs);
        List<String> lines = new ArrayList<>();
        if (worst > 4 * best && best > 0 && worst > 1e-6) {
            lines.add(String.format(Locale.ROOT, "The slowest run took %.2f times longer than the fastest."
                    + " This could mean that an intermediate result is being cached.", worst / best));
        }
        lines.add(TimeFormat.format(mean) + " ± " + TimeFormat.format(stdDev) + " per loop (mean ± std. dev. of "
                + runs + " run" + (runs == 1 ? "" : "s") + ", " + String.format(Locale.ROOT, "%,d", loops)
                + " loop" + (loops == 1 ? "" : "s") + " each)");
        if (compileNanos / 1e9 > COMPILE_SHOWN_ABOVE) {
            lines.add(String.format(Locale.ROOT, "Compiler time: %.2f s", compileNanos / 1e9));
        }
        double overhead = times.length > runs + 2 && times[runs + 1] >= 0 ? times[runs + 1] / 1e9 / times[runs + 2] : 0;
        if (overhead > 0 && overhead >= mean / 10) {
            lines.add("Loop overhead: " + TimeFormat.format(overhead) + " per loop, included above"
                    + " (the same loop with only the black hole)");
        }
        return lines;
    }

    private static Body statementBody(String code) {
        String trimmed = code.strip();
        return new Body(trimmed.endsWith(";") || trimmed.endsWith("}") ? code : code + "\n;", null);
    }

    /**
     * The code with the value of its last snippet, when that is a bare expression (no {@code ;}),
     * handed to the black hole; null when it does not end with one.
     */
    private static Body consumingBody(String code) {
        CellAnalysis analysis = CellAnalyzer.analyze(code);
        if (analysis.problem().isPresent() || analysis.snippets().isEmpty()) {
            return null;
        }
        SnippetSource last = analysis.snippets().getLast();
        String text = last.originalText();
        if (last.shape() != SnippetShape.OTHER || text.strip().endsWith(";") || last.code().strip().endsWith(";")) {
            return null;
        }
        return new Body(code.substring(0, last.startOffset()) + BLACKHOLE + "(\n" + text + "\n);",
                BLACKHOLE + "($jwTimeitI);");
    }

    /**
     * One expression: a Callable that returns the run times, N and the empty loop's time. One
     * timing function serves the auto-ranging and the runs (as IPython's {@code Timer}), so both
     * measure the same compiled loop; auto-ranging tries 1, 10, 100, … loops until a measurement
     * takes 0.2 s (IPython's rule), and goes on from there while the loop, compiled by the JIT by
     * then, takes less: the first loops of a JVM run interpreted, and would stop the ranging early.
     */
    private static String loopCode(Request request, Body body) {
        int runs = request.runs();
        return "((java.util.concurrent.Callable<long[]>) () -> {\n"
                + "java.util.function.LongUnaryOperator $jwTimeitTime = " + timedLoop(body.measured()) + ";\n"
                + "long $jwTimeitN = " + request.loops() + "L;\n"
                + "if ($jwTimeitN == 0) {\n"
                + "  for ($jwTimeitN = 1; $jwTimeitTime.applyAsLong($jwTimeitN) < " + (long) (AUTORANGE_SECONDS * 1e9)
                + "L && $jwTimeitN < 1_000_000_000L; $jwTimeitN *= 10) { }\n"
                + "  while ($jwTimeitN < 1_000_000_000L && $jwTimeitTime.applyAsLong($jwTimeitN) < "
                + (long) (AUTORANGE_SECONDS * 1e9) + "L) {\n" // again, now that the JIT compiled the loop
                + "    $jwTimeitN *= 10;\n"
                + "  }\n"
                + "}\n"
                + "long[] $jwTimeitT = new long[" + (runs + 3) + "];\n"
                + "$jwTimeitT[" + runs + "] = $jwTimeitN;\n"
                + "for (int $jwTimeitR = 0; $jwTimeitR < " + runs + "; $jwTimeitR++) {\n"
                + "  $jwTimeitT[$jwTimeitR] = $jwTimeitTime.applyAsLong($jwTimeitN);\n"
                + "}\n"
                + (body.empty() == null ? "$jwTimeitT[" + (runs + 1) + "] = -1;\n" : emptyLoops(body.empty(), runs + 1))
                + "return $jwTimeitT;\n"
                + "}).call()";
    }

    /**
     * Times the loop with the black hole alone, at least {@value #EMPTY_LOOPS} loops (so that the
     * JIT compiler has compiled it, however few loops the code needs), once to warm up and then
     * thrice; stores the fastest time at {@code index} and its loop count after it.
     */
    private static String emptyLoops(String body, int index) {
        return "java.util.function.LongUnaryOperator $jwTimeitEmpty = " + timedLoop(body) + ";\n"
                + "long $jwTimeitM = Math.max($jwTimeitN, " + EMPTY_LOOPS + "L);\n"
                + "$jwTimeitEmpty.applyAsLong($jwTimeitM);\n"
                + "$jwTimeitT[" + index + "] = Long.MAX_VALUE;\n"
                + "$jwTimeitT[" + (index + 1) + "] = $jwTimeitM;\n"
                + "for (int $jwTimeitR = 0; $jwTimeitR < 3; $jwTimeitR++) {\n"
                + "  $jwTimeitT[" + index + "] = Math.min($jwTimeitT[" + index + "], $jwTimeitEmpty.applyAsLong($jwTimeitM));\n"
                + "}\n";
    }

    /** A function of N that runs {@code body} N times and returns the nanoseconds it took. */
    private static String timedLoop(String body) {
        return "$jwTimeitLoops -> {\n"
                + "  long $jwTimeitS = System.nanoTime();\n"
                + "  for (long $jwTimeitI = 0; $jwTimeitI < $jwTimeitLoops; $jwTimeitI++) {\n" + body + "\n}\n"
                + "  return System.nanoTime() - $jwTimeitS;\n"
                + "}";
    }

    /** The result of the timing loop without its value (the loop's timings are not the user's). */
    private static CellResult withoutValue(CellResult result) {
        return result instanceof CellResult.Value value
                ? new CellResult.NoValue(value.executionCount(), value.notices(), value.payloads()) : result;
    }

    private static Request parse(String args, String body) {
        long loops = 0;
        int runs = 7;
        boolean quiet = false;
        String rest = args.strip();
        while (rest.startsWith("-")) {
            int space = rest.indexOf(' ');
            String flag = space < 0 ? rest : rest.substring(0, space);
            rest = space < 0 ? "" : rest.substring(space + 1).strip();
            if (flag.equals("-q")) {
                quiet = true;
                continue;
            }
            if (!flag.startsWith("-n") && !flag.startsWith("-r")) {
                throw new JawaitException.BadArgumentsException("%timeit: unknown option " + flag + ". Options: -n N, -r R, -q.");
            }
            String value = flag.substring(2);
            if (value.isEmpty()) {
                int next = rest.indexOf(' ');
                value = next < 0 ? rest : rest.substring(0, next);
                rest = next < 0 ? "" : rest.substring(next + 1).strip();
            }
            long number = number(flag.substring(0, 2), value);
            if (flag.startsWith("-n")) {
                loops = number;
            } else {
                runs = (int) Math.min(number, 1000);
            }
        }
        String code = body == null ? rest : (rest.isEmpty() ? body : rest + "\n" + body);
        if (code.isBlank()) {
            throw new JawaitException.BadArgumentsException("%timeit needs code to time, e.g. `%timeit await CompletableFuture.completedFuture(1)`.");
        }
        return new Request(loops, runs, quiet, code);
    }

    private static long number(String flag, String value) {
        try {
            long number = Long.parseLong(value.replace("_", ""));
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new JawaitException.BadArgumentsException("%timeit " + flag + " needs a positive number, not `" + value + "`.");
    }
}
