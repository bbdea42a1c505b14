package dev.jawait.repl.internal;

import dev.jawait.JawaitException;
import dev.jawait.Session;
import dev.jawait.SessionBuilder;
import dev.jawait.config.SessionOptions;
import dev.jawait.config.Settings;
import dev.jawait.history.HistoryStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * What {@link dev.jawait.repl.Jawait#embed} does: builds a standard {@code sync} session over the
 * caller's class loader, binds the given values as variables ({@link Session#bind}), and runs the
 * terminal or piped REPL on the calling thread.
 *
 * <p>Thread-safe: each call has its own session; nested calls share the piped input.
 */
public final class Embedded {
    private static BufferedReader sharedInput;

    private Embedded() {}

    public static void run(Map<String, ?> bindings) {
        boolean terminal = System.console() != null && System.console().isTerminal();
        ClassLoader loader = Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader() : Embedded.class.getClassLoader();
        try (HistoryStore history = Session.openStandardHistory()) {
            // snippets compile against the program's class path, and see its classes through its loader
            SessionBuilder builder = Session.builder().standard().runner("sync").parentClassLoader(loader).history(history)
                    .classPath(java.util.Arrays.stream(System.getProperty("java.class.path", "").split(java.io.File.pathSeparator))
                            .filter(entry -> !entry.isBlank()).toList());
            // the user's jawait.properties, but for the runner: embed() runs `sync` on the calling thread
            SessionOptions file = SessionOptions.fromFile(SessionOptions.userFile());
            builder.options(new SessionOptions(null, null, List.of(), List.of(), file.settings(), file.warnings(), null));
            if (terminal) {
                String banner = "jawait embedded (Java " + Runtime.version().feature() + "), runner `sync` (autoawait off:"
                        + " %autoawait virtual turns it on). exit or Ctrl-D returns to the program.";
                int status = new TerminalRepl(output -> bound(builder.outputListener(output)
                        .editor(TerminalEditor.fromEnvironment(System.getenv())).build(), bindings), history,
                        Palette.startScheme(false, System.getenv("NO_COLOR"), file.settings().get(Settings.COLORS)))
                        .run(banner);
                if (status == 2) {
                    throw new JawaitException.UnavailableException("jawait could not start the embedded session");
                }
                return;
            }
            try (Session session = bound(builder.build(), bindings)) {
                new PipedRepl(session, new ResultPrinter(System.out, System.err)).run(input());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Session bound(Session session, Map<String, ?> bindings) {
        try {
            bindings.forEach(session::bind);
            return session;
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    private static synchronized BufferedReader input() {
        if (sharedInput == null) {
            sharedInput = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        }
        return sharedInput;
    }
}
