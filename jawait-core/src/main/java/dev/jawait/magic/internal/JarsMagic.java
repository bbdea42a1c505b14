package dev.jawait.magic.internal;

import dev.jawait.JawaitException;
import dev.jawait.magic.LineMagic;
import dev.jawait.magic.MagicContext;
import dev.jawait.magic.MagicResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * JJava's {@code %jars PATH…}: adds jars to the class path, each argument a jar, a directory (its
 * jars) or a glob ({@code lib/*.jar}, {@code libs/**.jar}) relative to the session's directory.
 *
 * <p>Stateless and thread-safe.
 */
final class JarsMagic implements LineMagic {
    static final String HELP = """
            %jars PATH ...
            Adds jars to the session's class path (as JJava's %jars): each PATH is a jar, a
            directory (the jars in it) or a glob such as lib/*.jar or libs/**.jar. The next cells
            can import their classes.""";

    @Override
    public MagicResult run(MagicContext context, String args) {
        if (args.isBlank()) {
            throw new JawaitException.BadArgumentsException("Usage: %jars PATH ... (a jar, a directory of jars, or a glob such as lib/*.jar)");
        }
        List<String> lines = new ArrayList<>();
        for (String argument : args.strip().split("\\s+")) {
            List<Path> jars = expand(context, argument);
            if (jars.isEmpty()) {
                throw new JawaitException.BadArgumentsException("%jars: no jar matches " + argument);
            }
            for (Path jar : jars) {
                context.control().addToClasspath(jar.toString());
                lines.add("Added to the class path: " + jar);
            }
        }
        return MagicResult.show(lines);
    }

    static List<Path> expand(MagicContext context, String argument) {
        int glob = firstGlobCharacter(argument);
        if (glob < 0) {
            Path path = context.control().environment().resolve(argument);
            if (Files.isDirectory(path)) {
                return jarsIn(path, 1, FileSystems.getDefault().getPathMatcher("glob:*.jar"), path);
            }
            if (!Files.isRegularFile(path)) {
                throw new JawaitException.BadArgumentsException("%jars: no such file or directory: " + argument);
            }
            return List.of(path);
        }
        int slash = argument.lastIndexOf('/', glob);
        Path base = context.control().environment().resolve(slash < 0 ? "." : argument.substring(0, slash + 1));
        String pattern = argument.substring(slash + 1);
        if (!Files.isDirectory(base)) {
            throw new JawaitException.BadArgumentsException("%jars: no such directory: " + base);
        }
        int depth = pattern.contains("**") || pattern.contains("/") ? Integer.MAX_VALUE : 1;
        return jarsIn(base, depth, FileSystems.getDefault().getPathMatcher("glob:" + pattern), base);
    }

    private static List<Path> jarsIn(Path directory, int depth, PathMatcher matcher, Path base) {
        try (Stream<Path> files = Files.walk(directory, depth)) {
            return files.filter(Files::isRegularFile).filter(p -> matcher.matches(base.relativize(p))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("%jars: cannot list " + directory + ": " + e.getMessage(), e);
        }
    }

    private static int firstGlobCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if ("*?[{".indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
