package dev.jawait.session.internal;

import dev.jawait.JawaitException.BadArgumentsException;
import dev.jawait.JawaitException.UnavailableException;
import dev.jawait.JawaitException.UnknownNameException;
import dev.jawait.runtime.Runner;
import java.lang.reflect.InvocationTargetException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds the runner a name stands for, as {@code %autoawait NAME} does: a built-in name
 * ({@code virtual}, {@code sync}, {@code loop}); else the name of a {@link dev.jawait.runtime.RunnerProvider}
 * found through the session's class loader ({@code vertx} from jawait-adapters); else a session variable holding a
 * {@link Runner}; else the fully qualified name of a class implementing {@link Runner} with a
 * public no-argument constructor.
 *
 * <p>Stateless and thread-safe.
 */
final class RunnerResolver {
    private RunnerResolver() {}

    static Runner resolve(String name, Function<String, Optional<Object>> sessionVariable, ClassLoader loader) {
        Optional<Runner> builtIn = builtIn(name);
        if (builtIn.isPresent()) {
            return builtIn.get();
        }
        Optional<Runner> provided = provided(name, loader);
        if (provided.isPresent()) {
            return provided.get();
        }
        if (name.matches("[\\p{L}_$][\\p{L}\\p{N}_$]*")) {
            Optional<Object> variable = sessionVariable.apply(name);
            if (variable.isPresent()) {
                if (variable.get() instanceof Runner runner) {
                    return runner;
                }
                throw new BadArgumentsException("`" + name + "` is a " + variable.get().getClass().getName()
                        + ", not a Runner. Declare it as: Runner " + name + " = cell -> ...;");
            }
        }
        if (name.matches("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)+")) {
            return instantiate(name, loader);
        }
        throw unknown(name);
    }

    /** The built-in runner of that name (any case), if it is one. */
    static Optional<Runner> builtIn(String name) {
        try {
            return switch (name.toLowerCase(Locale.ROOT)) {
                case "virtual" -> Optional.of(Runner.virtual());
                case "sync" -> Optional.of(Runner.sync());
                case "loop" -> Optional.of(Runner.loop());
                default -> Optional.empty();
            };
        } catch (RuntimeException e) {
            throw unavailable(name, e);
        }
    }

    /** The runner of the first {@link dev.jawait.runtime.RunnerProvider} named {@code name} (any case) that {@code loader} finds. */
    static Optional<Runner> provided(String name, ClassLoader loader) {
        java.util.Iterator<dev.jawait.runtime.RunnerProvider> providers =
                java.util.ServiceLoader.load(dev.jawait.runtime.RunnerProvider.class, loader).iterator();
        for (int tries = 0; tries < 1_000; tries++) {
            dev.jawait.runtime.RunnerProvider provider;
            try {
                if (!providers.hasNext()) {
                    break;
                }
                provider = providers.next();
            } catch (java.util.ServiceConfigurationError | LinkageError e) {
                continue; // a provider that cannot be loaded names no runner
            }
            if (provider.name().equalsIgnoreCase(name)) {
                try {
                    return Optional.of(java.util.Objects.requireNonNull(provider.create(), "create() returned null"));
                } catch (RuntimeException | LinkageError e) {
                    throw unavailable(name, e);
                }
            }
        }
        return Optional.empty();
    }

    private static Runner instantiate(String className, ClassLoader loader) {
        Class<?> type;
        try {
            type = Class.forName(className, true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw unknown(className);
        }
        if (!Runner.class.isAssignableFrom(type)) {
            throw new BadArgumentsException("Class " + className + " does not implement dev.jawait.runtime.Runner.");
        }
        try {
            return (Runner) type.getConstructor().newInstance();
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new BadArgumentsException("Runner class " + className + " needs a public no-argument constructor.");
        } catch (InvocationTargetException e) {
            throw new UnknownNameException("Creating runner " + className + " failed: " + e.getCause(), e.getCause());
        } catch (InstantiationException e) {
            throw new BadArgumentsException("Runner class " + className + " is abstract.");
        }
    }

    private static UnavailableException unavailable(String name, Throwable e) {
        UnavailableException unavailable = new UnavailableException("The `" + name + "` runner is unavailable: " + e.getMessage());
        unavailable.initCause(e);
        return unavailable;
    }

    private static UnknownNameException unknown(String name) {
        return new UnknownNameException("Unknown runner `" + name + "`. Use virtual, sync or loop, a runner a library"
                + " provides (vertx, with Vert.x on the class path), a session variable"
                + " holding a Runner, or the fully qualified name of a class implementing dev.jawait.runtime.Runner"
                + " with a public no-argument constructor.");
    }
}
