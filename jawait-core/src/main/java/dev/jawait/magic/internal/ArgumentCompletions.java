package dev.jawait.magic.internal;

import dev.jawait.Completion;
import dev.jawait.magic.ArgumentCompleter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The argument completers of the built-in magics: file names ({@code %run}, {@code %load},
 * {@code %classpath}), runner names ({@code %autoawait}), setting names ({@code %config}), magic names
 * ({@code %magic}), and Java
 * for the code after {@code %time} and {@code %timeit}.
 *
 * <p>Stateless and thread-safe.
 */
final class ArgumentCompletions {
    private static final List<String> RUNNERS = List.of("on", "off", "virtual", "sync", "loop");

    private ArgumentCompletions() {}

    /** Names in the directory of the last word (relative to the session's working directory); directories end with {@code /}. */
    static final ArgumentCompleter FILES = (session, arguments) -> {
        int wordStart = lastWordStart(arguments);
        String word = arguments.substring(wordStart);
        return Completion.of(wordStart + word.lastIndexOf('/') + 1, files(session.environment(), word), "path");
    };

    /** Built-in runner names and {@code on}/{@code off}. */
    static final ArgumentCompleter RUNNER_NAMES = (session, arguments) -> startingWith(arguments, RUNNERS);

    /** jawait's setting names ({@code %config}). */
    static final ArgumentCompleter SETTING_NAMES = (session, arguments) -> startingWith(arguments,
            dev.jawait.config.Settings.definitions().stream().map(dev.jawait.config.Settings.Definition::name).toList());

    /** The terminal's colour schemes ({@code %colors}). */
    static final ArgumentCompleter COLOR_SCHEMES = (session, arguments) -> startingWith(arguments,
            dev.jawait.config.Settings.COLOR_SCHEMES);

    /** Line magic names. */
    static final ArgumentCompleter MAGIC_NAMES = (session, arguments) -> startingWith(arguments, session.magics().names());

    /** Java, as the code of a cell. */
    static final ArgumentCompleter JAVA = (session, arguments) -> session.complete(arguments, arguments.length());

    private static Completion startingWith(String arguments, List<String> names) {
        int wordStart = lastWordStart(arguments);
        String word = arguments.substring(wordStart);
        return Completion.of(wordStart, names.stream().filter(n -> n.startsWith(word)).toList(), "text");
    }

    private static int lastWordStart(String arguments) {
        return arguments.lastIndexOf(' ') + 1;
    }

    private static List<String> files(dev.jawait.runtime.SessionEnvironment environment, String word) {
        int slash = word.lastIndexOf('/');
        String dir = slash < 0 ? "." : word.substring(0, slash + 1);
        String prefix = word.substring(slash + 1);
        Path directory = environment.resolve(dir);
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.map(p -> p.getFileName().toString() + (Files.isDirectory(p) ? "/" : ""))
                    .filter(n -> n.startsWith(prefix) && !(prefix.isEmpty() && n.startsWith(".")))
                    .sorted().toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
