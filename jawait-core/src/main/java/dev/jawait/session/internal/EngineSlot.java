package dev.jawait.session.internal;

import dev.jawait.engine.internal.Engine;
import dev.jawait.engine.internal.EngineOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The session's engine, replaced by a fresh one on {@code /reset}, {@code /reload}, {@code /env}
 * and {@code /set start}: everything declared goes, the class path the session was given and what
 * was added since ({@code %classpath}, {@code %maven}, {@code /env --class-path}) stay, as JShell's
 * {@code /reset} keeps {@code /env}.
 *
 * <p>Changed only under the session's cell lock; {@link #get()} may be called from any thread.
 */
public final class EngineSlot implements AutoCloseable {
    private final Function<EngineOptions, Engine> factory;
    private final List<Runnable> resetListeners = new ArrayList<>();
    private EngineOptions options;
    private volatile Engine engine; // read without the lock to describe a running cell

    public EngineSlot(Function<EngineOptions, Engine> factory, EngineOptions options) {
        this.factory = factory;
        this.options = options;
        this.engine = factory.apply(options);
    }

    /** The current engine. */
    public Engine get() {
        return engine;
    }

    /** How the current engine was started, with what was added to its class path since. */
    public EngineOptions options() {
        return options;
    }

    /** Closes the engine and starts a fresh one with the same options. */
    public void reset() {
        restart(options);
    }

    /** Closes the engine and starts a fresh one with {@code newOptions}. */
    public void restart(EngineOptions newOptions) {
        engine.close();
        options = newOptions;
        engine = factory.apply(newOptions);
        resetListeners.forEach(Runnable::run);
    }

    /** Runs {@code listener} after each restart, once the fresh engine is in place. */
    public void onReset(Runnable listener) {
        resetListeners.add(listener);
    }

    /** Starts the next engine ({@code /reset}, {@code /reload}) with {@code newOptions}; this one goes on as it is. */
    public void useFromNextStart(EngineOptions newOptions) {
        options = newOptions;
    }

    /** Adds a jar or directory to the class path of snippets, kept across resets. */
    public void addToClasspath(String path) {
        engine.addToClasspath(path);
        options = options.withClassPath(List.of(path));
    }

    @Override
    public void close() {
        engine.close();
    }
}
