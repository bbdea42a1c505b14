package dev.jawait.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * JShell's {@code -retain} for jawait: writes a setting into the user's configuration file
 * ({@code ~/.jawait/jawait.properties}, {@link SessionOptions#userFile()}), which every front end
 * reads when it starts a session. The setting's line is replaced where the file has one, appended
 * otherwise; the rest of the file (comments, other settings) is kept as it is.
 *
 * <p>Thread-safe: writes are serialised within the JVM.
 */
public final class RetainedSettings {
    private static final Object WRITING = new Object();

    private RetainedSettings() {}

    /**
     * Keeps {@code name=value} in {@code file} for later sessions.
     *
     * @return the line to show the user: where it was kept, or why it could not be
     */
    public static String keep(Path file, String name, String value) {
        Settings.check(name, value);
        Pattern line = Pattern.compile("\\s*" + Pattern.quote(name) + "\\s*(?:[=:]|\\s).*|\\s*" + Pattern.quote(name) + "\\s*");
        synchronized (WRITING) {
            try {
                List<String> lines = Files.isRegularFile(file) ? Files.readAllLines(file) : List.of();
                List<String> kept = new ArrayList<>();
                boolean written = false;
                for (String existing : lines) {
                    if (line.matcher(existing).matches()) {
                        if (!written) {
                            kept.add(name + "=" + value);
                            written = true;
                        }
                    } else {
                        kept.add(existing);
                    }
                }
                if (!written) {
                    kept.add(name + "=" + value);
                }
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.write(file, kept);
                return "|  Kept for later sessions in " + file + ".";
            } catch (IOException e) {
                return "|  Could not keep it for later sessions: " + file + ": " + e.getMessage();
            }
        }
    }
}
