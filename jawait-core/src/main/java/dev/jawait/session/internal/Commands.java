package dev.jawait.session.internal;

import dev.jawait.CellResult;
import dev.jawait.JawaitException.BadArgumentsException;
import dev.jawait.JawaitException.UnknownNameException;
import dev.jawait.analysis.CellInput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JShell's commands, in every front end alike, by JShell's names: a table from name to handler
 * and help. {@link SnippetCommands} has those about snippets ({@code /list}, {@code /drop},
 * {@code /vars} …), {@link SessionCommands} those about the session ({@code /reload},
 * {@code /open}, {@code /set} …). As in JShell, a unique prefix names a command ({@code /v} is
 * {@code /vars}); an ambiguous one lists the candidates.
 *
 * <p>Not thread-safe: the session runs commands under its cell lock.
 */
final class Commands {
    /** What a command does with its arguments, in the cell that typed it. */
    @FunctionalInterface
    interface Handler {
        CellResult run(String arguments, CellPipeline.Scope scope);
    }

    /**
     * A command.
     *
     * @param usage one line: its forms ({@code /list [-all|-start|NAME|ID…]})
     * @param help  what it does, for {@code /help NAME}
     */
    record Command(String name, String usage, String help, Handler handler) {}

    static final String HELP = """
            Type Java; `await EXPR` and `for await (var x : publisher) { ... }` work at top level.
            Enter runs a complete cell (an open bracket or statement asks for more); Tab completes;
            `NAME?` shows the documentation of what NAME is (`String.valueOf?`, `f.thenApply?`), and
            `NAME??` adds the source of what you declared.
            Ctrl-C stops the running cell or clears the line; Ctrl-R searches history; Ctrl-D exits.
            `_` is the last displayed value.
            Commands (a unique prefix is enough: /l is /list; /help NAME explains one):""";

    private final Map<String, Command> table = new LinkedHashMap<>();

    Commands(SnippetCommands snippets, SessionCommands session) {
        snippets.commands().forEach(c -> table.put(c.name(), c));
        session.commands().forEach(c -> table.put(c.name(), c));
        add(new Command("help", "/help [COMMAND]", "Lists the commands, or explains one: /help list, /help /set.",
                (arguments, scope) -> noValue(scope, help(arguments))));
    }

    private void add(Command command) {
        table.put(command.name(), command);
    }

    /** Whether {@code input} is a command {@code /reload} runs again ({@code /drop}, as in JShell). */
    boolean isReplayed(CellInput input) {
        if (!(input instanceof CellInput.Command command)) {
            return false;
        }
        try {
            return resolve(command.name()).equals("drop");
        } catch (UnknownNameException e) {
            return false;
        }
    }

    /** The commands' names, for completion. */
    List<String> names() {
        return List.copyOf(table.keySet());
    }

    CellResult run(CellInput.Command command, CellPipeline.Scope scope) {
        String name = command.name().equals("?") ? "help" : resolve(command.name());
        return table.get(name).handler().run(command.arguments(), scope);
    }

    private List<String> help(String arguments) {
        if (arguments.isBlank()) {
            List<String> lines = new java.util.ArrayList<>(List.of(HELP));
            table.values().forEach(c -> lines.add(String.format("  %-44s %s", c.usage(), firstSentence(c.help()))));
            lines.add("Magics: %lsmagic lists them, %magic NAME or %NAME? explains one.");
            return lines;
        }
        String asked = arguments.strip().replaceFirst("^/", "").split("\\s+")[0];
        Command command = table.get(resolve(asked));
        return List.of("|  " + command.usage(), "|  ", "|  " + command.help().replace("\n", "\n|  "));
    }

    private static String firstSentence(String help) {
        int end = help.indexOf(". ");
        String first = end < 0 ? help.lines().findFirst().orElse("") : help.substring(0, end + 1);
        return first.replace("\n", " ");
    }

    /** The command a name or unique prefix stands for. */
    private String resolve(String typed) {
        if (table.containsKey(typed)) {
            return typed;
        }
        List<String> matching = table.keySet().stream().filter(n -> n.startsWith(typed)).toList();
        if (matching.size() == 1) {
            return matching.getFirst();
        }
        if (matching.size() > 1) {
            throw new UnknownNameException("Command: '/" + typed + "' is ambiguous: "
                    + String.join(", ", matching.stream().map(c -> "/" + c).toList()));
        }
        List<String> candidates = UnknownNameException.closest(typed, List.copyOf(table.keySet()));
        throw new UnknownNameException("Unknown command /" + typed + "."
                + (candidates.isEmpty() ? "" : " Did you mean " + String.join(", ", candidates.stream().map(c -> "/" + c).toList()) + "?")
                + " Commands: " + String.join(" ", table.keySet().stream().map(c -> "/" + c).toList()) + " (/help explains them).");
    }

    static CellResult noValue(CellPipeline.Scope scope, List<String> lines) {
        return new CellResult.NoValue(scope.count(), lines, List.of());
    }

    /** Refuses arguments for a command that takes none. */
    static void noArguments(String command, String arguments) {
        if (!arguments.isBlank()) {
            throw new BadArgumentsException("/" + command + " takes no arguments, not `" + arguments.strip() + "`.");
        }
    }
}
