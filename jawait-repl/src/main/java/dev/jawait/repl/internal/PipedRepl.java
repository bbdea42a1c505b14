package dev.jawait.repl.internal;

import dev.jawait.CellResult;
import dev.jawait.Session;
import dev.jawait.analysis.InputSplitter;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.Optional;

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
        InputSplitter cells = new InputSplitter();
        String line;
        while ((line = in.readLine()) != null) {
            Optional<String> cell = cells.add(line);
            if (cell.isPresent()) {
                CellResult result = runCell(cell.get());
                anyFailed |= !result.succeeded();
                if (result instanceof CellResult.ExitRequested exit && exit.leavesSession()) {
                    return exit.exitStatus() != 0 ? exit.exitStatus() : anyFailed ? 1 : 0;
                }
            }
        }
        Optional<String> rest = cells.rest();
        if (rest.isPresent()) {
            anyFailed |= !runCell(rest.get()).succeeded();
        }
        return anyFailed ? 1 : 0;
    }

    private CellResult runCell(String source) {
        CellResult result = session.execute(source);
        printer.print(result);
        return result;
    }
}
