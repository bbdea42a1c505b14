package dev.jawait.repl.internal;

import dev.jawait.CellResult;
import dev.jawait.Session;
import dev.jawait.analysis.Completeness;
import java.io.BufferedReader;
import java.io.IOException;

/**
 * The REPL when standard input is not a terminal: reads cells (a complete input ends a cell) and
 * runs them strictly one after another, printing what the interactive REPL prints minus prompts
 * and colours, output as it comes, errors on standard error.
 *
 * <p>Not thread-safe; one per process.
 */
public final class PipedRepl {
    private final Session session;
    private final ResultPrinter printer;

    public PipedRepl(Session session, ResultPrinter printer) {
        this.session = session;
        this.printer = printer;
    }

    /**
     * Runs until end of input or {@code /exit}; the exit status is {@code /exit}'s when it gives
     * one, else 1 if any cell failed, else 0.
     */
    public int run(BufferedReader in) throws IOException {
        boolean anyFailed = false;
        StringBuilder cell = new StringBuilder();
        String line;
        while ((line = in.readLine()) != null) {
            if (cell.isEmpty() && line.isBlank()) {
                continue;
            }
            if (!cell.isEmpty()) {
                cell.append('\n');
            }
            cell.append(line);
            // asked as the terminal asks: the cell so far, without the newline of the line entered
            if (Session.completeness(cell.toString()) != Completeness.INCOMPLETE) {
                CellResult result = runCell(cell.toString());
                cell.setLength(0);
                anyFailed |= !result.succeeded();
                if (result instanceof CellResult.ExitRequested exit && exit.leavesSession()) {
                    return exit.exitStatus() != 0 ? exit.exitStatus() : anyFailed ? 1 : 0;
                }
            }
        }
        if (!cell.toString().isBlank()) {
            anyFailed |= !runCell(cell.toString()).succeeded();
        }
        return anyFailed ? 1 : 0;
    }

    private CellResult runCell(String source) {
        CellResult result = session.execute(stripFinalNewline(source));
        printer.print(result);
        return result;
    }

    private static String stripFinalNewline(String source) {
        return source.endsWith("\n") ? source.substring(0, source.length() - 1) : source;
    }
}
