package dev.jawait.session.internal;

import dev.jawait.JawaitException.UnavailableException;
import dev.jawait.engine.internal.EngineOptions;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Java's preview features in a session ({@code --enable-preview}, a script's {@code //PREVIEW}
 * line): snippets run in jawait's own JVM, so it must have been started with
 * {@code --enable-preview} (the {@code jawait} launcher does it, a kernelspec installed with
 * {@code --enable-preview} does it, an embedding program adds it to its {@code java} command), and
 * the compiler gets {@code --enable-preview --source N}.
 *
 * <p>Stateless and thread-safe.
 */
public final class PreviewFeatures {
    private static final String FLAG = "--enable-preview";

    private PreviewFeatures() {}

    /**
     * Checks that this JVM runs with preview features, before any snippet needs them.
     *
     * @throws UnavailableException when it does not (the message says how to start it)
     */
    public static void requireJvm() {
        if (!ManagementFactory.getRuntimeMXBean().getInputArguments().contains(FLAG)) {
            throw new UnavailableException("Preview features need a JVM started with --enable-preview, and this one"
                    + " was not: the jawait command starts its JVM so (`jawait --enable-preview`, or a `//PREVIEW`"
                    + " line in a script it runs); a program that embeds jawait adds --enable-preview to its java command.");
        }
    }

    /** Whether {@code compilerOptions} turn preview features on. */
    public static boolean asked(List<String> compilerOptions) {
        return compilerOptions.contains(FLAG);
    }

    /**
     * Turns preview features on for the session's compiler, for a script with a {@code //PREVIEW}
     * line: the engine starts afresh with them (nothing has been declared yet).
     */
    public static void enable(EngineSlot engines) {
        EngineOptions options = engines.options();
        if (asked(options.compilerOptions())) {
            return;
        }
        requireJvm();
        List<String> compiler = new ArrayList<>(options.compilerOptions());
        compiler.addAll(List.of(FLAG, "--source", String.valueOf(Runtime.version().feature())));
        engines.restart(options.withCompilerOptions(compiler));
    }
}
