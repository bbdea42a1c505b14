package dev.jawait.cli;

import dev.jawait.JawaitException;
import dev.jawait.Session;
import dev.jawait.history.HistoryStore;
import dev.jawait.history.OpeningHistory;
import dev.jawait.history.sqlite.SqliteHistory;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/**
 * Starts the terminal REPL for the {@code jawait} command: the shared SQLite history, sessions
 * configured from the command line, the banner.
 *
 * <p>Not thread-safe; called once from {@code main}.
 */
final class Interactive {
    private Interactive() {}

    static int terminal(Options options) {
        String runner = options.runner() != null ? options.runner() : "virtual";
        boolean autoawait = options.autoawait() != null ? options.autoawait() : !"sync".equalsIgnoreCase(runner);
        // System.err is looked up at each warning: once a session routes it, warnings print above the prompt
        try (HistoryStore history = OpeningHistory.openInBackground(
                () -> SqliteHistory.openDefault(message -> System.err.println(message)))) {
            Function<TerminalOutput, Session> sessions = output -> {
                Session session = options.configure(Session.builder()).outputListener(output).history(history).build();
                try {
                    options.addDependencies(session, List.of(), System.out::println);
                } catch (JawaitException e) {
                    System.err.println("jawait: " + e.getMessage());
                }
                return session;
            };
            return new TerminalRepl(sessions, history).run(Main.banner(runner, autoawait));
        } catch (IOException | JawaitException e) {
            System.err.println("jawait: " + e.getMessage());
            return 1;
        }
    }
}
