package dev.jawait.session.internal;

import dev.jawait.engine.internal.Engine;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The session's engine, replaced by a fresh one on {@code /reset}: everything declared goes, the
 * class path the session was given and what was added since ({@code %classpath}, {@code %maven})
 * stay, as JShell's {@code /reset} keeps {@code /env}.
 *
 * <p>Not thread-safe: the session calls it under its cell lock.
 */
public final class EngineSlot implements AutoCloseable {
    private final Supplier<Engine> factory;
    private final List<String> addedClassPath = new ArrayList<>();
    private final List<Runnable> resetListeners = new ArrayList<>();
    private Engine engine;

    public EngineSlot(Supplier<Engine> factory) {
        this.factory = factory;
        this.engine = factory.get();
    }

    /** The current engine. */
    public Engine get() {
        return engine;
    }

    /** Closes the engine and starts a fresh one with the same class path. */
    public void reset() {
        engine.close();
        engine = factory.get();
        addedClassPath.forEach(engine::addToClasspath);
        resetListeners.forEach(Runnable::run);
    }

    /** Runs {@code listener} after each {@link #reset()}, once the fresh engine is in place. */
    public void onReset(Runnable listener) {
        resetListeners.add(listener);
    }

    /** Adds a jar or directory to the class path of snippets, kept across resets. */
    public void addToClasspath(String path) {
        engine.addToClasspath(path);
        addedClassPath.add(path);
    }

    @Override
    public void close() {
        engine.close();
    }
}
