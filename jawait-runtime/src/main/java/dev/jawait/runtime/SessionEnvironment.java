package dev.jawait.runtime;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A session's working directory and environment variables: what {@code %cd} and {@code %env}
 * change, since a JVM can change neither its own working directory nor its own environment. They
 * apply to what jawait does with files ({@code %load}, {@code %run}, {@code %classpath}) and to
 * processes started through {@link #processBuilder(String...)} ({@code process(…)} in a session);
 * snippets read them with {@code cwd()} and {@code env()}. Plain Java ({@code Path.of("x")},
 * {@code new File("x")}, {@code new ProcessBuilder(…)}, {@code System.getenv}) still sees the
 * JVM's own.
 *
 * <p>The current one is that of the session whose cell (or whose cell's tasks) runs on this
 * thread (an inheritable thread-local the session sets around each cell); outside any session,
 * the JVM's own directory and environment.
 *
 * <p>Thread-safe.
 */
public final class SessionEnvironment {
    private static final InheritableThreadLocal<SessionEnvironment> CURRENT = new InheritableThreadLocal<>();
    private static final SessionEnvironment JVM = new SessionEnvironment();

    private volatile Path directory = Path.of("").toAbsolutePath();
    private final Map<String, String> set = new ConcurrentHashMap<>();

    /** The environment of the session running on this thread, else the JVM's. */
    public static SessionEnvironment current() {
        SessionEnvironment current = CURRENT.get();
        return current != null ? current : JVM;
    }

    /** Makes {@code environment} current on this thread (and threads it starts); returns the previous one, for {@link #restore}. */
    public static SessionEnvironment enter(SessionEnvironment environment) {
        SessionEnvironment previous = CURRENT.get();
        CURRENT.set(environment);
        return previous;
    }

    /** Puts back what {@link #enter} returned. */
    public static void restore(SessionEnvironment previous) {
        CURRENT.set(previous);
    }

    /** The working directory: absolute, normalised. */
    public Path directory() {
        return directory;
    }

    /** Changes the working directory to {@code path} (relative to the current one). */
    public void changeDirectory(Path path) {
        this.directory = directory.resolve(path).normalize();
    }

    /** {@code path} resolved against the working directory ({@code ~/} is the user's home). */
    public Path resolve(String path) {
        String expanded = path.equals("~") || path.startsWith("~/")
                ? System.getProperty("user.home") + path.substring(1) : path;
        return directory.resolve(expanded).normalize();
    }

    /** The JVM's environment with what was set here on top, as a new map. */
    public Map<String, String> variables() {
        Map<String, String> all = new HashMap<>(System.getenv());
        all.putAll(set);
        return all;
    }

    /** What was set here (only), as a new map. */
    public Map<String, String> overrides() {
        return new HashMap<>(set);
    }

    /** Sets {@code name} to {@code value} for processes started through this environment. */
    public void set(String name, String value) {
        set.put(name, value);
    }

    /** A {@code ProcessBuilder} for {@code command} in this working directory, with this environment. */
    public ProcessBuilder processBuilder(String... command) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().putAll(set);
        return builder;
    }
}
