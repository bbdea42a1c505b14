package dev.jawait.cli;

import dev.jawait.Session;
import dev.jawait.SessionVariable;
import java.io.PrintWriter;
import java.util.List;

/**
 * JShell's habits at the jawait prompt: {@code /vars}, {@code /methods}, {@code /types},
 * {@code /imports}, {@code /reset}, {@code /help}, {@code /exit} (and {@code exit}).
 *
 * <p>Stateless and thread-safe.
 */
final class SlashCommands {
    static final List<String> NAMES = List.of("/exit", "/vars", "/methods", "/types", "/imports", "/reset", "/help");

    /** What the REPL should do after a command. */
    enum Action { CONTINUE, RESET, EXIT, NOT_A_COMMAND }

    static final String HELP = """
            Type Java; `await EXPR` and `for await (var x : publisher) { ... }` work at top level.
            Enter runs a complete cell (an open bracket or statement asks for more); Tab completes;
            `NAME?` shows the documentation of what NAME is (`String.valueOf?`, `f.thenApply?`).
            Ctrl-C stops the running cell or clears the line; Ctrl-R searches history; Ctrl-D exits.
            `_` is the last displayed value.
              /vars /methods /types /imports   list what the session declared
              /reset                           start a fresh session
              /exit, exit                      leave
            Magics: %lsmagic lists them, %magic NAME or %NAME? explains one.""";

    private SlashCommands() {}

    static Action run(String input, Session session, PrintWriter out) {
        String command = input.strip();
        if (command.endsWith(";")) {
            command = command.substring(0, command.length() - 1).strip();
        }
        switch (command) {
            case "/exit", "exit" -> {
                return Action.EXIT;
            }
            case "/vars" -> print(out, session.variables().stream().map(SlashCommands::variable).toList(), "No variables.");
            case "/methods" -> print(out, session.methods(), "No methods.");
            case "/types" -> print(out, session.types(), "No types.");
            case "/imports" -> print(out, session.imports(), "No imports.");
            case "/help", "/?" -> out.println(HELP);
            case "/reset" -> {
                out.println("Resetting the session: variables, methods, types and imports start afresh.");
                out.flush();
                return Action.RESET;
            }
            default -> {
                if (command.startsWith("/") && command.length() > 1 && Character.isLetter(command.charAt(1))
                        && !command.contains("\n")) {
                    out.println("Unknown command " + command.split("\\s")[0] + ". Commands: " + String.join(" ", NAMES));
                    out.flush();
                    return Action.CONTINUE;
                }
                return Action.NOT_A_COMMAND;
            }
        }
        out.flush();
        return Action.CONTINUE;
    }

    private static String variable(SessionVariable variable) {
        return variable.type() + " " + variable.name() + " = " + variable.valueText();
    }

    private static void print(PrintWriter out, List<String> lines, String empty) {
        if (lines.isEmpty()) {
            out.println(empty);
        }
        lines.forEach(line -> out.println("|    " + line));
    }
}
