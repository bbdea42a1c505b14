package dev.jawait.cli;

import dev.jawait.CellResult;
import dev.jawait.CellStatus;
import dev.jawait.JawaitException;
import dev.jawait.Session;
import dev.jawait.history.OpeningHistory;
import dev.jawait.history.sqlite.SqliteHistory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import sun.misc.Signal;

/**
 * The {@code jawait} command: the REPL (terminal or piped) and {@code jawait run FILE.jsh}.
 *
 * <p>Not thread-safe; the process entry point.
 */
public final class Main {
    static final String VERSION = "0.1.0";

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        if (args.length > 0 && args[0].equals("kernel")) {
            return dev.jawait.kernel.KernelCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length));
        }
        Options options;
        try {
            options = Options.parse(args, Path.of(System.getProperty("user.home"), ".jawait", "jawait.properties"));
        } catch (JawaitException e) {
            System.err.println("jawait: " + e.getMessage());
            return 2;
        }
        switch (options.command()) {
            case "help" -> {
                System.out.println(Options.USAGE);
                return 0;
            }
            case "version" -> {
                System.out.println("jawait " + VERSION + " on Java " + Runtime.version());
                return 0;
            }
            default -> { }
        }
        if (options.script() != null && !Files.isRegularFile(options.script())) {
            System.err.println("jawait: no such file: " + options.script());
            return 2;
        }
        if (options.script() == null && System.console() != null && System.console().isTerminal()) {
            return Interactive.terminal(options);
        }
        Session session;
        try {
            Session.Builder builder = options.configure(Session.builder());
            if (options.script() == null) {
                // opened in the background once the first cell has run (recording it is the first use):
                // the first result does not share the CPU with opening a database
                builder.history(OpeningHistory.openOnFirstUse(() -> SqliteHistory.openDefault(System.err::println)));
            }
            session = builder.build();
        } catch (JawaitException e) {
            System.err.println("jawait: " + e.getMessage());
            return 2;
        }
        try {
            List<String> directives = options.script() == null ? List.of()
                    : dev.jawait.deps.DepsDirectives.of(Files.readString(options.script()));
            options.addDependencies(session, directives, System.err::println);
        } catch (JawaitException | IOException e) {
            session.close();
            System.err.println("jawait: " + e.getMessage());
            return 2;
        }
        try (session) {
            ResultPrinter printer = new ResultPrinter(System.out, System.err);
            if (options.script() != null) {
                return runScript(session, options.script());
            }
            interruptOnSigint(session, true);
            return new PipedRepl(session, printer).run(
                    new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            System.err.println("jawait: " + e.getMessage());
            return 1;
        }
    }

    private static int runScript(Session session, Path script) throws IOException {
        interruptOnSigint(session, false);
        CellResult result = session.runScript(script);
        new ResultPrinter(System.out, System.err).print(result);
        if (result.exitStatus().isPresent()) {
            return result.exitStatus().getAsInt();
        }
        return result.status() == CellStatus.OK ? 0 : result.status() == CellStatus.INTERRUPTED ? 130 : 1;
    }

    /** SIGINT stops the running cell; when no cell runs, a piped REPL exits as a shell command would. */
    private static void interruptOnSigint(Session session, boolean exitWhenIdle) {
        try {
            Signal.handle(new Signal("INT"), signal -> {
                if (session.isRunning()) {
                    session.interrupt();
                } else if (exitWhenIdle) {
                    session.history(); // the last cell's record, written in the background, is kept
                    System.exit(130);
                }
            });
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // no SIGINT on this platform: nothing to map
        }
    }

    static String banner(Session session) {
        return banner(session.runnerName(), session.autoawait());
    }

    static String banner(String runner, boolean autoawait) {
        return "jawait " + VERSION + " (Java " + Runtime.version().feature() + ") runner `" + runner
                + "`, autoawait " + (autoawait ? "on" : "off")
                + ". `await` works at top level; /help, %lsmagic, /exit or Ctrl-D.";
    }
}
