package dev.jawait.repl;

import dev.jawait.CellResult;
import dev.jawait.JawaitException;
import dev.jawait.Session;
import dev.jawait.config.BuildInfo;
import dev.jawait.config.CommandLine;
import dev.jawait.config.SessionOptions;
import dev.jawait.config.Settings;
import dev.jawait.repl.internal.Palette;
import dev.jawait.history.HistoryStore;
import dev.jawait.repl.internal.PipedRepl;
import dev.jawait.repl.internal.ResultPrinter;
import dev.jawait.repl.internal.TerminalEditor;
import dev.jawait.repl.internal.TerminalRepl;
import dev.jawait.repl.internal.SigintHandler;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code jawait} command without {@code kernel}: the REPL on a terminal, the REPL reading
 * piped input, and {@code jawait run FILE.jsh}. It reads the command line with jawait's
 * {@link CommandLine} and {@link SessionOptions}, builds the standard session, and leaves
 * everything else to it.
 *
 * <p>Not thread-safe; a process entry point.
 */
public final class ReplCommand {
    static final String USAGE = """
            Usage: jawait [options]              start the REPL (reads cells from stdin when it is not a terminal)
                   jawait run FILE.jsh [options] run a script in module mode; exit status 1 if it fails
                   jawait kernel install|uninstall|start   the Jupyter kernel (jawait kernel --help)
            Options:
            """ + SessionOptions.USAGE + """

              --no-color                  no colours in the terminal (NO_COLOR=1 does the same)
              --help, --version
            A script's `//DEPS G:A:V` lines add dependencies as --deps does.
            Settings may also be put in ~/.jawait/jawait.properties (runner=..., autoawait=...).""";

    /** What the command line asks for. */
    record Request(String command, Path script, SessionOptions options, boolean colour) {}

    private ReplCommand() {}

    /** Runs the command; returns the process exit status (2 for usage errors). */
    public static int run(String[] args) {
        Request request;
        try {
            request = parse(args, SessionOptions.userFile());
        } catch (JawaitException e) {
            System.err.println("jawait: " + e.getMessage());
            return 2;
        }
        return switch (request.command()) {
            case "help" -> {
                System.out.println(USAGE);
                yield 0;
            }
            case "version" -> {
                System.out.println("jawait " + BuildInfo.version() + " on Java " + Runtime.version());
                yield 0;
            }
            case "run" -> script(request.script(), request.options());
            default -> System.console() != null && System.console().isTerminal() ? terminal(request.options(), request.colour())
                    : piped(request.options());
        };
    }

    static Request parse(String[] args, Path configFile) {
        return parse(args, configFile, System.getenv());
    }

    /** The request of {@code args} over the configuration file and the environment's {@code JAWAIT_*} variables. */
    static Request parse(String[] args, Path configFile, java.util.Map<String, String> environment) {
        CommandLine line = new CommandLine(args);
        SessionOptions options = SessionOptions.fromFile(configFile).withEnvironment(environment);
        String command = "repl";
        Path script = null;
        boolean colour = true;
        List<String> known = new ArrayList<>(SessionOptions.NAMES);
        known.addAll(List.of("--help", "--version", "--no-color", "run"));
        while (line.hasNext()) {
            Optional<SessionOptions> option = options.accept(line);
            if (option.isPresent()) {
                options = option.get();
            } else if (line.flag("--help", "-h")) {
                command = "help";
            } else if (line.flag("--no-color", "--no-colour")) {
                colour = false;
            } else if (line.flag("--version")) {
                command = "version";
            } else if (line.flag("run")) {
                if (script != null || !line.hasNext()) {
                    throw new JawaitException.BadArgumentsException("`run` takes one script.\n" + USAGE);
                }
                command = "run";
                script = Path.of(line.take());
            } else {
                throw line.unknown(known, USAGE);
            }
        }
        return new Request(command, script, options, colour);
    }

    private static int terminal(SessionOptions options, boolean colour) {
        try (HistoryStore history = Session.openStandardHistory()) {
            String banner = banner(options);
            String colors = Palette.startScheme(!colour, System.getenv("NO_COLOR"), options.settings().get(Settings.COLORS));
            return new TerminalRepl(output -> Session.builder().standard().options(options).history(history)
                    .outputListener(output).editor(TerminalEditor.fromEnvironment(System.getenv())).build(), history, colors)
                    .run(banner);
        } catch (IOException | JawaitException e) {
            System.err.println("jawait: " + e.getMessage());
            return 1;
        }
    }

    private static int piped(SessionOptions options) {
        try (Session session = build(options)) {
            SigintHandler.install(session, true);
            return new PipedRepl(session, new ResultPrinter(System.out, System.err)).run(
                    new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
        } catch (JawaitException e) {
            System.err.println("jawait: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            System.err.println("jawait: " + e.getMessage());
            return 1;
        }
    }

    private static int script(Path file, SessionOptions options) {
        try (Session session = build(options)) {
            SigintHandler.install(session, false);
            CellResult result = session.runScript(file);
            new ResultPrinter(System.out, System.err).print(result);
            return switch (result) {
                case CellResult.ExitRequested exit -> exit.exitStatus();
                case CellResult.Interrupted interrupted -> 130;
                default -> result.succeeded() ? 0 : 1;
            };
        } catch (JawaitException | IOException e) {
            System.err.println("jawait: " + e.getMessage());
            return 2;
        }
    }

    /** A standard session whose history is opened only when the first cell is recorded. */
    private static Session build(SessionOptions options) {
        return Session.builder().standard().options(options).build();
    }

    /** The first line of the terminal REPL. */
    static String banner(SessionOptions options) {
        String runner = options.runner() != null ? options.runner() : "virtual";
        boolean autoawait = options.autoawait() != null ? options.autoawait() : !"sync".equalsIgnoreCase(runner);
        return "jawait " + BuildInfo.version() + " (Java " + Runtime.version().feature() + ") runner `" + runner
                + "`, autoawait " + (autoawait ? "on" : "off")
                + ". `await` works at top level; /help, %lsmagic, /exit or Ctrl-D.";
    }
}
