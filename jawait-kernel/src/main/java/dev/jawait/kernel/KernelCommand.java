package dev.jawait.kernel;

import dev.jawait.JawaitException;
import dev.jawait.config.CommandLine;
import dev.jawait.config.SessionOptions;
import dev.jawait.kernel.internal.KernelSpecDirs;
import dev.jawait.kernel.internal.KernelSpec;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code jawait kernel install|uninstall|start}: installs the kernelspec for this JDK and class
 * path, removes it, or runs the kernel for a connection file (what the kernelspec's argv does).
 *
 * <p>Not thread-safe; a process entry point.
 */
public final class KernelCommand {
    static final String USAGE = """
            usage: jawait kernel install [--user | --sys-prefix | --prefix DIR] [--name NAME] [--display-name TEXT]
                                         [--env NAME=VALUE]... [session options]
                   jawait kernel uninstall [--user | --sys-prefix | --prefix DIR] [--name NAME]
                   jawait kernel start CONNECTION_FILE [session options]
              install     writes a kernelspec (default: --user, name jawait) that starts this JDK with jawait
              uninstall   removes it
              start       runs the kernel (Jupyter does this, with the kernelspec's argv)
            session options (as for `jawait`, written into the kernelspec by install, relative paths made absolute):
            """ + SessionOptions.USAGE + """

            The kernel also reads ~/.jawait/jawait.properties and JAWAIT_CLASS_PATH, JAWAIT_STARTUP and
            JAWAIT_COMPILER_OPTS when it starts (the kernelspec's options win over them). JVM options take
            effect only where the JVM starts: give them to install (--jvm-option, -J), not as JAWAIT_JVM_OPTS.""";

    private KernelCommand() {}

    /** Runs the command with {@code args} (see {@code jawait --help}). */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command; returns the process exit status (2 for usage errors). */
    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            out.println(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        CommandLine line = new CommandLine(args);
        try {
            return switch (line.take()) {
                case "install" -> install(KernelArgs.parse(line, true), out);
                case "uninstall" -> uninstall(KernelArgs.parse(line, false), out);
                case "start" -> start(line);
                default -> throw new JawaitException.UnknownNameException("unknown kernel command `" + args[0] + "`\n" + USAGE);
            };
        } catch (JawaitException e) {
            err.println("jawait kernel: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("jawait kernel: " + e.getMessage());
            return 1;
        }
    }

    private static int install(KernelArgs options, PrintStream out) throws IOException {
        Path directory = KernelSpecDirs.kernels(options.location(), options.prefix()).resolve(options.name());
        KernelSpec.ofCurrentJvm(options.displayName(), options.session().toArguments(), options.environment())
                .writeTo(directory);
        out.println("Installed kernelspec " + options.name() + " in " + directory);
        return 0;
    }

    private static int uninstall(KernelArgs options, PrintStream out) throws IOException {
        Path directory = KernelSpecDirs.kernels(options.location(), options.prefix()).resolve(options.name());
        if (!Files.isDirectory(directory)) {
            throw new JawaitException.BadArgumentsException("no kernelspec " + options.name() + " in " + directory.getParent());
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
        out.println("Removed kernelspec " + options.name() + " from " + directory);
        return 0;
    }

    /**
     * A warning when {@code JAWAIT_JVM_OPTS} asks for options this JVM was not started with: Jupyter
     * starts a kernel's JVM from the kernelspec, so the variable cannot reach it.
     */
    static Optional<String> unreachableJvmOptions(String variable, List<String> jvmArguments) {
        List<String> missing = SessionOptions.words(variable).stream().filter(option -> !jvmArguments.contains(option)).toList();
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(SessionOptions.JVM_OPTS_VARIABLE + " (" + String.join(" ", missing) + ") does not reach this"
                + " kernel: Jupyter starts its JVM from the kernelspec. Install the kernel with"
                + " `jawait kernel install --jvm-option OPTION`, or set JDK_JAVA_OPTIONS, which java reads itself.");
    }

    private static int start(CommandLine line) {
        if (!line.hasNext()) {
            throw new JawaitException.BadArgumentsException("start needs the connection file\n" + USAGE);
        }
        Path connectionFile = Path.of(line.take());
        SessionOptions options = SessionOptions.fromFile(SessionOptions.userFile()).withEnvironment(System.getenv());
        options = unreachableJvmOptions(System.getenv(SessionOptions.JVM_OPTS_VARIABLE),
                ManagementFactory.getRuntimeMXBean().getInputArguments()).map(options::withWarning).orElse(options);
        while (line.hasNext()) {
            options = options.accept(line).orElseThrow(() -> line.unknown(SessionOptions.NAMES, USAGE));
        }
        System.setProperty("java.awt.headless", "true"); // a kernel has no display: images are rendered off screen
        SessionOptions configured = options;
        JupyterKernel kernel = JupyterKernel.start(connectionFile, builder -> builder.options(configured));
        try {
            kernel.awaitShutdown();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
