package dev.jawait.config;

import dev.jawait.JawaitException.BadArgumentsException;
import dev.jawait.JawaitException.UnknownNameException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A command line read one argument at a time, the one way every jawait command reads its options:
 * {@code --name VALUE} and {@code --name=VALUE} mean the same, a value may not start with
 * {@code --} unless given with {@code =}, and an unknown option is an error naming close ones.
 *
 * <p>Not thread-safe: one reader per command line.
 */
public final class CommandLine {
    private final List<String> args;
    private int next;

    public CommandLine(String... args) {
        this.args = List.copyOf(Arrays.asList(args));
    }

    /** Whether arguments remain. */
    public boolean hasNext() {
        return next < args.size();
    }

    /** The next argument, not consumed. */
    public String peek() {
        return args.get(next);
    }

    /** Consumes and returns the next argument (a command word or a file). */
    public String take() {
        return args.get(next++);
    }

    /** The arguments not consumed yet. */
    public List<String> rest() {
        return args.subList(next, args.size());
    }

    /** Consumes the next argument if it is one of {@code names} (a flag without value). */
    public boolean flag(String... names) {
        if (hasNext() && Arrays.asList(names).contains(peek())) {
            next++;
            return true;
        }
        return false;
    }

    /**
     * If the next argument is option {@code names[0]} (or an alias), consumes it with its value
     * ({@code --x VALUE} or {@code --x=VALUE}) and returns the value.
     *
     * @throws BadArgumentsException when the option has no value
     */
    public Optional<String> value(String... names) {
        if (!hasNext()) {
            return Optional.empty();
        }
        String arg = peek();
        for (String name : names) {
            if (arg.startsWith(name + "=")) {
                next++;
                return Optional.of(arg.substring(name.length() + 1));
            }
            if (arg.equals(name)) {
                if (next + 1 >= args.size() || args.get(next + 1).startsWith("--")) {
                    throw new BadArgumentsException("`" + name + "` needs a value.");
                }
                next += 2;
                return Optional.of(args.get(next - 1));
            }
        }
        return Optional.empty();
    }

    /** The error for the next argument, which nothing accepted, naming the close ones of {@code known}. */
    public UnknownNameException unknown(List<String> known, String usage) {
        String arg = hasNext() ? peek() : "";
        String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
        List<String> close = UnknownNameException.closest(name, known);
        return new UnknownNameException("Unknown argument `" + arg + "`."
                + (close.isEmpty() ? "" : " Did you mean " + String.join(", ", close) + "?") + "\n" + usage);
    }
}
