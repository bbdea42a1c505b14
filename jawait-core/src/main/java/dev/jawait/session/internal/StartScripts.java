package dev.jawait.session.internal;

import dev.jawait.JawaitException.BadArgumentsException;
import dev.jawait.engine.internal.Engine;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * JShell's built-in scripts for {@code /open} and {@code /set start}, written for jawait rather
 * than read from the JDK (whose copies are not readable from outside {@code jdk.jshell}):
 * {@code DEFAULT} (JShell's default imports, which jawait sessions start with), {@code JAVASE}
 * (an import of every package the {@code java.se} modules export, listed from the running JDK)
 * and {@code PRINTING} ({@code print}, {@code println} and {@code printf} as methods of the
 * session, as JShell's). Any other name is a file.
 *
 * <p>Stateless and thread-safe.
 */
final class StartScripts {
    static final List<String> BUILT_IN = List.of("DEFAULT", "JAVASE", "PRINTING", "NONE");
    private static final List<String> PRINTED = List.of("boolean", "char", "int", "long", "float", "double",
            "char[]", "String", "Object");

    private StartScripts() {}

    /**
     * The text of a built-in script or a file.
     *
     * @param command what asked for it, as the user typed it ({@code /open}, {@code --startup}), for errors
     * @throws BadArgumentsException when the file cannot be read (JShell's words when it does not exist)
     */
    static String read(String name, String command) {
        switch (name) {
            case "DEFAULT" -> {
                return imports(Engine.DEFAULT_IMPORTS);
            }
            case "JAVASE" -> {
                return imports(javaSePackages());
            }
            case "PRINTING" -> {
                return printing();
            }
            case "NONE" -> {
                return ""; // --no-startup, /set start -retain -none
            }
            default -> {
                Path file = Path.of(name);
                if (!Files.exists(file)) {
                    throw new BadArgumentsException("File '" + name + "' for '" + command + "' is not found.");
                }
                try {
                    return ScriptFiles.read(file);
                } catch (IOException e) {
                    throw new BadArgumentsException("Cannot read " + name + " for " + command + ": " + e.getMessage());
                }
            }
        }
    }

    private static String imports(Iterable<String> packages) {
        StringBuilder text = new StringBuilder();
        packages.forEach(p -> text.append("import ").append(p).append(";\n"));
        return text.toString();
    }

    /** {@code java.io.*} … for every package a {@code java.*} module of {@code java.se} exports to all. */
    private static Set<String> javaSePackages() {
        Set<String> packages = new TreeSet<>();
        ModuleLayer.boot().modules().stream()
                .filter(m -> m.getName().startsWith("java."))
                .map(Module::getDescriptor)
                .flatMap(d -> d.exports().stream())
                .filter(e -> !e.isQualified())
                .map(ModuleDescriptor.Exports::source)
                .forEach(p -> packages.add(p + ".*"));
        return packages;
    }

    /** {@code void print(int x) { System.out.print(x); }} and the like, one per printed type, and {@code printf}. */
    private static String printing() {
        List<String> lines = new ArrayList<>();
        for (String method : List.of("print", "println")) {
            if (method.equals("println")) {
                lines.add("void println() { System.out.println(); }");
            }
            for (String type : PRINTED) {
                lines.add("void " + method + "(" + type + " x) { System.out." + method + "(x); }");
            }
        }
        lines.add("void printf(java.util.Locale locale, String format, Object... args) { System.out.printf(locale, format, args); }");
        lines.add("void printf(String format, Object... args) { System.out.printf(format, args); }");
        return String.join("\n", lines) + "\n";
    }
}
