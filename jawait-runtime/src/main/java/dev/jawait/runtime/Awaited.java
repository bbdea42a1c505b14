package dev.jawait.runtime;

/**
 * A value that {@code await} produced: {@code await E} compiles to {@code jawait$await(E).value()}.
 * Reading the value from a receiver, rather than returning it from the generic
 * {@code jawait$await}, keeps {@code await E} out of Java's inference of the surrounding call:
 * {@code String.valueOf(await f.thenApply(v -> "x"))} resolves {@code valueOf} as for any
 * {@code String} (a generic call there is inferred together with the overloads, and fails). The
 * JIT removes the object when the call is inlined.
 *
 * <p>Library adapters' {@code jawait$await} overloads return it too ({@link #of}). Immutable.
 *
 * @param <T> the awaited value's type
 */
public final class Awaited<T> {
    private final T value;

    private Awaited(T value) {
        this.value = value;
    }

    /** The value {@code await} gives. */
    public static <T> Awaited<T> of(T value) {
        return new Awaited<>(value);
    }

    /** The awaited value, with its static type. */
    public T value() {
        return value;
    }
}
