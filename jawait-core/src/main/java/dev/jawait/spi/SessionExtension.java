package dev.jawait.spi;

import dev.jawait.history.HistoryStore;
import dev.jawait.magic.MagicRegistry;
import dev.jawait.magic.SessionControl;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A module's contribution to every standard session (the sessions front ends build with
 * {@code Session.builder().standard()}): its magics, a persistent history, jars that snippet code
 * compiles against. Found with {@link java.util.ServiceLoader} on jawait's class path, so that a
 * module's features join a session exactly when the module is there ({@code %maven} with
 * jawait-deps, SQLite history with jawait-history, library await adapters with jawait-adapters).
 * List the class in {@code META-INF/services/dev.jawait.spi.SessionExtension}.
 *
 * <p>Implementations need a public no-argument constructor and must be thread-safe.
 */
public interface SessionExtension {

    /** Registers this module's magics, with their help texts. */
    default void registerMagics(MagicRegistry registry) {}

    /**
     * Opens this module's history store, shared by the sessions of a process (called at most
     * once per process, on a background thread), or empty when it keeps none. The first
     * extension with a store wins.
     *
     * @param warnings where to report a problem the store survives (a damaged file moved aside)
     */
    default Optional<HistoryStore> openHistory(Consumer<String> warnings) {
        return Optional.empty();
    }

    /**
     * Adds Maven dependencies to a session ({@code --deps}, a script's {@code //DEPS} lines,
     * {@code Session.addDependencies}), reporting progress, or returns false when this module
     * does not resolve dependencies. The first extension that does handles them.
     *
     * @param coordinates {@code G:A:V} texts, each possibly several separated by blanks or commas
     * @throws dev.jawait.JawaitException.DependencyException when they cannot be added (the
     *     session is unchanged)
     */
    default boolean addDependencies(SessionControl session, List<String> coordinates, Consumer<String> progress) {
        return false;
    }

    /**
     * Jars or directories that snippet code compiles against and sees (a module of await
     * adapters names its own jar).
     */
    default List<Path> snippetClassPath() {
        return List.of();
    }
}
