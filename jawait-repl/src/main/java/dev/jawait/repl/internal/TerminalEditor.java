package dev.jawait.repl.internal;

import dev.jawait.Editor;
import dev.jawait.JawaitException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The terminal's editor for {@code /edit}: the command in {@code JSHELLEDITOR}, {@code VISUAL}
 * or {@code EDITOR} (the first set, as JShell looks them up), run through {@code sh} on a
 * temporary file with the terminal as its input and output; the file as saved is the result.
 *
 * <p>Thread-safe: each edit has its own file.
 */
public final class TerminalEditor implements Editor {
    private static final List<String> VARIABLES = List.of("JSHELLEDITOR", "VISUAL", "EDITOR");

    private final String command;

    private TerminalEditor(String command) {
        this.command = command;
    }

    /** The editor the environment names (none when no variable is set: then {@code /edit} says how to set one). */
    public static TerminalEditor fromEnvironment(Map<String, String> environment) {
        return new TerminalEditor(VARIABLES.stream().map(environment::get).filter(v -> v != null && !v.isBlank())
                .findFirst().orElse(null));
    }

    @Override
    public String edit(String text) throws IOException {
        if (command == null) {
            throw new JawaitException.UnavailableException(
                    "/edit needs an editor: set JSHELLEDITOR, VISUAL or EDITOR (for example, export EDITOR=nano).");
        }
        Path file = Files.createTempFile("jawait-edit-", ".jsh");
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            Process editor = new ProcessBuilder("/bin/sh", "-c", command + " \"$1\"", "jawait-edit", file.toString())
                    .inheritIO().start();
            int status = editor.waitFor();
            if (status != 0) {
                throw new IOException("the editor `" + command + "` exited with status " + status + "; nothing was run");
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the editor ran");
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
