package dev.jawait.engine.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The imports every session starts with: JShell's default ones (unless {@code /set start -none})
 * and jawait's own, always. Stateless and thread-safe.
 */
final class StartupImportList {
    /** JShell's default imports (its start-up script {@code DEFAULT} before Java 25's module imports). */
    static final List<String> DEFAULT_IMPORTS = List.of(
            "java.io.*", "java.math.*", "java.net.*", "java.nio.file.*", "java.util.*", "java.util.concurrent.*",
            "java.util.function.*", "java.util.prefs.*", "java.util.regex.*", "java.util.stream.*");
    /** What every jawait session imports, whatever its start-up: the helpers' types. */
    static final List<String> JAWAIT_IMPORTS = List.of("java.time.Duration", "dev.jawait.runtime.Runner");
    static final List<String> STATIC_IMPORTS = List.of("dev.jawait.runtime.SessionHelpers.*",
            "dev.jawait.runtime.AwaitCalls.*");
    /** The import that keys the start-up snippet: of a class nobody types. */
    static final String KEY = "import " + dev.jawait.runtime.StartupImports.class.getName();

    private StartupImportList() {}

    /**
     * Every start-up import in one snippet: one javac round instead of one per import (≈ 100 ms
     * of a start). It is keyed by an import of {@link dev.jawait.runtime.StartupImports}, which
     * nobody types, so that a user's own {@code import java.io.*;} does not replace it.
     */
    static String snippet(boolean defaultImports) {
        return KEY + "; " + String.join("; ", of(defaultImports)) + ";";
    }

    /** The start-up imports, each as {@code import java.io.*}. */
    static List<String> of(boolean defaultImports) {
        List<String> imports = new ArrayList<>();
        if (defaultImports) {
            DEFAULT_IMPORTS.forEach(name -> imports.add("import " + name));
        }
        JAWAIT_IMPORTS.forEach(name -> imports.add("import " + name));
        STATIC_IMPORTS.forEach(name -> imports.add("import static " + name));
        return imports;
    }
}
