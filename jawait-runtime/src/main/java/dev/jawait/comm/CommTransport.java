package dev.jawait.comm;

/**
 * How comm messages from Java reach a front end: the Jupyter kernel installs one with
 * {@link Comms#install(CommTransport)}; without one, comms are local (what is sent goes nowhere).
 * The transport decides which request a message answers (the calling thread's cell, or the comm
 * message being handled).
 *
 * <p>Called from any thread: implementations must be thread-safe.
 */
public interface CommTransport {
    /** Announces {@code comm} to the front end ({@code comm_open}) with {@code message}. */
    void open(Comm comm, CommMessage message);

    /** Sends {@code message} on {@code comm} ({@code comm_msg}). */
    void send(Comm comm, CommMessage message);

    /** Closes {@code comm} ({@code comm_close}) with {@code message}. */
    void close(Comm comm, CommMessage message);

    /** The id of the request whose output the calling thread produces (a cell's message id), or "" if none. */
    String currentRequestId();

    /** True when a front end can receive what is sent (false for the local transport). */
    boolean connected();
}
