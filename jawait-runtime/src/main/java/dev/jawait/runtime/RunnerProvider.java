package dev.jawait.runtime;

/**
 * Contributes a named runner to {@code %autoawait NAME} (and {@code --runner NAME}), as IPython
 * libraries contribute {@code %autoawait trio}. Implementations are found with
 * {@link java.util.ServiceLoader} through the session's class loader: list the class in
 * {@code META-INF/services/dev.jawait.runtime.RunnerProvider} of a jar on the session's class path
 * (at start, or added later with {@code %maven} or {@code %classpath}). Built-in names
 * ({@code virtual}, {@code sync}, {@code loop}) cannot be overridden; the first provider of a
 * name wins.
 *
 * <p>Implementations need a public no-argument constructor and must be thread-safe.
 */
public interface RunnerProvider {
    /** The name users type, matched ignoring case, e.g. {@code vertx}. */
    String name();

    /**
     * A new runner. Throw an exception with an actionable message when it cannot be made (e.g.
     * its library is missing from the class path).
     */
    Runner create();
}
