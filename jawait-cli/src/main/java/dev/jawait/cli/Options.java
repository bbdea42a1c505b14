package dev.jawait.cli;

import dev.jawait.JawaitException;
import dev.jawait.Session;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The command line and the configuration file {@code ~/.jawait/jawait.properties} (keys
 * {@code runner} and {@code autoawait}); the command line wins.
 *
 * <p>Immutable after parsing.
 */
record Options(String command, Path script, String runner, Boolean autoawait, List<String> classPath, List<String> deps) {
    static final String USAGE = """
            Usage: jawait [options]              start the REPL (reads cells from stdin when it is not a terminal)
                   jawait run FILE.jsh [options] run a script in module mode; exit status 1 if it fails
                   jawait kernel install|uninstall|start   the Jupyter kernel (jawait kernel --help)
            Options:
              --runner NAME        virtual (default), sync, loop, or a class implementing dev.jawait.runtime.Runner
              --autoawait on|off   whether cells that await may run (default on)
              --classpath PATH     extra class path for the session
              --deps G:A:V,...     Maven artifacts to resolve (with their dependencies) into the session;
                                   a script's `//DEPS G:A:V` lines do the same for `jawait run`
              --help, --version
            Settings may also be put in ~/.jawait/jawait.properties (runner=..., autoawait=...).""";

    static Options parse(String[] args, Path configFile) {
        Properties config = load(configFile);
        String command = "repl";
        Path script = null;
        String runner = config.getProperty("runner");
        Boolean autoawait = config.containsKey("autoawait") ? onOff(config.getProperty("autoawait")) : null;
        List<String> classPath = new ArrayList<>();
        List<String> deps = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--help", "-h" -> command = "help";
                case "--version" -> command = "version";
                case "--runner" -> runner = value(args, ++i, arg);
                case "--autoawait" -> autoawait = onOff(value(args, ++i, arg));
                case "--classpath", "--class-path", "-cp" -> classPath.add(value(args, ++i, arg));
                case "--deps" -> deps.addAll(dev.jawait.deps.Coordinates.split(value(args, ++i, arg)));
                case "run" -> {
                    if (!command.equals("repl") || script != null) {
                        throw new JawaitException("`run` takes one script. " + USAGE);
                    }
                    command = "run";
                    script = Path.of(value(args, ++i, "run"));
                }
                default -> {
                    if (arg.startsWith("--runner=")) {
                        runner = arg.substring("--runner=".length());
                    } else if (arg.startsWith("--deps=")) {
                        deps.addAll(dev.jawait.deps.Coordinates.split(arg.substring("--deps=".length())));
                    } else if (arg.startsWith("--autoawait=")) {
                        autoawait = onOff(arg.substring("--autoawait=".length()));
                    } else {
                        throw new JawaitException("Unknown argument `" + arg + "`.\n" + USAGE);
                    }
                }
            }
        }
        return new Options(command, script, runner, autoawait, List.copyOf(classPath), List.copyOf(deps));
    }

    /** jawait's magics plus the dependency magics (%maven, %mavenRepo). */
    static dev.jawait.magic.MagicRegistry magics() {
        return dev.jawait.deps.DepsMagics.registerInto(dev.jawait.magic.MagicRegistry.standard());
    }

    /**
     * Resolves {@code --deps} and {@code extra} (a script's {@code //DEPS}) into {@code session},
     * progress and the summary on {@code progress}.
     *
     * @throws JawaitException when resolution fails
     */
    void addDependencies(Session session, List<String> extra, java.util.function.Consumer<String> progress) {
        List<String> all = new ArrayList<>(deps);
        all.addAll(extra);
        if (!all.isEmpty()) {
            progress.accept(dev.jawait.deps.DepsMagics.addDependencies(session, all, progress));
        }
    }

    Session.Builder configure(Session.Builder builder) {
        builder.magics(magics());
        if (runner != null) {
            builder.runner(runner);
        }
        if (autoawait != null) {
            builder.autoawait(autoawait);
        }
        // snippets compile against jawait's runtime and the user's class path, not every jar jawait uses
        List<String> path = new ArrayList<>(Session.Builder.snippetRuntimeClassPath());
        classPath.forEach(entry -> path.addAll(List.of(entry.split(java.io.File.pathSeparator))));
        builder.classPath(path);
        return builder;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new JawaitException("`" + option + "` needs a value.\n" + USAGE);
        }
        return args[i];
    }

    private static boolean onOff(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "on", "true", "yes" -> true;
            case "off", "false", "no" -> false;
            default -> throw new JawaitException("autoawait must be on or off, not `" + value + "`.");
        };
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        if (file != null && Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            } catch (IOException | IllegalArgumentException e) {
                throw new JawaitException("Cannot read " + file + ": " + e.getMessage());
            }
        }
        return properties;
    }
}
