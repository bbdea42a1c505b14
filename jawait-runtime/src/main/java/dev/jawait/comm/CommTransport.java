package dev.jawait.comm;

import java.util.Map;

/**
 * How comm messages from Java reach a front end: the Jupyter kernel installs one with
 * {@link Comms#install(CommTransport)}; without one, comms are local (what is sent goes nowhere).
 * The transport decides which request a message answers (the calling thread's cell, or the comm
 * message being handled).
 *
 * <p>Called from any thread: implementations must be thread-safe.
 */
public interface CommTransport {
    /** Announces {@code comm} to the front end ({@code comm_open}) with {@code data}. */
    void open(Comm comm, Map<String, Object> data);

    /** Sends {@code data} on {@code comm} ({@code comm_msg}). */
    void send(Comm comm, Map<String, Object> data);

    /** Closes {@code comm} ({@code comm_close}) with {@code data}. */
    void close(Comm comm, Map<String, Object> data);

    /** The id of the request whose output the calling thread produces (a cell's message id), or "" if none. */
    String currentRequestId();

    /** True when a front end can receive what is sent (false for the local transport). */
    boolean connected();
}
