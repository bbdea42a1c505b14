package dev.jawait.kernel;

import dev.jawait.JawaitException;
import dev.jawait.kernel.internal.KernelSpecDirs;
import java.nio.file.Path;

/**
 * The options of {@code jawait kernel install|uninstall}.
 *
 * <p>Immutable.
 */
record KernelArgs(KernelSpecDirs.Location location, Path prefix, String name, String displayName) {

    static KernelArgs parse(String[] args) {
        KernelSpecDirs.Location location = null;
        Path prefix = null;
        String name = "jawait";
        String displayName = "Java (jawait)";
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--user" -> location = only(location, KernelSpecDirs.Location.USER);
                case "--sys-prefix" -> location = only(location, KernelSpecDirs.Location.SYS_PREFIX);
                case "--prefix" -> {
                    location = only(location, KernelSpecDirs.Location.PREFIX);
                    prefix = Path.of(value(args, ++i, arg));
                }
                case "--name" -> name = value(args, ++i, arg);
                case "--display-name" -> displayName = value(args, ++i, arg);
                default -> throw new JawaitException("unknown option `" + arg + "`\n" + KernelCommand.USAGE);
            }
        }
        if (!name.matches("[A-Za-z0-9._-]+")) {
            throw new JawaitException("a kernel name may only hold letters, digits, `.`, `_` and `-`: `" + name + "`");
        }
        return new KernelArgs(location == null ? KernelSpecDirs.Location.USER : location, prefix, name, displayName);
    }

    private static KernelSpecDirs.Location only(KernelSpecDirs.Location current, KernelSpecDirs.Location next) {
        if (current != null) {
            throw new JawaitException("choose one of --user, --sys-prefix and --prefix DIR");
        }
        return next;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new JawaitException(option + " needs a value");
        }
        return args[i];
    }
}
