package dev.jawait.session.internal;

import dev.jawait.CellResult;
import dev.jawait.JawaitException.BadArgumentsException;
import dev.jawait.analysis.InputSplitter;
import dev.jawait.engine.internal.Engine;
import dev.jawait.config.RetainedSettings;
import dev.jawait.config.SessionOptions;
import dev.jawait.config.Settings;
import dev.jawait.engine.internal.EngineOptions;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * JShell's commands about the session: {@code /open}, {@code /exit}, {@code /env},
 * {@code /reset}, {@code /reload}, {@code /history}, {@code /set feedback} and
 * {@code /set start}. Restarting commands replace the engine ({@link EngineSlot}), run the
 * start-up files, and replay the session's valid inputs ({@link InputLog}) through the cell
 * pipeline, so that cells that await replay as they ran.
 *
 * <p>Not thread-safe: the session runs commands under its cell lock.
 */
final class SessionCommands {
    private final EngineSlot engines;
    private final InputLog log;
    private final Feedback feedback;
    private final InputBatch.InputRunner runner;
    /** The start-up files of {@code /set start} as named ({@code DEFAULT}, {@code PRINTING}, a path) and their texts. */
    private List<String> startNames = List.of("DEFAULT");
    private List<String> startTexts = List.of();
    /** The user's own start-up files ({@code ~/.jawait/startup/*.jsh}), run after the start-up scripts. */
    private final List<Path> profileFiles;

    /**
     * @param startNames   the start-up scripts ({@code --startup}), empty for the default
     * @param profileFiles the user's start-up files, in order
     */
    SessionCommands(EngineSlot engines, InputLog log, Feedback feedback, InputBatch.InputRunner runner,
                    List<String> startNames, List<Path> profileFiles) {
        this.engines = engines;
        this.log = log;
        this.feedback = feedback;
        this.runner = runner;
        this.profileFiles = List.copyOf(profileFiles);
        if (!startNames.isEmpty()) {
            setStart(startNames, "--startup");
        }
    }

    /**
     * Runs the start-up scripts and the user's start-up files in the current engine, their
     * snippets listed as start-up ones ({@code s4}); what went wrong in them, for the user.
     */
    List<String> startUp(CellPipeline.Scope scope) {
        Engine engine = engines.get();
        int mark = engine.snippets().size();
        List<String> inputs = new ArrayList<>(startTexts.stream().flatMap(t -> InputSplitter.split(t).stream()).toList());
        List<String> lines = new ArrayList<>(new InputBatch(runner, scope).replay(inputs, false, new ArrayList<>()));
        for (Path file : profileFiles) {
            String text;
            try {
                text = ScriptFiles.read(file);
            } catch (IOException e) {
                lines.add("|  start-up file " + file + ": " + e.getMessage());
                continue;
            }
            new InputBatch(runner, scope).replay(InputSplitter.split(text), false, new ArrayList<>())
                    .forEach(problem -> lines.add("|  start-up file " + file.getFileName() + ": " + problem.replaceFirst("^\\|  ", "")));
        }
        engine.snippets().markStart(mark, engine.startSnippets().size() + 1);
        return lines;
    }

    List<Commands.Command> commands() {
        return List.of(
                new Commands.Command("open", "/open FILE", """
                        Runs a file's cells as if you typed them (await and magics work), stopping at the first
                        that fails; also JShell's scripts DEFAULT (the default imports), JAVASE (every Java SE
                        package) and PRINTING (print, println and printf as methods).""", this::open),
                new Commands.Command("exit", "/exit [STATUS]", "Leaves jawait, with exit status STATUS (default 0).",
                        (arguments, scope) -> new CellResult.ExitRequested(scope.count(), exitStatus(arguments), true,
                                List.of(), List.of())),
                new Commands.Command("env", "/env [--class-path P] [--module-path P] [--add-modules M] [--add-exports M/P=T]", """
                        Shows the session's options, or sets new ones and restores the session's state (its
                        valid inputs run again). --class-path adds to the class path; --module-path,
                        --add-modules and --add-exports replace the ones set before. As in JShell, modules on
                        the module path are used once --add-modules names them (or ALL-MODULE-PATH).""", this::env),
                new Commands.Command("reset", "/reset", """
                        Starts afresh: variables, methods, types and imports go; the class path stays.""",
                        (arguments, scope) -> {
                            Commands.noArguments("reset", arguments);
                            log.restarted();
                            List<String> lines = new ArrayList<>(List.of(
                                    "Resetting the session: variables, methods, types and imports start afresh."));
                            lines.addAll(restart(engines.options(), scope));
                            return Commands.noValue(scope, lines);
                        }),
                new Commands.Command("reload", "/reload [-restore] [-quiet]", """
                        Starts afresh and runs again the inputs that succeeded (and /drop commands) since the
                        session began or was last reset or reloaded, each shown as -: INPUT; -restore starts
                        from the period before the last /reset or /reload; -quiet does not show them.""", this::reload),
                new Commands.Command("history", "/history", "Shows every input of this session, commands included.",
                        (arguments, scope) -> {
                            Commands.noArguments("history", arguments);
                            return Commands.noValue(scope, log.history());
                        }),
                new Commands.Command("set", "/set feedback|start [-retain] …", """
                        /set feedback [silent|concise|normal|verbose]: what cells report besides output (concise,
                        jawait's default: values as Out[N]; normal adds x ==> 3 and "created method m()" lines;
                        verbose adds types; silent shows no values).
                        /set start [-default|-none|FILE…]: what a fresh session runs first (from the next /reset
                        or /reload); DEFAULT, JAVASE and PRINTING are built in. /set alone shows both.
                        With -retain, the setting is also kept for later sessions (~/.jawait/jawait.properties).""", this::set));
    }

    private CellResult open(String arguments, CellPipeline.Scope scope) {
        if (arguments.isBlank()) {
            throw new BadArgumentsException("'/open' requires a filename argument.");
        }
        String text = StartScripts.read(arguments.strip(), "/open");
        List<String> valid = new ArrayList<>();
        CellResult result = new InputBatch(runner, scope).runUntilFailure(InputSplitter.split(text), valid);
        valid.forEach(log::valid);
        return result;
    }

    private CellResult reload(String arguments, CellPipeline.Scope scope) {
        boolean restore = false;
        boolean quiet = false;
        for (String word : SnippetSelection.words(arguments)) {
            switch (word) {
                case "-restore" -> restore = true;
                case "-quiet" -> quiet = true;
                default -> throw new BadArgumentsException("Unknown option " + word + " for /reload: use -restore or -quiet.");
            }
        }
        List<String> inputs = log.replay(restore);
        return restoreState(engines.options(), inputs, !quiet, "Restarting and restoring state.", scope);
    }

    private CellResult env(String arguments, CellPipeline.Scope scope) {
        EngineOptions options = engines.options();
        if (arguments.isBlank()) {
            List<String> lines = new ArrayList<>();
            if (!options.userClassPath().isEmpty()) {
                lines.add("|     --class-path " + String.join(File.pathSeparator, options.userClassPath()));
            }
            List<String> environment = options.environment();
            for (int i = 0; i + 1 < environment.size(); i += 2) {
                lines.add("|     " + environment.get(i) + " " + environment.get(i + 1));
            }
            return Commands.noValue(scope, lines);
        }
        List<String> classPath = new ArrayList<>();
        List<String> environment = new ArrayList<>();
        List<String> words = SnippetSelection.words(arguments).stream()
                .flatMap(w -> w.startsWith("--") && w.contains("=") ? Arrays.stream(w.split("=", 2)) : Arrays.stream(new String[] {w}))
                .toList();
        for (int i = 0; i < words.size(); i += 2) {
            String option = words.get(i);
            if (i + 1 >= words.size()) {
                throw new BadArgumentsException("/env " + option + " needs a value.");
            }
            String value = words.get(i + 1);
            switch (option) {
                case "--class-path", "--classpath", "-cp" -> Arrays.stream(value.split(File.pathSeparator))
                        .filter(e -> !e.isBlank()).forEach(classPath::add);
                case "--module-path", "-p" -> environment.addAll(List.of("--module-path", value));
                case "--add-modules", "--add-exports" -> environment.addAll(List.of(option, value));
                default -> throw new BadArgumentsException("Unknown option " + option + " for /env: use --class-path,"
                        + " --module-path, --add-modules or --add-exports.");
            }
        }
        EngineOptions next = options.withClassPath(classPath).withEnvironment(environment);
        return restoreState(next, log.replay(false), false, "Setting new options and restoring state.", scope);
    }

    /** Restarts the engine with {@code options} and replays {@code inputs}; on options the compiler refuses, the old engine is back. */
    private CellResult restoreState(EngineOptions options, List<String> inputs, boolean echo, String message,
                                    CellPipeline.Scope scope) {
        EngineOptions before = engines.options();
        System.out.println("|  " + message); // now: before what the replayed inputs print
        System.out.flush();
        List<String> lines = new ArrayList<>();
        try {
            lines.addAll(restart(options, scope));
        } catch (RuntimeException e) {
            engines.restart(before);
            throw new BadArgumentsException("The new options do not work (" + e.getMessage() + "); the session"
                    + " keeps its old options and is restored with them.");
        } finally {
            log.restarted();
            List<String> valid = new ArrayList<>();
            lines.addAll(new InputBatch(runner, scope).replay(inputs, echo, valid));
            valid.forEach(log::valid);
        }
        return Commands.noValue(scope, lines);
    }

    /** A fresh engine, then the start-up files; their snippets are listed as start-up ones ({@code s4}). */
    private List<String> restart(EngineOptions options, CellPipeline.Scope scope) {
        engines.restart(options);
        return startUp(scope);
    }

    private CellResult set(String arguments, CellPipeline.Scope scope) {
        List<String> words = new ArrayList<>(SnippetSelection.words(arguments));
        if (words.isEmpty()) {
            return Commands.noValue(scope, List.of("|  /set feedback " + feedback.mode().word(),
                    "|  /set start " + startDescription()));
        }
        String what = words.removeFirst();
        boolean retain = words.remove("-retain");
        List<String> lines = new ArrayList<>();
        switch (what) {
            case "feedback" -> {
                lines.addAll(setFeedback(words));
                if (retain) {
                    lines.add(RetainedSettings.keep(SessionOptions.userFile(), Settings.FEEDBACK, feedback.mode().word()));
                }
            }
            case "start" -> {
                lines.addAll(setStart(words, "/set start"));
                if (retain) {
                    String scripts = startNames.stream().map(n -> StartScripts.BUILT_IN.contains(n) ? n
                            : Path.of(n).toAbsolutePath().toString()).collect(java.util.stream.Collectors.joining(","));
                    lines.add(RetainedSettings.keep(SessionOptions.userFile(), Settings.STARTUP,
                            scripts.isEmpty() ? "NONE" : scripts));
                }
            }
            default -> throw new BadArgumentsException("jawait does not support /set " + what
                    + "; it has /set feedback and /set start.");
        }
        return Commands.noValue(scope, lines);
    }

    private List<String> setFeedback(List<String> words) {
        if (words.isEmpty()) {
            List<String> lines = new ArrayList<>(List.of("|  /set feedback " + feedback.mode().word(), "|  ",
                    "|  Available feedback modes:"));
            Arrays.stream(Feedback.Mode.values()).map(Feedback.Mode::word).sorted().forEach(m -> lines.add("|     " + m));
            return lines;
        }
        String typed = words.getFirst().toLowerCase(Locale.ROOT);
        List<Feedback.Mode> matching = Arrays.stream(Feedback.Mode.values()).filter(m -> m.word().startsWith(typed)).toList();
        if (words.size() > 1 || matching.size() != 1) {
            throw new BadArgumentsException("Unknown feedback mode: " + String.join(" ", words)
                    + ". Use silent, concise, normal or verbose.");
        }
        feedback.set(matching.getFirst());
        return matching.getFirst().compareTo(Feedback.Mode.NORMAL) >= 0
                ? List.of("|  Feedback mode: " + matching.getFirst().word()) : List.of();
    }

    private List<String> setStart(List<String> words, String command) {
        if (words.isEmpty()) {
            return List.of("|  /set start " + startDescription());
        }
        List<String> names = switch (words.getFirst()) {
            case "-default" -> List.of("DEFAULT");
            case "-none" -> List.of();
            default -> words;
        };
        if (names.size() != words.size() && words.size() > 1) {
            throw new BadArgumentsException("/set start takes -default, -none, or files, not both.");
        }
        List<String> texts = names.stream().filter(n -> !n.equals("DEFAULT")).map(n -> StartScripts.read(n, command)).toList();
        startNames = List.copyOf(names);
        startTexts = texts;
        engines.useFromNextStart(engines.options().withDefaultImports(names.contains("DEFAULT")));
        return List.of();
    }

    private String startDescription() {
        if (startNames.equals(List.of("DEFAULT"))) {
            return "-default";
        }
        return startNames.isEmpty() || startNames.equals(List.of("NONE")) ? "-none" : String.join(" ", startNames);
    }

    private static int exitStatus(String arguments) {
        if (arguments.isBlank()) {
            return 0;
        }
        try {
            return Integer.parseInt(arguments.strip());
        } catch (NumberFormatException e) {
            throw new BadArgumentsException("/exit takes an integer status, not `" + arguments.strip() + "`.");
        }
    }
}
