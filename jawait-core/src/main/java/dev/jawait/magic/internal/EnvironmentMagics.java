package dev.jawait.magic.internal;

import dev.jawait.JawaitException;
import dev.jawait.magic.MagicContext;
import dev.jawait.magic.MagicResult;
import dev.jawait.runtime.SessionEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code %cd}, {@code %pwd} and {@code %env}: the session's working directory and environment
 * variables ({@link SessionEnvironment}), since the JVM cannot change its own.
 *
 * <p>Stateless and thread-safe.
 */
final class EnvironmentMagics {
    static final String CD_HELP = """
            %cd [DIR]
            Changes the session's working directory (no DIR: your home), against which %load, %run,
            %classpath and cwd() resolve relative paths, and where process(...) starts programs.
            The JVM's own working directory cannot change: Path.of("x") and new File("x") still
            resolve against the directory jawait started in; write cwd().resolve("x").""";
    static final String PWD_HELP = """
            %pwd
            Shows the session's working directory (cwd() in code).""";
    static final String ENV_HELP = """
            %env                    lists the environment variables
            %env NAME               shows one
            %env NAME=VALUE         sets one (also `%env NAME VALUE`) for programs started with
                                    process(...) (a ProcessBuilder) or given env(); the JVM's own
                                    environment (System.getenv) cannot change.""";

    private EnvironmentMagics() {}

    static MagicResult cd(MagicContext context, String args) {
        SessionEnvironment environment = context.control().environment();
        String target = args.strip().isEmpty() ? "~" : args.strip();
        Path directory = environment.resolve(target);
        if (!Files.isDirectory(directory)) {
            throw new JawaitException.BadArgumentsException("%cd: no such directory: " + target);
        }
        environment.changeDirectory(directory);
        return MagicResult.show(environment.directory().toString());
    }

    static MagicResult pwd(MagicContext context, String args) {
        return MagicResult.show(context.control().environment().directory().toString());
    }

    static MagicResult env(MagicContext context, String args) {
        SessionEnvironment environment = context.control().environment();
        String arg = args.strip();
        if (arg.isEmpty()) {
            return MagicResult.show(new TreeMap<>(environment.variables()).entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).toList());
        }
        int equals = arg.indexOf('=');
        int blank = arg.indexOf(' ');
        int split = equals < 0 ? blank : blank < 0 ? equals : Math.min(equals, blank);
        if (split < 0) {
            Map<String, String> variables = environment.variables();
            if (!variables.containsKey(arg)) {
                throw new JawaitException.UnknownNameException("%env: no environment variable named " + arg + ".");
            }
            return MagicResult.show(variables.get(arg));
        }
        String name = arg.substring(0, split).strip();
        String value = arg.substring(split + 1).strip();
        if (value.startsWith("=")) {
            value = value.substring(1).strip(); // `NAME = VALUE`
        }
        if (name.isEmpty()) {
            throw new JawaitException.BadArgumentsException("%env: NAME=VALUE needs a name.");
        }
        environment.set(name, value);
        return MagicResult.show("env: " + name + "=" + value);
    }
}
