package dev.jawait.comm;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * One end of a Jupyter comm: a channel of JSON-like messages ({@code Map}s of strings, numbers,
 * booleans, lists, maps and nulls) between Java and a front end, opened from either side.
 * Handlers ({@link #onMessage}, {@link #onClose}) run on the kernel's comm thread, in the order
 * messages arrive; a handler that throws is reported on standard error and the others still run.
 *
 * <p>Thread-safe.
 */
public final class Comm {
    private final String id;
    private final String targetName;
    private final List<Consumer<Map<String, Object>>> messageHandlers = new CopyOnWriteArrayList<>();
    private final List<Consumer<Map<String, Object>>> closeHandlers = new CopyOnWriteArrayList<>();
    private volatile boolean open = true;

    Comm(String id, String targetName) {
        this.id = id == null ? UUID.randomUUID().toString().replace("-", "") : id;
        this.targetName = Objects.requireNonNull(targetName, "targetName");
    }

    /** The comm's id ({@code comm_id}). */
    public String id() {
        return id;
    }

    /** The target it was opened to. */
    public String targetName() {
        return targetName;
    }

    /** True until either side closes it. */
    public boolean isOpen() {
        return open;
    }

    /** Sends {@code data} to the front end; a closed comm refuses with an {@link IllegalStateException}. */
    public void send(Map<String, ?> data) {
        if (!open) {
            throw new IllegalStateException("the comm " + id + " (" + targetName + ") is closed");
        }
        Comms.transport().send(this, Comms.copy(data));
    }

    /** Closes the comm (a {@code comm_close} to the front end); closing twice does nothing. */
    public void close() {
        close(Map.of());
    }

    /** Closes the comm with {@code data}; the close handlers run too. */
    public void close(Map<String, ?> data) {
        if (closed()) {
            Comms.transport().close(this, Comms.copy(data));
            Comms.forget(this);
            run(closeHandlers, Map.of());
        }
    }

    /** Calls {@code handler} with the data of each message the front end sends on this comm. */
    public Comm onMessage(Consumer<Map<String, Object>> handler) {
        messageHandlers.add(Objects.requireNonNull(handler, "handler"));
        return this;
    }

    /** Calls {@code handler} with the close data when the comm closes (from either side). */
    public Comm onClose(Consumer<Map<String, Object>> handler) {
        closeHandlers.add(Objects.requireNonNull(handler, "handler"));
        return this;
    }

    private synchronized boolean closed() {
        boolean was = open;
        open = false;
        return was;
    }

    void received(Map<String, Object> data) {
        run(messageHandlers, data);
    }

    void closedByFrontEnd(Map<String, Object> data) {
        if (closed()) {
            run(closeHandlers, data);
        }
    }

    private void run(List<Consumer<Map<String, Object>>> handlers, Map<String, Object> data) {
        for (Consumer<Map<String, Object>> handler : handlers) {
            try {
                handler.accept(data);
            } catch (RuntimeException e) {
                System.err.println("A handler of the comm " + id + " (" + targetName + ") failed: " + e);
            }
        }
    }

    @Override
    public String toString() {
        return "Comm[" + targetName + " " + id + (open ? "" : ", closed") + "]";
    }
}
