package dev.jawait.engine.internal;

import java.util.List;

/**
 * How an engine's JShell is started, JShell's {@code /env} and {@code /set start} in jawait's terms.
 *
 * @param classPath       what snippets compile against and load from, in order
 * @param compilerOptions extra javac options ({@code --add-modules M}, {@code --add-exports M/P=T})
 * @param defaultImports  whether JShell's default imports ({@code java.util.*} …) are there from the start
 *
 * <p>Immutable and thread-safe.
 */
public record EngineOptions(List<String> classPath, List<String> compilerOptions, boolean defaultImports) {
    public EngineOptions {
        classPath = List.copyOf(classPath);
        compilerOptions = List.copyOf(compilerOptions);
    }

    /** These options with more class path entries. */
    public EngineOptions withClassPath(List<String> more) {
        List<String> all = new java.util.ArrayList<>(classPath);
        more.stream().filter(entry -> !all.contains(entry)).forEach(all::add);
        return new EngineOptions(all, compilerOptions, defaultImports);
    }

    /** These options with other compiler options. */
    public EngineOptions withCompilerOptions(List<String> options) {
        return new EngineOptions(classPath, options, defaultImports);
    }

    /** These options with or without JShell's default imports. */
    public EngineOptions withDefaultImports(boolean on) {
        return new EngineOptions(classPath, compilerOptions, on);
    }
}
