package dev.jawait.engine.internal;

import java.util.List;
import jdk.jshell.JShell;

/**
 * Builds the {@link JShell} of a session so that snippets compile against the session's class
 * path only.
 *
 * <p>JShell's compiler starts from the {@code java.class.path} of the process and appends what
 * {@link JShell#addToClasspath} adds. Started as {@code java -jar jawait-cli.jar}, that is a jar
 * whose manifest names every jar jawait uses (about fifty): javac would open each of them before
 * the first snippet compiles (≈ 120 ms of a cold start) and snippets would see jawait's own
 * dependencies. The factory builds the shell with {@code java.class.path} naming the session's
 * first class path entry instead, then restores it; the rest is added through JShell as usual.
 *
 * <p>Thread-safe: builds are serialised, as other code reads the property only outside them.
 */
final class ShellFactory {
    private static final Object PROPERTY_LOCK = new Object();

    private ShellFactory() {}

    /** A shell built by {@code builder}, whose compiler sees {@code classPath} and nothing else. */
    static JShell build(JShell.Builder builder, List<String> classPath) {
        JShell shell;
        if (classPath.isEmpty()) {
            shell = builder.build();
        } else {
            synchronized (PROPERTY_LOCK) {
                String processClassPath = System.getProperty("java.class.path");
                System.setProperty("java.class.path", classPath.getFirst());
                try {
                    shell = builder.build();
                } finally {
                    if (processClassPath == null) {
                        System.clearProperty("java.class.path");
                    } else {
                        System.setProperty("java.class.path", processClassPath);
                    }
                }
            }
        }
        // sets the compiler's class path explicitly (it would otherwise be read lazily from the
        // restored property) and the snippet class loader's
        for (String entry : classPath) {
            shell.addToClasspath(entry);
        }
        return shell;
    }
}
