package dev.jawait.magic.internal;

import dev.jawait.magic.LineMagic;
import dev.jawait.magic.CellMagic;
import dev.jawait.magic.MagicContext;
import dev.jawait.magic.MagicResult;

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
 * {@code 4.1 µs ± 52 ns per loop (mean ± std. dev. of 7 runs, 100,000 loops each)}.
 *
 * <p>The loops run inside one generated cell (a {@code Callable} the session calls), so code that
 * awaits goes through the runner like any cell, and the timing leaves out compilation.
 *
 * <p>Stateless and thread-safe.
 */
final class TimeitMagic implements LineMagic, CellMagic {
    static final String HELP = """
            %timeit [-n N] [-r R] [-q] CODE   /   %%timeit [-n N] [-r R] (first line of a cell)
            Times CODE: R runs (default 7) of N loops each (default: 1, 10, 100, ... until a run
            takes 0.2 s) and shows the mean and standard deviation per loop. The code may await:
            `%timeit await CompletableFuture.completedFuture(1)`. -q prints nothing.""";
    private static final double AUTORANGE_SECONDS = 0.2;

    /** Parsed options and the code to time. */
    private record Request(long loops, int runs, boolean quiet, String code) {}

    @Override
    public MagicResult run(MagicContext context, String args) {
        return timeit(context, parse(args, null));
    }

    @Override
    public MagicResult run(MagicContext context, String args, String body) {
        return timeit(context, parse(args, body));
    }

    private static MagicResult timeit(MagicContext context, Request request) {
        CellResult result = context.run(loopCode(request, statement(request.code())));
        if (result.status() == CellStatus.COMPILE_ERROR && isBareExpression(request.code())) {
            CellResult asValue = context.run(loopCode(request, "Object $jwTimeitV = (" + request.code() + "\n);"));
            result = asValue.succeeded() ? asValue : result;
        }
        if (!(result instanceof CellResult.Value value) || !(value.value() instanceof long[] times)) {
            return MagicResult.ran(List.of(), withoutValue(result));
        }
        return request.quiet() ? MagicResult.none() : MagicResult.show(report(times, request.runs()));
    }

    /** IPython's summary line, preceded by its caching warning when runs differ a lot. */
    static List<String> report(long[] times, int runs) {
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
        return lines;
    }

    private static String statement(String code) {
        String trimmed = code.strip();
        return trimmed.endsWith(";") || trimmed.endsWith("}") ? code : code + "\n;";
    }

    private static boolean isBareExpression(String code) {
        CellAnalysis analysis = CellAnalyzer.analyze(code);
        if (analysis.snippets().size() != 1) {
            return false;
        }
        SnippetSource snippet = analysis.snippets().getFirst();
        return snippet.shape() == SnippetShape.OTHER && !snippet.code().strip().endsWith(";");
    }

    /**
     * One expression: a Callable that returns the run times and N. One timing function serves the
     * auto-ranging and the runs (as IPython's {@code Timer}), so both measure the same compiled
     * loop; auto-ranging steps 1, 2, 5, 10, 20, 50, … loops until a measurement takes 0.2 s.
     */
    private static String loopCode(Request request, String body) {
        return "((java.util.concurrent.Callable<long[]>) () -> {\n"
                + "java.util.function.LongUnaryOperator $jwTimeitNext = n -> {"
                + " long lead = n; while (lead >= 10) lead /= 10; return lead == 2 ? n / 2 * 5 : n * 2; };\n"
                + "java.util.function.LongUnaryOperator $jwTimeitTime = $jwTimeitLoops -> {\n"
                + "  long $jwTimeitS = System.nanoTime();\n"
                + "  for (long $jwTimeitI = 0; $jwTimeitI < $jwTimeitLoops; $jwTimeitI++) {\n" + body + "\n}\n"
                + "  return System.nanoTime() - $jwTimeitS;\n"
                + "};\n"
                + "long $jwTimeitN = " + request.loops() + "L;\n"
                + "if ($jwTimeitN == 0) {\n"
                + "  for ($jwTimeitN = 1; $jwTimeitTime.applyAsLong($jwTimeitN) < " + (long) (AUTORANGE_SECONDS * 1e9)
                + "L && $jwTimeitN < 1_000_000_000L; $jwTimeitN = $jwTimeitNext.applyAsLong($jwTimeitN)) { }\n"
                + "}\n"
                + "long[] $jwTimeitT = new long[" + (request.runs() + 1) + "];\n"
                + "$jwTimeitT[" + request.runs() + "] = $jwTimeitN;\n"
                + "for (int $jwTimeitR = 0; $jwTimeitR < " + request.runs() + "; $jwTimeitR++) {\n"
                + "  $jwTimeitT[$jwTimeitR] = $jwTimeitTime.applyAsLong($jwTimeitN);\n"
                + "}\n"
                + "return $jwTimeitT;\n"
                + "}).call()";
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
