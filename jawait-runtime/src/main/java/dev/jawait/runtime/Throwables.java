package dev.jawait.runtime;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Unwrapping and unchecked rethrowing of failures. Stateless. */
final class Throwables {

    private Throwables() {}

    /** Strips {@link ExecutionException} and {@link CompletionException} wrappers that have a cause. */
    static Throwable unwrap(Throwable t) {
        Throwable current = t;
        for (int depth = 0; depth < 64; depth++) {
            boolean wrapper = current instanceof ExecutionException || current instanceof CompletionException;
            if (!wrapper || current.getCause() == null) {
                break;
            }
            current = current.getCause();
        }
        return current;
    }

    /** Throws {@code t} itself, checked or not; declared to return so callers can write {@code throw sneaky(t)}. */
    @SuppressWarnings("unchecked")
    static <X extends Throwable> RuntimeException sneaky(Throwable t) throws X {
        throw (X) t;
    }
}
