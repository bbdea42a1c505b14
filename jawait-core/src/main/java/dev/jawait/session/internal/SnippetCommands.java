package dev.jawait.session.internal;

import dev.jawait.CellResult;
import dev.jawait.Editor;
import dev.jawait.JawaitException;
import dev.jawait.JawaitException.BadArgumentsException;
import dev.jawait.SessionVariable;
import dev.jawait.analysis.InputSplitter;
import dev.jawait.engine.internal.Engine;
import dev.jawait.engine.internal.ValueText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * JShell's commands about snippets: {@code /list}, {@code /edit}, {@code /drop}, {@code /save},
 * {@code /vars}, {@code /methods}, {@code /types}, {@code /imports}, with JShell's arguments
 * ({@link SnippetSelection}) and output formats.
 *
 * <p>Not thread-safe: the session runs commands under its cell lock.
 */
final class SnippetCommands {
    private final EngineSlot engines;
    private final InputLog log;
    private final Editor editor;
    private final InputBatch.InputRunner runner;

    SnippetCommands(EngineSlot engines, InputLog log, Editor editor, InputBatch.InputRunner runner) {
        this.engines = engines;
        this.log = log;
        this.editor = editor;
        this.runner = runner;
    }

    List<Commands.Command> commands() {
        return List.of(
                new Commands.Command("list", "/list [-all|-start|NAME|ID…]", """
                        Lists the snippets you typed, with their ids: the active ones; -start: the start-up
                        snippets; -all: every one, failed and dropped included; or those of a name, an id (3, s1, e2)
                        or an id range (1-4). A cell of several statements is several snippets, shown as you typed them.""",
                        (arguments, scope) -> Commands.noValue(scope, list(arguments))),
                new Commands.Command("edit", "/edit [NAME|ID…]", """
                        Edits snippets in an external editor (JSHELLEDITOR, VISUAL or EDITOR) and runs what
                        you changed when the editor exits. Without arguments, every active snippet.""",
                        this::edit),
                new Commands.Command("drop", "/drop NAME|ID…", """
                        Drops snippets: what they declared is gone. By name, id or id range.""",
                        (arguments, scope) -> Commands.noValue(scope, drop(arguments))),
                new Commands.Command("save", "/save [-all|-history|-start] FILE", """
                        Saves the active snippets to FILE; -all: every snippet, start-up and failed ones
                        included; -history: every input of this session, commands too; -start: the start-up snippets.""",
                        (arguments, scope) -> Commands.noValue(scope, save(arguments))),
                declarations("vars", "variables", "No variables.", l -> is(l, "variable") && !l.entry().name().startsWith("$"),
                        engine -> engine.variables().stream().map(SnippetCommands::variable).toList()),
                declarations("methods", "methods", "No methods.", l -> is(l, "method"), Engine::methods),
                declarations("types", "types (classes, interfaces, enums, records)", "No types.", l -> is(l, "type"),
                        Engine::types),
                declarations("imports", "imports", "No imports.", l -> l.isStart() || is(l, "import"), Engine::imports));
    }

    private static boolean is(SnippetSelection.Listed listed, String family) {
        return !listed.isStart() && listed.entry().family().equals(family);
    }

    private List<String> list(String arguments) {
        return SnippetSelection.select(engines.get(), "list", arguments, l -> true).stream()
                .map(SnippetSelection::format).toList();
    }

    private List<String> drop(String arguments) {
        if (arguments.isBlank()) {
            throw new BadArgumentsException("/drop needs the name or id of a snippet (see /list).");
        }
        Engine engine = engines.get();
        List<SnippetSelection.Listed> chosen = SnippetSelection.select(engine, "drop", arguments,
                l -> !l.isStart() && !l.entry().fromStart());
        List<String> lines = new ArrayList<>();
        for (SnippetSelection.Listed listed : chosen) {
            if (!engine.snippets().isActive(listed.entry())) {
                continue;
            }
            engine.drop(listed.entry());
            var entry = listed.entry();
            lines.add(entry.kind().isEmpty() ? "|  dropped snippet " + entry.id() + " : " + entry.text()
                    : "|  dropped " + entry.kind() + " " + entry.signature());
        }
        return lines; // the pipeline keeps a /drop that worked among the inputs /reload replays
    }

    private List<String> save(String arguments) {
        List<String> words = SnippetSelection.words(arguments);
        String option = !words.isEmpty() && words.getFirst().startsWith("-") ? words.getFirst() : "";
        if (words.size() != (option.isEmpty() ? 1 : 2)) {
            throw new BadArgumentsException(words.isEmpty() || words.size() == 1 && !option.isEmpty()
                    ? "'/save' requires a filename argument." : "/save takes [-all|-history|-start] and one file name.");
        }
        Engine engine = engines.get();
        List<String> texts = switch (option) {
            case "" -> SnippetSelection.select(engine, "save", "", l -> true).stream().map(SnippetSelection.Listed::text).toList();
            case "-all" -> SnippetSelection.everything(engine).stream().map(SnippetSelection.Listed::text).toList();
            case "-start" -> SnippetSelection.start(engine).stream().map(SnippetSelection.Listed::text).toList();
            case "-history" -> log.history();
            default -> throw new BadArgumentsException("Unknown option " + option + " for /save: use -all, -history or -start.");
        };
        Path file = Path.of(words.getLast());
        try {
            Files.writeString(file, texts.stream().map(t -> t + "\n").reduce("", String::concat));
        } catch (IOException | RuntimeException e) {
            throw new BadArgumentsException("Cannot write " + file + ": " + e.getMessage());
        }
        return List.of();
    }

    private CellResult edit(String arguments, CellPipeline.Scope scope) {
        if (editor == null) {
            throw new JawaitException.UnavailableException("/edit works in the terminal, with an editor set in"
                    + " JSHELLEDITOR, VISUAL or EDITOR; here, edit the cell itself and run it again.");
        }
        List<String> before = SnippetSelection.select(engines.get(), "edit", arguments,
                l -> !l.isStart()).stream().map(SnippetSelection.Listed::text).toList();
        String edited;
        try {
            edited = editor.edit(before.stream().map(t -> t + "\n").reduce("", String::concat));
        } catch (IOException e) {
            throw new JawaitException.UnavailableException("The editor failed: " + e.getMessage());
        }
        List<String> changed = InputSplitter.split(edited).stream().filter(input -> !before.contains(input)).toList();
        List<String> valid = new ArrayList<>();
        CellResult result = new InputBatch(runner, scope).runUntilFailure(changed, valid);
        valid.forEach(log::valid);
        return result;
    }

    /** {@code /vars} and its kin: the active ones by default, else JShell's selection with inactive ones marked. */
    private Commands.Command declarations(String name, String what, String empty,
                                          Predicate<SnippetSelection.Listed> kind,
                                          Function<Engine, List<String>> active) {
        return new Commands.Command(name, "/" + name + " [-all|-start|NAME|ID…]",
                "Lists the " + what + " you declared; -all adds the inactive ones and the start-up ones,"
                        + " -start shows only the start-up ones; or those of a name or id.",
                (arguments, scope) -> {
                    Engine engine = engines.get();
                    List<String> lines = arguments.isBlank() ? active.apply(engine)
                            : SnippetSelection.select(engine, name, arguments, kind).stream()
                                    .map(l -> describe(engine, l)).toList();
                    return Commands.noValue(scope, lines.isEmpty() ? List.of(empty)
                            : lines.stream().map(line -> "|    " + line).toList());
                });
    }

    private static String describe(Engine engine, SnippetSelection.Listed listed) {
        if (listed.isStart()) {
            return listed.text().replaceFirst(";$", "");
        }
        var entry = listed.entry();
        boolean active = engine.snippets().isActive(entry);
        if (entry.family().equals("variable")) {
            return entry.listing() + " = " + (active ? engine.variable(entry.name()).map(ValueText::of).orElse("null")
                    : "(not-active)");
        }
        return entry.listing() + (active ? "" : " (not-active)");
    }

    private static String variable(SessionVariable variable) {
        return variable.type() + " " + variable.name() + " = " + variable.valueText();
    }
}
