package dev.jawait.magic.internal;

import dev.jawait.magic.LineMagic;
import dev.jawait.magic.MagicContext;
import dev.jawait.magic.MagicResult;

import dev.jawait.CellResult;
import dev.jawait.JawaitException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The magics that take files: {@code %load FILE} (the file becomes the next input),
 * {@code %run FILE.jsh} (runs it in module mode inside the current cell: nothing displayed,
 * top-level await allowed, its declarations stay in the session) and
 * {@code %classpath PATH…} (adds jars or directories to the live session). Relative paths are
 * the session's working directory's ({@code %cd}).
 *
 * <p>Stateless and thread-safe.
 */
final class FileMagics {
    static final String LOAD_HELP = """
            %load FILE
            Puts the file's text into the next input (the terminal prefills its prompt; Jupyter
            replaces the cell), to edit and run it.""";
    static final String RUN_HELP = """
            %run FILE.jsh
            Runs a script inside this session in module mode: nothing is displayed, top-level
            await works, and what the script declares stays in the session.""";
    static final String CLASSPATH_HELP = """
            %classpath PATH ...
            Adds jars or directories (separated by spaces or the path separator) to the session's
            class path; imports and code can use them from the next cell on. Without arguments,
            shows what was added.""";

    private FileMagics() {}

    static MagicResult load(MagicContext context, String args) {
        Path file = existing(context, args, "%load");
        return MagicResult.nextInput("// %load " + args.strip() + "\n" + read(file).stripTrailing());
    }

    static MagicResult run(MagicContext context, String args) {
        Path file = existing(context, args, "%run");
        CellResult result = context.runModule(read(file), file.getFileName().toString());
        return MagicResult.ran(java.util.List.of(), result);
    }

    static LineMagic classpath() {
        java.util.Set<String> added = java.util.Collections.synchronizedSet(new java.util.LinkedHashSet<>());
        return (context, args) -> {
            if (args.isBlank()) {
                return added.isEmpty() ? MagicResult.show("Nothing added to the class path yet; %classpath PATH adds a jar or directory.")
                        : MagicResult.show(java.util.List.copyOf(added));
            }
            java.util.List<String> lines = new java.util.ArrayList<>();
            for (String entry : args.strip().split("[\\s" + java.io.File.pathSeparator + "]+")) {
                Path path = context.control().environment().resolve(entry);
                if (!Files.exists(path)) {
                    throw new JawaitException.BadArgumentsException("%classpath: no such file or directory: " + entry);
                }
                context.control().addToClasspath(path.toString());
                added.add(path.toString());
                lines.add("Added to the class path: " + path);
            }
            return MagicResult.show(lines);
        };
    }

    private static Path existing(MagicContext context, String args, String magic) {
        String name = args.strip();
        if (name.isEmpty()) {
            throw new JawaitException.BadArgumentsException(magic + " needs a file name.");
        }
        Path file = context.control().environment().resolve(name);
        if (!Files.exists(file)) {
            throw new JawaitException.BadArgumentsException(magic + ": no such file: " + name);
        }
        return file;
    }

    private static String read(Path file) {
        try {
            return dev.jawait.session.internal.ScriptFiles.read(file);
        } catch (IOException e) {
            throw new JawaitException.BadArgumentsException("Cannot read " + e.getMessage());
        }
    }
}
