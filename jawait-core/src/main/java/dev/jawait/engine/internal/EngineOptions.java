package dev.jawait.engine.internal;

import java.util.List;

/**
 * How an engine's JShell is started, JShell's {@code /env} and {@code /set start} in jawait's terms.
 *
 * @param classPath       what snippets compile against and load from, in order
 * @param compilerOptions extra javac options ({@code --module-path P}, {@code --add-modules M},
 *                        {@code --add-exports M/P=T}: the module options also decide what snippets load)
 * @param defaultImports  whether JShell's default imports ({@code java.util.*} …) are there from the start
 * @param ownEntries      how many leading class path entries are jawait's own (its runtime, await adapters),
 *                        which {@code /env} does not show
 *
 * <p>Immutable and thread-safe.
 */
public record EngineOptions(List<String> classPath, List<String> compilerOptions, boolean defaultImports, int ownEntries) {
    public EngineOptions {
        classPath = List.copyOf(classPath);
        compilerOptions = List.copyOf(compilerOptions);
    }

    /** The class path entries the user added (the command line, {@code /env}, {@code %classpath}, {@code %maven}). */
    public List<String> userClassPath() {
        return classPath.subList(Math.min(ownEntries, classPath.size()), classPath.size());
    }

    /** These options with more class path entries. */
    public EngineOptions withClassPath(List<String> more) {
        List<String> all = new java.util.ArrayList<>(classPath);
        more.stream().filter(entry -> !all.contains(entry)).forEach(all::add);
        return new EngineOptions(all, compilerOptions, defaultImports, ownEntries);
    }

    /** These options with other compiler options. */
    public EngineOptions withCompilerOptions(List<String> options) {
        return new EngineOptions(classPath, options, defaultImports, ownEntries);
    }

    /** The options of JShell's {@code /env}, each followed by its value. */
    public static final List<String> ENVIRONMENT_OPTIONS = List.of("--module-path", "--add-modules", "--add-exports");

    /**
     * These options with {@code environment} (pairs of {@link #ENVIRONMENT_OPTIONS} and values) in
     * place of the ones they had; other compiler options ({@code --enable-preview}, {@code -C} flags) stay.
     */
    public EngineOptions withEnvironment(List<String> environment) {
        List<String> kept = new java.util.ArrayList<>();
        for (int i = 0; i < compilerOptions.size(); i++) {
            String option = compilerOptions.get(i);
            if (ENVIRONMENT_OPTIONS.contains(option) && i + 1 < compilerOptions.size()) {
                i++;
            } else if (ENVIRONMENT_OPTIONS.stream().noneMatch(name -> option.startsWith(name + "="))) {
                kept.add(option);
            }
        }
        kept.addAll(environment);
        return new EngineOptions(classPath, kept, defaultImports, ownEntries);
    }

    /** The {@link #ENVIRONMENT_OPTIONS} among the compiler options, as pairs of option and value. */
    public List<String> environment() {
        List<String> pairs = new java.util.ArrayList<>();
        for (int i = 0; i < compilerOptions.size(); i++) {
            String option = compilerOptions.get(i);
            if (ENVIRONMENT_OPTIONS.contains(option) && i + 1 < compilerOptions.size()) {
                pairs.add(option);
                pairs.add(compilerOptions.get(++i));
            } else {
                int eq = option.indexOf('=');
                if (eq > 0 && ENVIRONMENT_OPTIONS.contains(option.substring(0, eq))) {
                    pairs.add(option.substring(0, eq));
                    pairs.add(option.substring(eq + 1));
                }
            }
        }
        return pairs;
    }

    /** These options with or without JShell's default imports. */
    public EngineOptions withDefaultImports(boolean on) {
        return new EngineOptions(classPath, compilerOptions, on, ownEntries);
    }
}
