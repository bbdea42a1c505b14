package dev.jawait.magic;

import dev.jawait.Completion;
import dev.jawait.Session;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Completion of a magic's arguments: file names for {@code %run}, {@code %load} and
 * {@code %classpath}, runner names for {@code %autoawait}, magic names for {@code %magic}, and
 * Java for the code after {@code %time} and {@code %timeit}.
 *
 * <p>Stateless and thread-safe.
 */
public final class MagicArguments {
    private static final List<String> RUNNERS = List.of("on", "off", "virtual", "sync", "loop");

    private MagicArguments() {}

    /**
     * Candidates for the magic line that starts at {@code lineStart} with the cursor at
     * {@code cursor}, or empty when the magic's arguments are Java or unknown to this completer.
     */
    public static Optional<Completion> complete(Session session, String cell, int lineStart, int cursor) {
        String line = cell.substring(lineStart, cursor);
        String stripped = line.stripLeading();
        int nameStart = lineStart + (line.length() - stripped.length()) + (stripped.startsWith("%%") ? 2 : 1);
        int space = cell.indexOf(' ', nameStart);
        String name = cell.substring(nameStart, space);
        int wordStart = Math.max(cell.lastIndexOf(' ', cursor - 1) + 1, space + 1);
        String word = cell.substring(wordStart, cursor);
        return switch (name) {
            case "run", "load", "classpath" -> Optional.of(new Completion(wordStart + fileAnchor(word), files(word)));
            case "autoawait" -> Optional.of(new Completion(wordStart, startingWith(RUNNERS.stream(), word)));
            case "magic" -> Optional.of(new Completion(wordStart,
                    startingWith(session.magics().names().stream(), word)));
            case "time", "timeit" -> {
                String code = cell.substring(space + 1, cursor);
                Completion java = session.complete(code, code.length());
                yield Optional.of(new Completion(space + 1 + java.anchor(), java.candidates()));
            }
            default -> Optional.empty();
        };
    }

    private static List<String> startingWith(Stream<String> names, String prefix) {
        return names.filter(n -> n.startsWith(prefix)).toList();
    }

    private static int fileAnchor(String word) {
        return word.lastIndexOf('/') + 1;
    }

    /** Names in the directory of {@code word} that start with its last part; directories end with {@code /}. */
    private static List<String> files(String word) {
        int slash = word.lastIndexOf('/');
        String dir = slash < 0 ? "." : word.substring(0, slash + 1);
        String prefix = word.substring(slash + 1);
        Path directory = Paths.get(dir.startsWith("~/") ? System.getProperty("user.home") + dir.substring(1) : dir);
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.map(p -> p.getFileName().toString() + (Files.isDirectory(p) ? "/" : ""))
                    .filter(n -> n.startsWith(prefix) && !(prefix.isEmpty() && n.startsWith(".")))
                    .sorted().toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
