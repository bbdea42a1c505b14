package dev.jawait.adapters;

import dev.jawait.runtime.Runner;
import dev.jawait.runtime.RunnerProvider;

/**
 * Provides the {@code vertx} runner ({@code %autoawait vertx}): see {@link VertxRunner}. Found by
 * {@code ServiceLoader}; it names no Vert.x type itself, so it loads even without Vert.x and then
 * says how to add it.
 *
 * <p>Stateless and thread-safe.
 */
public final class VertxRunnerProvider implements RunnerProvider {
    /** Made by {@link java.util.ServiceLoader}. */
    public VertxRunnerProvider() {}
    @Override
    public String name() {
        return "vertx";
    }

    @Override
    public Runner create() {
        try {
            Class.forName("io.vertx.core.Vertx", false, VertxRunnerProvider.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("it needs Vert.x 5 on the session's class path: %maven io.vertx:vertx-core:VERSION");
        }
        return new VertxRunner();
    }
}
