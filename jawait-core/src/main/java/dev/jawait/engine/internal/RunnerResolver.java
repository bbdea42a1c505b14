package dev.jawait.engine.internal;

import dev.jawait.JawaitException;
import dev.jawait.Runner;
import java.lang.reflect.InvocationTargetException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds the runner a name stands for, as {@code %autoawait NAME} does: a built-in name
 * ({@code virtual}, {@code sync}, {@code loop}); else a session variable holding a
 * {@link Runner}; else the fully qualified name of a class implementing {@link Runner} with a
 * public no-argument constructor.
 *
 * <p>Stateless and thread-safe.
 */
public final class RunnerResolver {
    private RunnerResolver() {}

    public static Runner resolve(String name, Function<String, Optional<Object>> sessionVariable, ClassLoader loader) {
        Optional<Runner> builtIn = builtIn(name);
        if (builtIn.isPresent()) {
            return builtIn.get();
        }
        if (name.matches("[\\p{L}_$][\\p{L}\\p{N}_$]*")) {
            Optional<Object> variable = sessionVariable.apply(name);
            if (variable.isPresent()) {
                if (variable.get() instanceof Runner runner) {
                    return runner;
                }
                throw new JawaitException("`" + name + "` is a " + variable.get().getClass().getName()
                        + ", not a Runner. Declare it as: Runner " + name + " = cell -> ...;");
            }
        }
        if (name.matches("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)+")) {
            return instantiate(name, loader);
        }
        throw unknown(name);
    }

    /** The built-in runner of that name (any case), if it is one. */
    public static Optional<Runner> builtIn(String name) {
        try {
            return switch (name.toLowerCase(Locale.ROOT)) {
                case "virtual" -> Optional.of(Runner.virtual());
                case "sync" -> Optional.of(Runner.sync());
                case "loop" -> Optional.of(Runner.loop());
                default -> Optional.empty();
            };
        } catch (RuntimeException e) {
            throw new JawaitException("The `" + name + "` runner is unavailable: " + e.getMessage(), e);
        }
    }

    private static Runner instantiate(String className, ClassLoader loader) {
        Class<?> type;
        try {
            type = Class.forName(className, true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw unknown(className);
        }
        if (!Runner.class.isAssignableFrom(type)) {
            throw new JawaitException("Class " + className + " does not implement dev.jawait.Runner.");
        }
        try {
            return (Runner) type.getConstructor().newInstance();
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new JawaitException("Runner class " + className + " needs a public no-argument constructor.");
        } catch (InvocationTargetException e) {
            throw new JawaitException("Creating runner " + className + " failed: " + e.getCause(), e.getCause());
        } catch (InstantiationException e) {
            throw new JawaitException("Runner class " + className + " is abstract.");
        }
    }

    private static JawaitException unknown(String name) {
        return new JawaitException("Unknown runner `" + name + "`. Use virtual, sync or loop, a session variable"
                + " holding a Runner, or the fully qualified name of a class implementing dev.jawait.Runner"
                + " with a public no-argument constructor.");
    }
}
