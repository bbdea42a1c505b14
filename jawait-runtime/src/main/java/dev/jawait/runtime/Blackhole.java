package dev.jawait.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Consumes values so that the JIT compiler cannot delete the code that computed them: what
 * {@code %timeit} hands the measured expression's value to (as JMH's {@code Blackhole}). Each
 * value is stored with an opaque {@link VarHandle} store, which the compiler may neither drop nor
 * merge with the next one, nor move the computation of the next value ahead of; it costs about one
 * store. Primitive values are consumed unboxed.
 *
 * <p>Thread-safe (values from several threads simply overwrite each other).
 */
public final class Blackhole {
    private static final VarHandle LONG;
    private static final VarHandle OBJECT;
    @SuppressWarnings("unused") // written through LONG
    private static long longSink;
    @SuppressWarnings("unused") // written through OBJECT
    private static Object objectSink;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            LONG = lookup.findStaticVarHandle(Blackhole.class, "longSink", long.class);
            OBJECT = lookup.findStaticVarHandle(Blackhole.class, "objectSink", Object.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Blackhole() {}

    /** Consumes an integral value ({@code byte}, {@code short}, {@code char}, {@code int} widen to it). */
    public static void consume(long value) {
        LONG.setOpaque(value);
    }

    /** Consumes a floating-point value ({@code float} widens to it). */
    public static void consume(double value) {
        LONG.setOpaque(Double.doubleToRawLongBits(value));
    }

    /** Consumes a truth value. */
    public static void consume(boolean value) {
        LONG.setOpaque(value ? 1L : 0L);
    }

    /** Consumes a reference. */
    public static void consume(Object value) {
        OBJECT.setOpaque(value);
    }
}
