package dev.jawait.session.internal;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a script or a file to load as UTF-8 text, with errors that say what is wrong with it (a
 * directory, no such file, not text) rather than the decoder's "Input length = 1".
 *
 * <p>Stateless and thread-safe.
 */
public final class ScriptFiles {
    private ScriptFiles() {}

    /**
     * The file's text.
     *
     * @throws IOException with a message naming the file and the problem
     */
    public static String read(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException(file + " is a directory, not a file.");
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IOException("no such file: " + file, e);
        } catch (CharacterCodingException e) {
            throw new IOException(file + " is not a UTF-8 text file (is it a binary file?).", e);
        }
    }
}
