package dev.jawait.magic.internal;

import dev.jawait.CellResult;
import dev.jawait.JawaitException;
import dev.jawait.magic.CellMagic;
import dev.jawait.magic.LineMagic;
import dev.jawait.magic.MagicContext;
import dev.jawait.magic.MagicResult;
import dev.jawait.magic.RichOutput;
import dev.jawait.profile.internal.CallTree;
import dev.jawait.profile.internal.FlameGraph;
import dev.jawait.profile.internal.ProfileReport;
import dev.jawait.profile.internal.SampleRecorder;
import dev.jawait.profile.internal.Samples;
import dev.jawait.runtime.Profile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code %prun CODE} and {@code %%prun}: runs the code once inside the current cell (through the
 * runner when it awaits) while JFR samples the JVM ({@link SampleRecorder}), and reports where the
 * cell's threads and the tasks it spawned spent their time, per method, in IPython's layout
 * ({@link ProfileReport}); in Jupyter also as an HTML table and a flame graph ({@link FlameGraph}).
 * IPython's options: {@code -s KEY}, {@code -l LIMIT}, {@code -T FILE}, {@code -q}, {@code -r}
 * ({@link PrunOptions}).
 *
 * <p>Stateless and thread-safe (each run has its own recording).
 */
final class PrunMagic implements LineMagic, CellMagic {
    static final String HELP = """
            %prun [-s KEY] [-l LIMIT] [-T FILE] [-q] [-r] CODE   /   %%prun [options] (first line of a cell)
            Runs the code once under a sampling profiler (JFR, a sample every 10 ms of CPU time of each
            thread) and shows, per method, its own and cumulative samples and time: the cell's threads and
            the tasks it spawns, the session's code first, jawait's own frames hidden. The code may await.
            Calls are not counted: a sampler sees where time goes, not how often a method runs.
              -s KEY    sort by time (tottime, default), cumulative (cumtime), calls (ncalls: own samples),
                        name, or file (where); several -s break ties in order
              -l LIMIT  show only N methods, a fraction (0.2) of them, or those matching a regular expression
              -T FILE   also write the text report to FILE (relative to the working directory, %cd)
              -q        do not show the report
              -r        the profile (a dev.jawait.runtime.Profile) is the cell's value
            In Jupyter the report is an HTML table and a flame graph.""";

    @Override
    public MagicResult run(MagicContext context, String args) {
        PrunOptions options = PrunOptions.parse(args);
        if (options.code().isBlank()) {
            throw new JawaitException.BadArgumentsException("%prun needs code to profile, e.g. `%prun work(1_000)`,"
                    + " or use %%prun as a cell's first line.");
        }
        return profile(context, options, options.code());
    }

    @Override
    public MagicResult run(MagicContext context, String args, String body) {
        PrunOptions options = PrunOptions.parse(args);
        String code = options.code().isBlank() ? body : options.code() + "\n" + body;
        return profile(context, options, code);
    }

    private static MagicResult profile(MagicContext context, PrunOptions options, String code) {
        PrunOptions.Sort order = options.order(); // a bad key fails before the code runs
        SampleRecorder recorder;
        try {
            recorder = SampleRecorder.start();
        } catch (IllegalStateException e) {
            throw new JawaitException.BadArgumentsException(e.getMessage());
        }
        long start = System.nanoTime();
        CellResult result;
        Samples samples;
        Duration wall;
        try {
            result = context.run(code);
        } finally {
            wall = Duration.ofNanos(System.nanoTime() - start);
            samples = recorder.stop();
        }
        if (result instanceof CellResult.CompileErrors) {
            return MagicResult.ran(List.of(), result);
        }
        CallTree tree = CallTree.of(samples, context.control()::whereInCell).placed();
        Profile profile = tree.profile(samples, wall, order.order());
        Duration compiling = samples.compileTime();
        List<Profile.Method> shown = options.limit(profile.methods());
        String text = ProfileReport.text(profile, compiling, shown, order.description());
        List<String> lines = new ArrayList<>();
        if (options.textFile().isPresent()) {
            lines.add(write(context, options.textFile().get(), text));
        }
        if (!options.quiet()) {
            String svg = FlameGraph.svg(tree);
            context.display(new RichOutput(text.stripTrailing(), ProfileReport.html(profile, compiling, shown, order.description())
                    + (svg.isEmpty() ? "" : "<p>Flame graph: the cell at the bottom, what it called above it, each box as"
                    + " wide as its samples; the session's code in orange. Hover over a box for its samples.</p><div>"
                    + svg + "</div>")));
        }
        if (options.returnData()) {
            int count = result.executionCount();
            CellResult value = new CellResult.Value(count, profile, profile.toString(), List.of(), List.of());
            return MagicResult.ran(lines, result.succeeded() ? value : result);
        }
        return MagicResult.ran(lines, result);
    }

    private static String write(MagicContext context, String file, String text) {
        Path path = context.control().environment().resolve(file);
        try {
            Files.writeString(path, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new JawaitException.BadArgumentsException("%prun -T " + file + ": cannot write " + path + ": "
                    + e.getMessage() + ".");
        }
        return "*** Profile printout saved to text file '" + file + "'.";
    }
}
