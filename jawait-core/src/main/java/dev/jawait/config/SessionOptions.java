package dev.jawait.config;

import dev.jawait.JawaitException.BadArgumentsException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * How a user configures a session, the same for the terminal, piped input, {@code jawait run}
 * and the Jupyter kernel: from {@code ~/.jawait/jawait.properties} (keys {@code runner} and
 * {@code autoawait}) and the command line ({@code --runner}, {@code --autoawait},
 * {@code --class-path}, {@code --deps}), the command line winning. A session builder applies them
 * with {@code Session.Builder.options}.
 *
 * @param runner       the runner's name, or null for the default ({@code virtual})
 * @param autoawait    whether cells that await may run, or null for the runner's default
 * @param classPath    class path entries for the session's snippets, in order
 * @param dependencies Maven coordinates to add at start ({@code G:A:V}), in order
 */
public record SessionOptions(String runner, Boolean autoawait, List<String> classPath, List<String> dependencies) {
    /** The options' lines of a usage text. */
    public static final String USAGE = """
              --runner NAME        virtual (default), sync, loop, or a class implementing dev.jawait.runtime.Runner
              --autoawait on|off   whether cells that await may run (default on)
              --class-path PATH    extra class path for the session (also --classpath, -cp)
              --deps G:A:V,...     Maven artifacts to resolve (with their dependencies) into the session""";

    /** The names of the options, for "did you mean" in errors. */
    public static final List<String> NAMES = List.of("--runner", "--autoawait", "--class-path", "--classpath", "-cp", "--deps");

    public SessionOptions {
        classPath = List.copyOf(classPath);
        dependencies = List.copyOf(dependencies);
    }

    /** No options: the defaults. */
    public static SessionOptions defaults() {
        return new SessionOptions(null, null, List.of(), List.of());
    }

    /** The settings of a {@code jawait.properties} file (none when it does not exist). */
    public static SessionOptions fromFile(Path file) {
        Properties properties = new Properties();
        if (file != null && Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            } catch (IOException | IllegalArgumentException e) {
                throw new BadArgumentsException("Cannot read " + file + ": " + e.getMessage());
            }
        }
        String autoawait = properties.getProperty("autoawait");
        return new SessionOptions(properties.getProperty("runner"), autoawait == null ? null : onOff(autoawait),
                List.of(), List.of());
    }

    /** The user's configuration file, {@code ~/.jawait/jawait.properties}. */
    public static Path userFile() {
        return Path.of(System.getProperty("user.home"), ".jawait", "jawait.properties");
    }

    /**
     * Consumes the session option at the command line's cursor, if it is one.
     *
     * @return these options with it applied, or empty when the next argument is not a session option
     * @throws BadArgumentsException when its value is missing or wrong
     */
    public Optional<SessionOptions> accept(CommandLine line) {
        Optional<String> runnerName = line.value("--runner");
        if (runnerName.isPresent()) {
            return Optional.of(new SessionOptions(runnerName.get(), autoawait, classPath, dependencies));
        }
        Optional<String> onOff = line.value("--autoawait");
        if (onOff.isPresent()) {
            return Optional.of(new SessionOptions(runner, onOff(onOff.get()), classPath, dependencies));
        }
        Optional<String> path = line.value("--class-path", "--classpath", "-cp");
        if (path.isPresent()) {
            List<String> entries = new ArrayList<>(classPath);
            for (String entry : path.get().split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    entries.add(entry);
                }
            }
            return Optional.of(new SessionOptions(runner, autoawait, entries, dependencies));
        }
        Optional<String> deps = line.value("--deps");
        if (deps.isPresent()) {
            List<String> all = new ArrayList<>(dependencies);
            all.add(deps.get());
            return Optional.of(new SessionOptions(runner, autoawait, classPath, all));
        }
        return Optional.empty();
    }

    /** These options as command-line arguments that {@link #accept} reads back (for a kernelspec's argv). */
    public List<String> toArguments() {
        List<String> args = new ArrayList<>();
        if (runner != null) {
            args.add("--runner=" + runner);
        }
        if (autoawait != null) {
            args.add("--autoawait=" + (autoawait ? "on" : "off"));
        }
        if (!classPath.isEmpty()) {
            args.add("--class-path=" + String.join(File.pathSeparator, classPath));
        }
        dependencies.forEach(coordinates -> args.add("--deps=" + coordinates));
        return args;
    }

    private static boolean onOff(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "on", "true", "yes" -> true;
            case "off", "false", "no" -> false;
            default -> throw new BadArgumentsException("autoawait must be on or off, not `" + value + "`.");
        };
    }
}
