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
    private final java.util.function.Supplier<Palette> palettes;

    /** A printer without colour (piped input, scripts). */
    public ResultPrinter(PrintStream out, PrintStream err) {
        this(out, err, () -> Palette.NONE);
    }

    /** A printer that colours {@code Out[N]:} and errors with the palette {@code palettes} gives at each result. */
    public ResultPrinter(PrintStream out, PrintStream err, java.util.function.Supplier<Palette> palettes) {
        this.out = out;
        this.err = err;
        this.palettes = palettes;
    }

    public void print(CellResult result) {
        Palette palette = palettes.get();
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
