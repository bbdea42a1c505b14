package dev.jawait.kernel.internal;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.zeromq.ZEvent;
import org.zeromq.ZMQ;

/**
 * Ends a kernel whose connection is abandoned: one that has no launcher to watch (no
 * {@code JPY_PARENT_PID}, see {@link ParentWatch}), had a client, and has had no client connected
 * on any of its sockets for the grace period since the last one left. A kernel nobody has
 * connected to yet waits for ever (it was started to be connected to later, as with
 * {@code jupyter console --existing}). Connections are counted from ZeroMQ's socket events
 * (accepted, disconnected) on the shell, control, stdin, IOPub and heartbeat sockets.
 *
 * <p>The rule ({@link #connected}, {@link #disconnected}, {@link #abandoned}) takes the time
 * (nanoseconds) from the caller. Thread-safe: events come from ZeroMQ's I/O thread, {@link #run}
 * looks once a second on its own.
 */
final class ConnectionWatch implements Runnable {
    /** The environment variable that sets the grace period in seconds (0: never). */
    static final String VARIABLE = "JAWAIT_KERNEL_ABANDONED_AFTER";
    static final long DEFAULT_GRACE_SECONDS = 600;

    private final long graceNanos;
    private final BooleanSupplier running;
    private final Runnable onAbandoned;
    private int peers;
    private boolean everConnected;
    private long emptySince;

    /**
     * @param running     {@link #run} returns once this turns false
     * @param onAbandoned what {@link #run} calls (once) when the rule says the connection is abandoned
     */
    ConnectionWatch(long graceNanos, BooleanSupplier running, Runnable onAbandoned) {
        this.graceNanos = graceNanos;
        this.running = running;
        this.onAbandoned = onAbandoned;
    }

    /** The grace period from the environment: {@value #VARIABLE} seconds, else the default; 0 or less: never. */
    static long graceSeconds(Map<String, String> environment) {
        String value = environment.get(VARIABLE);
        if (value == null || value.isBlank()) {
            return DEFAULT_GRACE_SECONDS;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            KernelLog.warn("ignored " + VARIABLE + ": `" + value + "` is not a number of seconds");
            return DEFAULT_GRACE_SECONDS;
        }
    }

    /** Counts the clients of {@code socket} (call before it is bound, so that none is missed). */
    void watch(ZMQ.Socket socket) {
        socket.setEventHook(this::event, ZMQ.EVENT_ACCEPTED | ZMQ.EVENT_DISCONNECTED);
    }

    private void event(ZEvent event) {
        switch (event.getEvent()) {
            case ACCEPTED -> connected();
            case DISCONNECTED -> disconnected(System.nanoTime());
            default -> { }
        }
    }

    synchronized void connected() {
        peers++;
        everConnected = true;
    }

    synchronized void disconnected(long now) {
        peers = Math.max(0, peers - 1);
        if (peers == 0) {
            emptySince = now;
        }
    }

    /** Whether the connection counts as abandoned at {@code now}. */
    synchronized boolean abandoned(long now) {
        return everConnected && peers == 0 && now - emptySince >= graceNanos;
    }

    @Override
    public void run() {
        try {
            while (running.getAsBoolean()) {
                if (abandoned(System.nanoTime())) {
                    onAbandoned.run();
                    return;
                }
                TimeUnit.SECONDS.sleep(1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
