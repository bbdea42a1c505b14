package dev.jawait.cli;

import dev.jawait.Session;
import java.io.IOException;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The interactive REPL on a terminal (JLine): {@code In [N]:} prompts, {@code ...:} continuation
 * for incomplete cells, Ctrl-C stops a running cell or clears the line, Ctrl-D exits.
 *
 * <p>Not thread-safe; one per terminal.
 */
final class TerminalRepl {
    private final Session session;
    private final ResultPrinter printer;

    TerminalRepl(Session session, ResultPrinter printer) {
        this.session = session;
        this.printer = printer;
    }

    void run(String banner) throws IOException {
        try (Terminal terminal = TerminalBuilder.builder().system(true).name("jawait").build()) {
            terminal.handle(Terminal.Signal.INT, signal -> session.interrupt());
            LineReader reader = LineReaderBuilder.builder()
                    .terminal(terminal)
                    .appName("jawait")
                    .parser(new CellParser())
                    .variable(LineReader.INDENTATION, 4)
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                    .build();
            terminal.writer().println(banner);
            terminal.flush();
            while (true) {
                String prompt = "In [" + (session.executionCount() + 1) + "]: ";
                reader.setVariable(LineReader.SECONDARY_PROMPT_PATTERN,
                        " ".repeat(Math.max(0, prompt.length() - 5)) + "...: ");
                String cell;
                try {
                    cell = reader.readLine(prompt);
                } catch (UserInterruptException e) {
                    continue; // Ctrl-C at the prompt clears the line
                } catch (EndOfFileException e) {
                    return; // Ctrl-D
                }
                if (cell.isBlank()) {
                    continue;
                }
                if (PipedRepl.isExitCommand(cell)) {
                    return;
                }
                printer.print(session.execute(cell));
            }
        }
    }
}
