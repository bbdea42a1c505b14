package dev.jawait.repl.internal;

import dev.jawait.CellResult;
import java.io.PrintStream;

/**
 * Prints a {@link CellResult} the way every text front end shows it: notices, a help page and
 * {@code Out[N]: value} on standard output, errors on standard error.
 *
 * <p>Thread-safe as far as the streams are.
 */
public final class ResultPrinter {
    private final PrintStream out;
    private final PrintStream err;
    private final Palette palette;

    /** A printer without colour (piped input, scripts). */
    public ResultPrinter(PrintStream out, PrintStream err) {
        this(out, err, Palette.NONE);
    }

    /** A printer that colours {@code Out[N]:} and errors with {@code palette}. */
    public ResultPrinter(PrintStream out, PrintStream err, Palette palette) {
        this.out = out;
        this.err = err;
        this.palette = palette;
    }

    public void print(CellResult result) {
        out.flush();
        for (String notice : result.notices()) {
            out.println(notice);
        }
        result.page().ifPresent(out::println);
        if (result instanceof CellResult.Value value) {
            out.println(palette.outPrompt(value.executionCount()) + value.text());
        }
        out.flush();
        String error = result.errorText();
        if (!error.isEmpty()) {
            err.println(palette.error(error));
            err.flush();
        }
    }
}
