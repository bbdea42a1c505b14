package dev.jawait.runtime;

import java.util.concurrent.Callable;

/**
 * The result or failure of a cell run on another thread, captured there and reported unchanged
 * to the thread that called {@link Runner#run}. Written once by the cell thread, read after it
 * has terminated.
 */
final class Outcome {

    private volatile Object value;
    private volatile Throwable failure;

    void capture(Callable<?> body) {
        try {
            value = body.call();
        } catch (Throwable t) {
            failure = t;
        }
    }

    Object get() throws Exception {
        Throwable t = failure;
        if (t == null) {
            return value;
        }
        throw Outcome.<RuntimeException>sneaky(t);
    }

    /**
     * Waits for {@code waitFor} to terminate; each interrupt of the waiting thread is passed on
     * to {@code target} (and consumed here) while waiting continues.
     */
    static void joinForwardingInterrupts(Thread waitFor, Thread target) {
        while (true) {
            try {
                waitFor.join();
                return;
            } catch (InterruptedException e) {
                target.interrupt();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <X extends Throwable> X sneaky(Throwable t) throws X {
        throw (X) t;
    }
}
