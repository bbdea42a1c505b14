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
 * A message's metadata and binary buffers travel as a {@link CommMessage} ({@link #onCommMessage},
 * {@link #send(CommMessage)}, {@link #opening()}).
 *
 * <p>Thread-safe.
 */
public final class Comm {
    private final String id;
    private final String targetName;
    private final CommMessage opening;
    private final List<Consumer<CommMessage>> messageHandlers = new CopyOnWriteArrayList<>();
    private final List<Consumer<CommMessage>> closeHandlers = new CopyOnWriteArrayList<>();
    private volatile boolean open = true;

    Comm(String id, String targetName, CommMessage opening) {
        this.id = id == null ? UUID.randomUUID().toString().replace("-", "") : id;
        this.targetName = Objects.requireNonNull(targetName, "targetName");
        this.opening = Objects.requireNonNull(opening, "opening");
    }

    /** The {@code comm_open} that opened it (its data, metadata and buffers), from whichever side. */
    public CommMessage opening() {
        return opening;
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
        send(CommMessage.of(data));
    }

    /** Sends {@code message}: its data, metadata and buffers; a closed comm refuses with an {@link IllegalStateException}. */
    public void send(CommMessage message) {
        if (!open) {
            throw new IllegalStateException("the comm " + id + " (" + targetName + ") is closed");
        }
        Comms.transport().send(this, Objects.requireNonNull(message, "message"));
    }

    /** Closes the comm (a {@code comm_close} to the front end); closing twice does nothing. */
    public void close() {
        close(Map.of());
    }

    /** Closes the comm with {@code data}; the close handlers run too. */
    public void close(Map<String, ?> data) {
        close(CommMessage.of(data));
    }

    /** Closes the comm with {@code message} (data, metadata, buffers); the close handlers run too. */
    public void close(CommMessage message) {
        if (closed()) {
            Comms.transport().close(this, Objects.requireNonNull(message, "message"));
            Comms.forget(this);
            run(closeHandlers, CommMessage.of(Map.of()));
        }
    }

    /** Calls {@code handler} with the data of each message the front end sends on this comm. */
    public Comm onMessage(Consumer<Map<String, Object>> handler) {
        Objects.requireNonNull(handler, "handler");
        return onCommMessage(message -> handler.accept(message.data()));
    }

    /** Calls {@code handler} with each message the front end sends on this comm: data, metadata, buffers. */
    public Comm onCommMessage(Consumer<CommMessage> handler) {
        messageHandlers.add(Objects.requireNonNull(handler, "handler"));
        return this;
    }

    /** Calls {@code handler} with the close data when the comm closes (from either side). */
    public Comm onClose(Consumer<Map<String, Object>> handler) {
        Objects.requireNonNull(handler, "handler");
        return onCommClose(message -> handler.accept(message.data()));
    }

    /** Calls {@code handler} with the whole close message (empty when Java closed it) when the comm closes. */
    public Comm onCommClose(Consumer<CommMessage> handler) {
        closeHandlers.add(Objects.requireNonNull(handler, "handler"));
        return this;
    }

    private synchronized boolean closed() {
        boolean was = open;
        open = false;
        return was;
    }

    void received(CommMessage message) {
        run(messageHandlers, message);
    }

    void closedByFrontEnd(CommMessage message) {
        if (closed()) {
            run(closeHandlers, message);
        }
    }

    private void run(List<Consumer<CommMessage>> handlers, CommMessage message) {
        for (Consumer<CommMessage> handler : handlers) {
            try {
                handler.accept(message);
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
