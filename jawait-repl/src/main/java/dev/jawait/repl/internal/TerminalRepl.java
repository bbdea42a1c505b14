package dev.jawait.repl.internal;

import dev.jawait.CellOptions;
import dev.jawait.CellResult;
import dev.jawait.Interruption;
import dev.jawait.Session;
import dev.jawait.history.HistoryEntry;
import dev.jawait.history.HistoryStore;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The interactive REPL on a terminal (JLine): {@code In [N]:} prompts ({@link Palette coloured}
 * with the input highlighted, where colour is wanted), {@code ...:} continuation
 * for incomplete cells, Tab completion, up-arrow and Ctrl-R over the shared history, bracketed
 * paste, background output above the prompt. Everything typed goes to the session as it is
 * (code, magics, {@code /commands}, {@code NAME?}); this class only reads lines and prints
 * results. Ctrl-C stops a running cell or clears the line; Ctrl-D exits.
 *
 * <p>The prompt appears before the session is ready: the session (JShell, the compiler) is built
 * on a background thread, started once the terminal is set up (so that on a 2-core machine it
 * does not slow the terminal's own start), and warmed with a silent cell while the user types
 * the first one. The terminal uses JLine's JNI provider first: its FFM provider spends ≈ 200 ms
 * generating its native call stubs at every start.
 *
 * <p>Not thread-safe; one per terminal.
 */
public final class TerminalRepl {
    private static final int HISTORY_LINES = 1_000;
    private static final String WARM_UP = "int $jwWarm = await CompletableFuture.completedFuture(1);";

    private final Function<TerminalOutput, Session> sessions;
    private final HistoryStore history;
    private final String startColors;
    private volatile boolean canColour;
    private volatile CompletableFuture<Session> session;
    private final CompletableFuture<Void> warmedUp = new CompletableFuture<>();
    private volatile boolean cellInFlight;
    private volatile long currentCell; // written by the REPL thread only

    /**
     * @param sessions builds the session, printing through the given output
     * @param history  the history the sessions record into, read for up-arrow and Ctrl-R
     * @param startColors the colour scheme the session starts with ({@link Palette#startScheme}); the
     *                    user changes it with {@code %colors} or {@code %config colors=…}, and a
     *                    terminal without colours shows none
     */
    public TerminalRepl(Function<TerminalOutput, Session> sessions, HistoryStore history, String startColors) {
        this.sessions = sessions;
        this.history = history;
        this.startColors = startColors;
    }

    /** Runs until the user leaves; the exit status is 2 if the session could not be built. */
    public int run(String banner) throws IOException {
        try (Terminal terminal = systemTerminal()) {
            TerminalOutput output = new TerminalOutput(terminal);
            canColour = Palette.canColour(terminal);
            terminal.handle(Terminal.Signal.INT, signal -> stopCell(output));
            LineReader reader = LineReaderBuilder.builder()
                    .terminal(terminal)
                    .appName("jawait")
                    .parser(new CellParser())
                    .completer(new SessionCompleter(this::session))
                    .history(new DefaultHistory())
                    .highlighter((lineReader, buffer) -> palette().highlight(buffer))
                    .variable(LineReader.INDENTATION, 4)
                    .variable(LineReader.HISTORY_SIZE, HISTORY_LINES * 2)
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                    .option(LineReader.Option.AUTO_FRESH_LINE, true)
                    .build();
            output.attach(reader);
            keepClosingBracketsVerbatim(reader);
            for (HistoryEntry entry : history.tail(HISTORY_LINES)) {
                reader.getHistory().add(entry.input());
            }
            PrintWriter screen = terminal.writer();
            screen.println(banner);
            screen.flush();
            session = start(output); // before the first readLine: completion and Ctrl-C use it
            PrintStream direct = new PrintStream(terminal.output(), true, StandardCharsets.UTF_8);
            ResultPrinter printer = new ResultPrinter(direct, direct, this::palette);
            String prefill = null;
            try {
                while (true) {
                    Palette palette = palette();
                    String prompt = palette.inPrompt(executionCount() + 1);
                    reader.setVariable(LineReader.SECONDARY_PROMPT_PATTERN, palette.continuationPrompt(executionCount() + 1));
                    String cell;
                    try {
                        cell = reader.readLine(prompt, null, (org.jline.reader.MaskingCallback) null, prefill);
                    } catch (UserInterruptException e) {
                        prefill = null;
                        continue; // Ctrl-C at the prompt clears the line
                    } catch (EndOfFileException e) {
                        return 0; // Ctrl-D
                    }
                    prefill = null;
                    if (cell.isBlank()) {
                        continue;
                    }
                    currentCell++;
                    output.cellRunning(true);
                    cellInFlight = true; // from here Ctrl-C stops the cell, even while the session is still starting
                    CellResult result;
                    try {
                        result = warmSession().execute(cell, CellOptions.interactive());
                    } finally {
                        cellInFlight = false;
                        output.cellRunning(false);
                    }
                    printer.print(result);
                    if (result instanceof CellResult.ExitRequested exit && exit.leavesSession()) {
                        return exit.exitStatus();
                    }
                    prefill = result.nextInput().orElse(null);
                }
            } catch (java.util.concurrent.CompletionException e) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                screen.println("jawait: " + cause.getMessage());
                screen.flush();
                return 2;
            } finally {
                session.thenAccept(Session::close);
            }
        }
    }

    /**
     * JLine's closing-bracket widgets take an indentation's worth of blanks back before a typed
     * {@code }}, {@code )} or {@code ]}, wherever it is typed: {@code k; }} became {@code k;}}, so
     * the cell that ran was not the one typed. Here a closing bracket unindents only when nothing
     * but blanks precedes it on its line (the end of a block typed line by line); elsewhere it is
     * inserted as typed.
     */
    private static void keepClosingBracketsVerbatim(LineReader reader) {
        Map<String, String> widgets = Map.of("}", LineReader.INSERT_CLOSE_CURLY, ")", LineReader.INSERT_CLOSE_PAREN,
                "]", LineReader.INSERT_CLOSE_SQUARE);
        widgets.forEach((key, closing) -> {
            String name = "jawait-" + closing;
            reader.getWidgets().put(name, () -> {
                String before = reader.getBuffer().substring(0, reader.getBuffer().cursor());
                boolean lineStart = before.substring(before.lastIndexOf('\n') + 1).isBlank();
                reader.callWidget(lineStart ? closing : LineReader.SELF_INSERT);
                return true;
            });
            reader.getKeyMaps().get(LineReader.MAIN).bind(new Reference(name), key);
        });
    }

    /**
     * The system terminal through JLine's JNI provider, or where JNI's native library cannot load,
     * its exec (stty) or FFM one, or a dumb terminal as the last resort. Providers are switched on one at a time rather than only ranked: JLine
     * probes every enabled provider at each start, and the probes cost time in front of the user
     * (FFM links its native calls, ≈ 100 ms; exec starts a process; JNA and Jansi are not on the
     * class path, and probing them is a class-path miss).
     */
    static Terminal systemTerminal() throws IOException {
        try {
            return terminalBuilder().jni(true).build();
        } catch (IllegalStateException | IOException | UnsatisfiedLinkError e) {
            return terminalBuilder().exec(true).ffm(true).dumb(true).build();
        }
    }

    private static TerminalBuilder terminalBuilder() {
        TerminalBuilder builder = TerminalBuilder.builder().system(true).name("jawait")
                .jni(false).exec(false).ffm(false).jna(false).jansi(false).dumb(false);
        if (!System.getProperty("os.name", "").startsWith("Windows")) {
            // what JLine settles on outside Windows, after looking for a Windows code page named
            // "0" through every charset provider (≈ 30 ms of the start)
            builder.encoding(java.nio.charset.Charset.defaultCharset());
        }
        return builder;
    }

    /**
     * Ctrl-C while a cell is in flight: one more interrupt of that cell (the session stops it; a
     * later Ctrl-C on a cell that has not stopped prints what it waits for, and the one after
     * abandons it), given once the cell is in the session: it may wait for the session to be built
     * and warmed (user cells run only after the warm-up cell, see {@link #warmSession()}, so the
     * interrupt never hits that one). Only that cell: the next one, typed meanwhile, is left alone.
     */
    private void stopCell(TerminalOutput output) {
        long target = currentCell;
        if (!cellInFlight) {
            return;
        }
        Thread.ofVirtual().name("jawait-ctrl-c").start(() -> {
            try {
                warmedUp.get();
            } catch (InterruptedException e) {
                return;
            } catch (java.util.concurrent.ExecutionException e) {
                // no warm-up: the session could not be built, and the cell fails with that
            }
            while (cellInFlight && currentCell == target) {
                Session running = session.getNow(null);
                Interruption done = running == null ? new Interruption.NothingRunning() : running.interrupt();
                if (!(done instanceof Interruption.NothingRunning)) {
                    done.message().ifPresent(output::warn);
                    return;
                }
                try {
                    Thread.sleep(10); // the cell is on its way into the session
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    /** The colours now: the session's scheme ({@code %colors}), the starting one while it is being built. */
    private Palette palette() {
        if (!canColour) {
            return Palette.NONE;
        }
        Session ready = session != null && session.isDone() && !session.isCompletedExceptionally() ? session.join() : null;
        return Palette.scheme(ready != null ? ready.settings().colors() : startColors);
    }

    private int executionCount() {
        Session ready = session.isDone() && !session.isCompletedExceptionally() ? session.join() : null;
        return ready == null ? 0 : ready.executionCount();
    }

    /** The session, waiting for it the first time if it is still being built. */
    private Session session() {
        return session.join();
    }

    /**
     * The session once its warm-up cell is over, for the user's cells: they never run beside it,
     * so that a Ctrl-C (one interrupt of the session's current cell) never hits the warm-up.
     */
    private Session warmSession() {
        try {
            warmedUp.join();
        } catch (java.util.concurrent.CompletionException e) {
            // no warm-up: the session could not be built, and session() says why
        }
        return session();
    }

    private CompletableFuture<Session> start(TerminalOutput output) {
        CompletableFuture<Session> starting = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("jawait-start").start(() -> {
            try {
                Session built = sessions.apply(output);
                built.settings().set(dev.jawait.config.Settings.COLORS, startColors);
                starting.complete(built);
                if (!cellInFlight) { // a cell typed already warms the session itself, without waiting for this one
                    built.execute(WARM_UP, CellOptions.interactive().withStoreHistory(false));
                }
                warmedUp.complete(null);
                built.complete("String.valueOf(1).len", 21);
            } catch (RuntimeException | Error e) {
                starting.completeExceptionally(e);
                warmedUp.completeExceptionally(e);
            }
        });
        return starting;
    }
}
