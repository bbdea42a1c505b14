package dev.jawait.kernel.internal;

import dev.jawait.JawaitException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Where Jupyter looks for kernelspecs, as {@code jupyter kernelspec install} puts them:
 * the user's data directory ({@code $JUPYTER_DATA_DIR}, else {@code ~/.local/share/jupyter},
 * {@code ~/Library/Jupyter} on macOS, {@code %APPDATA%\jupyter} on Windows), the active Python
 * environment's prefix, or an explicit prefix; each followed by {@code kernels}.
 *
 * <p>Stateless and thread-safe.
 */
public final class KernelSpecDirs {
    /** Which kernels directory. */
    public enum Location {
        /** The user's Jupyter data directory. */
        USER,
        /** The prefix of the Python environment Jupyter runs in ({@code sys.prefix}). */
        SYS_PREFIX,
        /** {@code PREFIX/share/jupyter}. */
        PREFIX
    }

    private KernelSpecDirs() {}

    /** The {@code kernels} directory for {@code location} ({@code prefix} only for {@link Location#PREFIX}). */
    public static Path kernels(Location location, Path prefix) {
        return switch (location) {
            case USER -> userData().resolve("kernels");
            case SYS_PREFIX -> sysPrefix().resolve("share").resolve("jupyter").resolve("kernels");
            case PREFIX -> prefix.toAbsolutePath().resolve("share").resolve("jupyter").resolve("kernels");
        };
    }

    static Path userData() {
        String explicit = System.getenv("JUPYTER_DATA_DIR");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        Path home = Path.of(System.getProperty("user.home"));
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Jupyter");
        }
        if (os.contains("win") && System.getenv("APPDATA") != null) {
            return Path.of(System.getenv("APPDATA"), "jupyter");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share")).resolve("jupyter");
    }

    /** The active environment ($VIRTUAL_ENV, $CONDA_PREFIX), else the prefix of the python3 on PATH. */
    static Path sysPrefix() {
        for (String variable : new String[] {"VIRTUAL_ENV", "CONDA_PREFIX"}) {
            String value = System.getenv(variable);
            if (value != null && !value.isBlank()) {
                return Path.of(value);
            }
        }
        try {
            Process python = new ProcessBuilder("python3", "-c", "import sys; print(sys.prefix)")
                    .redirectErrorStream(true).start();
            String out = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (python.waitFor(10, TimeUnit.SECONDS) && python.exitValue() == 0 && !out.isEmpty()) {
                return Path.of(out);
            }
        } catch (IOException e) {
            // no python3: fall through
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new JawaitException("--sys-prefix needs a Python environment: activate one, or use --user or --prefix DIR");
    }
}
