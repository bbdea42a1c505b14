package dev.jawait.session.internal;

import dev.jawait.CellResult;
import dev.jawait.JawaitException.BadArgumentsException;
import dev.jawait.JawaitException.UnknownNameException;
import dev.jawait.SessionVariable;
import dev.jawait.analysis.CellInput;
import java.util.List;

/**
 * JShell's commands, in every front end alike: {@code /vars}, {@code /methods}, {@code /types},
 * {@code /imports}, {@code /reset}, {@code /help} (or {@code /?}), {@code /exit [STATUS]} (and a
 * bare {@code exit}). As in JShell, a unique prefix names a command ({@code /v} is {@code /vars}).
 *
 * <p>Not thread-safe: the session runs commands under its cell lock.
 */
final class Commands {
    static final List<String> NAMES = List.of("exit", "vars", "methods", "types", "imports", "reset", "help");

    static final String HELP = """
            Type Java; `await EXPR` and `for await (var x : publisher) { ... }` work at top level.
            Enter runs a complete cell (an open bracket or statement asks for more); Tab completes;
            `NAME?` shows the documentation of what NAME is (`String.valueOf?`, `f.thenApply?`), and
            `NAME??` adds the source of what you declared.
            Ctrl-C stops the running cell or clears the line; Ctrl-R searches history; Ctrl-D exits.
            `_` is the last displayed value.
              /vars /methods /types /imports   list what the session declared
              /reset                           start afresh (the class path stays)
              /exit [STATUS], exit             leave
            Magics: %lsmagic lists them, %magic NAME or %NAME? explains one.""";

    private final EngineSlot engines;

    Commands(EngineSlot engines) {
        this.engines = engines;
    }

    CellResult run(CellInput.Command command, int count) {
        String name = command.name().equals("?") ? "help" : resolve(command.name());
        if (name.equals("exit")) {
            return new CellResult.ExitRequested(count, exitStatus(command.arguments()), true, List.of(), List.of());
        }
        List<String> lines = switch (name) {
            case "vars" -> listing(engines.get().variables().stream().map(Commands::variable).toList(), "No variables.");
            case "methods" -> listing(engines.get().methods(), "No methods.");
            case "types" -> listing(engines.get().types(), "No types.");
            case "imports" -> listing(engines.get().imports(), "No imports.");
            case "help" -> List.of(HELP);
            case "reset" -> {
                engines.reset();
                yield List.of("Resetting the session: variables, methods, types and imports start afresh.");
            }
            default -> throw new IllegalStateException(name);
        };
        return new CellResult.NoValue(count, lines, List.of());
    }

    /** The command a name or unique prefix stands for. */
    private static String resolve(String typed) {
        if (NAMES.contains(typed)) {
            return typed;
        }
        List<String> matching = NAMES.stream().filter(n -> n.startsWith(typed)).toList();
        if (matching.size() == 1) {
            return matching.getFirst();
        }
        List<String> candidates = matching.isEmpty() ? UnknownNameException.closest(typed, NAMES) : matching;
        throw new UnknownNameException((matching.isEmpty() ? "Unknown command /" : "Ambiguous command /") + typed + "."
                + (candidates.isEmpty() ? "" : " Did you mean " + String.join(", ", candidates.stream().map(c -> "/" + c).toList()) + "?")
                + " Commands: " + String.join(" ", NAMES.stream().map(c -> "/" + c).toList()) + " (/help explains them).");
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

    private static String variable(SessionVariable variable) {
        return variable.type() + " " + variable.name() + " = " + variable.valueText();
    }

    private static List<String> listing(List<String> lines, String empty) {
        return lines.isEmpty() ? List.of(empty) : lines.stream().map(line -> "|    " + line).toList();
    }
}
