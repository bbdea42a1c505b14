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
 * <p>Changed only under the session's cell lock; {@link #get()} may be called from any thread.
 */
public final class EngineSlot implements AutoCloseable {
    private final Supplier<Engine> factory;
    private final List<String> addedClassPath = new ArrayList<>();
    private volatile Engine engine; // read without the lock to describe a running cell

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
