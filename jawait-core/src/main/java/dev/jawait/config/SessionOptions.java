package dev.jawait.config;

import dev.jawait.JawaitException;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a user configures a session, the same for the terminal, piped input, {@code jawait run},
 * the Jupyter kernel and {@code embed()}: from {@code ~/.jawait/jawait.properties} (every name of
 * {@link Settings}: {@code runner=loop}, {@code cache_size=100}, …), the environment
 * ({@link #withEnvironment}: {@code JAWAIT_CLASS_PATH}, {@code JAWAIT_STARTUP},
 * {@code JAWAIT_COMPILER_OPTS}) and the command line ({@code --runner}, {@code --autoawait},
 * {@code --class-path}, {@code --deps}, …), in that order: the command line wins over the
 * environment, which wins over the file; options that are lists (class path, compiler options)
 * add up, the command line's last. A session builder applies them with {@code Session.Builder.options}.
 *
 * @param runner       the runner's name, or null for the default ({@code virtual})
 * @param autoawait    whether cells that await may run, or null for the runner's default
 * @param classPath    class path entries for the session's snippets, in order
 * @param dependencies Maven coordinates to add at start ({@code G:A:V}), in order
 * @param settings     other settings by name ({@link Settings}), checked
 * @param warnings     what was wrong in the configuration file (each names the file and line;
 *                     the line was ignored), for the session to show
 * @param runnerOrigin where {@code runner} came from when it was the configuration file (a
 *                     runner that does not exist is then a warning, not an error), else null
 * @param javaFlags    as given, in order: JShell's {@code -J<flag>} (the JVM's: the launcher starts
 *                     the JVM with them, a kernelspec's argv keeps them) and {@code -C<flag>} (the
 *                     compiler's), {@code --enable-preview} (both), and {@code --module-path=P},
 *                     {@code --add-modules=M} (the compiler's, and the modules snippets load)
 * @param startup      JShell's {@code --startup} scripts, in order ({@code DEFAULT}, {@code PRINTING},
 *                     {@code JAVASE} or files), in place of the default imports; empty: the default
 */
public record SessionOptions(String runner, Boolean autoawait, List<String> classPath, List<String> dependencies,
                             Map<String, String> settings, List<String> warnings, String runnerOrigin,
                             List<String> javaFlags, List<String> startup) {
    private static final String PREVIEW = "--enable-preview";

    /** The options' lines of a usage text. */
    public static final String USAGE = """
              --runner NAME        virtual (default), sync, loop, or a class implementing dev.jawait.runtime.Runner
              --autoawait on|off   whether cells that await may run (default on)
              --class-path PATH    extra class path for the session (also --classpath, -cp)
              --deps G:A:V,...     Maven artifacts to resolve (with their dependencies) into the session
              --module-path PATH   where modules are found (also -p); --add-modules M,... picks them, as JShell's
              --enable-preview     Java's preview features (StructuredTaskScope on JDK 25), for the JVM and the compiler
              -J<flag>, -C<flag>   a JVM option (-J-Xmx2g), a compiler option (-C-Xlint:all), as JShell takes them;
                                   also --jvm-option FLAG, --compiler-option FLAG
              --startup FILE       a start-up script in place of the default imports (repeatable; DEFAULT,
                                   PRINTING, JAVASE or a file), as JShell's; ~/.jawait/startup/*.jsh run too
              --no-startup         no default imports (JShell's); ~/.jawait/startup/*.jsh still run""".indent(2).stripTrailing(); // the text block loses its indent: the options sit under "Options:"

    /** The names of the options, for "did you mean" in errors. */
    public static final List<String> NAMES = List.of("--runner", "--autoawait", "--class-path", "--classpath", "-cp", "--deps",
            "--enable-preview", "--startup", "--no-startup", "--module-path", "--add-modules", "--jvm-option",
            "--compiler-option");

    /** Class path entries for every session, separated as a class path is ({@code :} or {@code ;}). */
    public static final String CLASS_PATH_VARIABLE = "JAWAIT_CLASS_PATH";
    /** Start-up scripts in place of the default imports, separated as a class path is. */
    public static final String STARTUP_VARIABLE = "JAWAIT_STARTUP";
    /** Options for the compiler of snippets, separated by white space. */
    public static final String COMPILER_OPTS_VARIABLE = "JAWAIT_COMPILER_OPTS";
    /**
     * Options for the JVM, separated by white space: read by the {@code jawait} launcher, which
     * starts the JVM; a JVM already running (a kernel Jupyter started) cannot take them.
     */
    public static final String JVM_OPTS_VARIABLE = "JAWAIT_JVM_OPTS";

    public SessionOptions {
        classPath = List.copyOf(classPath);
        dependencies = List.copyOf(dependencies);
        settings = Map.copyOf(settings);
        warnings = List.copyOf(warnings);
        javaFlags = List.copyOf(javaFlags);
        startup = List.copyOf(startup);
    }

    public SessionOptions(String runner, Boolean autoawait, List<String> classPath, List<String> dependencies,
                          Map<String, String> settings, List<String> warnings, String runnerOrigin,
                          List<String> javaFlags) {
        this(runner, autoawait, classPath, dependencies, settings, warnings, runnerOrigin, javaFlags, List.of());
    }

    public SessionOptions(String runner, Boolean autoawait, List<String> classPath, List<String> dependencies,
                          Map<String, String> settings, List<String> warnings, String runnerOrigin) {
        this(runner, autoawait, classPath, dependencies, settings, warnings, runnerOrigin, List.of());
    }

    public SessionOptions(String runner, Boolean autoawait, List<String> classPath, List<String> dependencies) {
        this(runner, autoawait, classPath, dependencies, Map.of(), List.of(), null);
    }

    /** No options: the defaults. */
    public static SessionOptions defaults() {
        return new SessionOptions(null, null, List.of(), List.of());
    }

    /**
     * The settings of a {@code jawait.properties} file (none when it does not exist): lines
     * {@code name=value} (or {@code name: value}, {@code name value}), {@code #} and {@code !}
     * comments. A line that is not a setting, names none, or has a value the setting does not
     * take is left out with a warning naming the file and the line; an unreadable file is one
     * warning.
     */
    public static SessionOptions fromFile(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return defaults();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException | UncheckedIOException e) {
            return new SessionOptions(null, null, List.of(), List.of(), Map.of(),
                    List.of("jawait could not read " + file + " (" + e.getMessage() + "); its settings are ignored."), null);
        }
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            Matcher setting = SETTING_LINE.matcher(line);
            String where = file + ", line " + (i + 1) + ": ";
            if (!setting.matches()) {
                warnings.add(where + "`" + line + "` is not `name=value`; the line is ignored.");
                continue;
            }
            String name = setting.group(1);
            String value = setting.group(2).strip();
            try {
                Settings.check(name, value);
                values.put(name, value);
                lineOf.put(name, i + 1);
            } catch (JawaitException e) {
                warnings.add(where + e.getMessage() + " The line is ignored.");
            }
        }
        String runner = values.remove(Settings.RUNNER);
        String autoawait = values.remove(Settings.AUTOAWAIT);
        return new SessionOptions(runner, autoawait == null ? null : Settings.onOff(Settings.AUTOAWAIT, autoawait),
                List.of(), List.of(), values, warnings,
                runner == null ? null : file + ", line " + lineOf.get(Settings.RUNNER));
    }

    /**
     * These options with the environment's over them: {@value #CLASS_PATH_VARIABLE} and
     * {@value #COMPILER_OPTS_VARIABLE} add to the class path and the compiler options,
     * {@value #STARTUP_VARIABLE} replaces the file's {@code startup} (a command line's
     * {@code --startup} still wins). Unset or blank variables change nothing.
     */
    public SessionOptions withEnvironment(Map<String, String> environment) {
        List<String> entries = new ArrayList<>(classPath);
        entries.addAll(pathList(environment.get(CLASS_PATH_VARIABLE)));
        List<String> flags = new ArrayList<>(javaFlags);
        words(environment.get(COMPILER_OPTS_VARIABLE)).forEach(option -> flags.add("-C" + option));
        Map<String, String> all = new LinkedHashMap<>(settings);
        List<String> scripts = pathList(environment.get(STARTUP_VARIABLE));
        if (!scripts.isEmpty()) {
            all.put(Settings.STARTUP, String.join(",", scripts));
        }
        return new SessionOptions(runner, autoawait, entries, dependencies, all, warnings, runnerOrigin, flags, startup);
    }

    /** These options and one more warning for the session to show. */
    public SessionOptions withWarning(String warning) {
        List<String> all = new ArrayList<>(warnings);
        all.add(warning);
        return new SessionOptions(runner, autoawait, classPath, dependencies, settings, all, runnerOrigin, javaFlags, startup);
    }

    /**
     * These options with relative paths (class path entries, start-up files, the module path)
     * made absolute against {@code directory}: for a kernelspec, which runs elsewhere.
     */
    public SessionOptions withAbsolutePaths(Path directory) {
        List<String> entries = classPath.stream().map(entry -> absolute(directory, entry)).toList();
        List<String> flags = javaFlags.stream().map(flag -> flag.startsWith("--module-path=")
                ? "--module-path=" + String.join(File.pathSeparator, pathList(flag.substring("--module-path=".length()))
                        .stream().map(entry -> absolute(directory, entry)).toList())
                : flag).toList();
        List<String> scripts = startup.stream().map(script -> List.of("DEFAULT", "PRINTING", "JAVASE", "NONE").contains(script)
                ? script : absolute(directory, script)).toList();
        return new SessionOptions(runner, autoawait, entries, dependencies, settings, warnings, runnerOrigin, flags, scripts);
    }

    private static String absolute(Path directory, String path) {
        return directory.resolve(path).normalize().toString();
    }

    private static List<String> pathList(String value) {
        return value == null ? List.of() : java.util.Arrays.stream(value.split(Pattern.quote(File.pathSeparator)))
                .map(String::strip).filter(entry -> !entry.isEmpty()).toList();
    }

    /** The white-space separated words of {@code value} (none for null). */
    public static List<String> words(String value) {
        return value == null || value.isBlank() ? List.of() : List.of(value.strip().split("\\s+"));
    }

    private static final Pattern SETTING_LINE = Pattern.compile("([A-Za-z_][\\w.]*)\\s*(?:[=:]|\\s)\\s*(.*)");

    /**
     * The user's configuration file, {@code ~/.jawait/jawait.properties}; the folder is
     * {@code $JAWAIT_HOME} (or the system property {@code jawait.home}) when set.
     */
    public static Path userFile() {
        return userFolder().resolve("jawait.properties");
    }

    /**
     * The user's start-up folder, {@code ~/.jawait/startup}: its {@code *.jsh} files run, in the
     * order of their names, at the start of every session a front end starts (IPython's profile
     * start-up files).
     */
    public static Path userStartupFolder() {
        return userFolder().resolve("startup");
    }

    private static Path userFolder() {
        String home = System.getProperty("jawait.home", System.getenv("JAWAIT_HOME"));
        return home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"), ".jawait");
    }

    /**
     * Consumes the session option at the command line's cursor, if it is one.
     *
     * @return these options with it applied, or empty when the next argument is not a session option
     * @throws JawaitException.BadArgumentsException when its value is missing or wrong
     */
    public Optional<SessionOptions> accept(CommandLine line) {
        Optional<String> runnerName = line.value("--runner");
        if (runnerName.isPresent()) {
            return Optional.of(new SessionOptions(runnerName.get(), autoawait, classPath, dependencies, settings,
                    warnings, null, javaFlags, startup));
        }
        Optional<String> onOff = line.value("--autoawait");
        if (onOff.isPresent()) {
            return Optional.of(new SessionOptions(runner, Settings.onOff(Settings.AUTOAWAIT, onOff.get()), classPath,
                    dependencies, settings, warnings, runnerOrigin, javaFlags, startup));
        }
        Optional<String> path = line.value("--class-path", "--classpath", "-cp");
        if (path.isPresent()) {
            List<String> entries = new ArrayList<>(classPath);
            for (String entry : path.get().split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    entries.add(entry);
                }
            }
            return Optional.of(new SessionOptions(runner, autoawait, entries, dependencies, settings, warnings,
                    runnerOrigin, javaFlags, startup));
        }
        Optional<String> deps = line.value("--deps");
        if (deps.isPresent()) {
            List<String> all = new ArrayList<>(dependencies);
            all.add(deps.get());
            return Optional.of(new SessionOptions(runner, autoawait, classPath, all, settings, warnings, runnerOrigin,
                    javaFlags, startup));
        }
        Optional<String> named = line.value("--jvm-option").map(option -> "-J" + option)
                .or(() -> line.value("--compiler-option").map(option -> "-C" + option));
        if (named.isPresent() || line.hasNext() && isJavaFlag(line.peek())) {
            List<String> flags = new ArrayList<>(javaFlags);
            flags.add(named.isPresent() ? named.get() : line.take());
            return Optional.of(new SessionOptions(runner, autoawait, classPath, dependencies, settings, warnings,
                    runnerOrigin, flags, startup));
        }
        Optional<String> module = line.value("--module-path", "-p").map(p -> "--module-path=" + p)
                .or(() -> line.value("--add-modules").map(m -> "--add-modules=" + m));
        if (module.isPresent()) {
            List<String> flags = new ArrayList<>(javaFlags);
            flags.add(module.get());
            return Optional.of(new SessionOptions(runner, autoawait, classPath, dependencies, settings, warnings,
                    runnerOrigin, flags, startup));
        }
        Optional<String> script = line.value("--startup").or(() -> line.flag("--no-startup") ? Optional.of("NONE") : Optional.empty());
        if (script.isPresent()) {
            List<String> scripts = new ArrayList<>(startup);
            scripts.add(script.get());
            return Optional.of(new SessionOptions(runner, autoawait, classPath, dependencies, settings, warnings,
                    runnerOrigin, javaFlags, scripts));
        }
        return Optional.empty();
    }

    /**
     * The start-up scripts a session runs: the command line's ({@code --startup}, {@code --no-startup}),
     * else the configuration file's {@code startup} setting; empty: the default imports.
     */
    public List<String> startupScripts() {
        if (!startup.isEmpty() || !settings.containsKey(Settings.STARTUP)) {
            return startup;
        }
        return java.util.Arrays.stream(settings.get(Settings.STARTUP).split(",")).map(String::strip)
                .filter(name -> !name.isEmpty()).toList();
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
        args.addAll(javaFlags);
        startup.forEach(script -> args.add("--startup=" + script));
        return args;
    }

    private static boolean isJavaFlag(String arg) {
        return arg.equals(PREVIEW) || (arg.startsWith("-J") || arg.startsWith("-C")) && arg.length() > 2;
    }

    /** Whether preview features are on: {@code --enable-preview}, or its {@code -J}/{@code -C} form. */
    public boolean preview() {
        return javaFlags.stream().anyMatch(f -> f.equals(PREVIEW) || f.equals("-J" + PREVIEW) || f.equals("-C" + PREVIEW));
    }

    /** The options for the JVM ({@code -J<flag>}s, and {@code --enable-preview} for preview features). */
    public List<String> jvmOptions() {
        List<String> options = new ArrayList<>(javaFlags.stream().filter(f -> f.startsWith("-J")).map(f -> f.substring(2)).toList());
        if (preview() && !options.contains(PREVIEW)) {
            options.add(PREVIEW);
        }
        return options;
    }

    /**
     * The options for the compiler of snippets ({@code -C<flag>}s); for preview features also
     * {@code --enable-preview} with the {@code --source} of this JDK, which javac requires with it.
     */
    public List<String> compilerOptions() {
        List<String> options = new ArrayList<>(javaFlags.stream().filter(f -> f.startsWith("-C")).map(f -> f.substring(2)).toList());
        for (String flag : javaFlags) {
            if (flag.startsWith("--module-path=") || flag.startsWith("--add-modules=")) {
                int eq = flag.indexOf('=');
                options.addAll(List.of(flag.substring(0, eq), flag.substring(eq + 1)));
            }
        }
        if (preview() && !options.contains(PREVIEW)) {
            options.add(PREVIEW);
        }
        if (options.contains(PREVIEW) && !options.contains("--source") && !options.contains("--release")
                && !options.contains("-source")) {
            options.addAll(List.of("--source", String.valueOf(Runtime.version().feature())));
        }
        return options;
    }
}
