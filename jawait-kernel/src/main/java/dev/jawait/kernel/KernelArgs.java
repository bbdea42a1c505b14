package dev.jawait.kernel;

import dev.jawait.JawaitException.BadArgumentsException;
import dev.jawait.config.CommandLine;
import dev.jawait.config.SessionOptions;
import dev.jawait.kernel.internal.KernelSpecDirs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The options of {@code jawait kernel install|uninstall}, read with jawait's one
 * {@link CommandLine} reader; {@code install} also takes the session options
 * ({@code --runner}, {@code --class-path}, {@code --jvm-option}, …), with relative paths made
 * absolute, and {@code --env NAME=VALUE}s for the kernelspec's {@code env}, and writes them into the kernelspec.
 *
 * <p>Immutable.
 */
record KernelArgs(KernelSpecDirs.Location location, Path prefix, String name, String displayName, SessionOptions session,
                  Map<String, String> environment) {
    private static final List<String> NAMES = List.of("--user", "--sys-prefix", "--prefix", "--name", "--display-name", "--env");

    /** Reads the options after the command word ({@code install} or {@code uninstall}). */
    static KernelArgs parse(CommandLine line, boolean withSessionOptions) {
        KernelSpecDirs.Location location = null;
        Path prefix = null;
        String name = "jawait";
        String displayName = "Java (jawait)";
        SessionOptions session = SessionOptions.defaults();
        Map<String, String> environment = new LinkedHashMap<>();
        while (line.hasNext()) {
            Optional<String> value;
            Optional<SessionOptions> sessionOption;
            if (line.flag("--user")) {
                location = only(location, KernelSpecDirs.Location.USER);
            } else if (line.flag("--sys-prefix")) {
                location = only(location, KernelSpecDirs.Location.SYS_PREFIX);
            } else if ((value = line.value("--prefix")).isPresent()) {
                location = only(location, KernelSpecDirs.Location.PREFIX);
                prefix = Path.of(value.get());
            } else if ((value = line.value("--name")).isPresent()) {
                name = value.get();
            } else if ((value = line.value("--display-name")).isPresent()) {
                displayName = value.get();
            } else if (withSessionOptions && (value = line.value("--env")).isPresent()) {
                int eq = value.get().indexOf('=');
                if (eq <= 0) {
                    throw new BadArgumentsException("--env takes NAME=VALUE (the kernel's environment variable): `"
                            + value.get() + "`");
                }
                environment.put(value.get().substring(0, eq), value.get().substring(eq + 1));
            } else if (withSessionOptions && (sessionOption = session.accept(line)).isPresent()) {
                session = sessionOption.get();
            } else {
                List<String> known = new ArrayList<>(NAMES);
                if (withSessionOptions) {
                    known.addAll(SessionOptions.NAMES);
                }
                throw line.unknown(known, KernelCommand.USAGE);
            }
        }
        if (!name.matches("[A-Za-z0-9._-]+")) {
            throw new BadArgumentsException("a kernel name may only hold letters, digits, `.`, `_` and `-`: `" + name + "`");
        }
        return new KernelArgs(location == null ? KernelSpecDirs.Location.USER : location, prefix, name, displayName,
                session.withAbsolutePaths(Path.of("").toAbsolutePath()), Map.copyOf(environment));
    }

    private static KernelSpecDirs.Location only(KernelSpecDirs.Location current, KernelSpecDirs.Location next) {
        if (current != null) {
            throw new BadArgumentsException("choose one of --user, --sys-prefix and --prefix DIR");
        }
        return next;
    }
}
