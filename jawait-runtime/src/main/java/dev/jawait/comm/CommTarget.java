package dev.jawait.comm;

import java.util.Map;

/**
 * What happens when a front end opens a comm to a target registered with
 * {@link Comms#registerTarget}: typically {@code comm.onMessage(…)}. Called on the kernel's comm
 * thread, never on the shell loop.
 */
@FunctionalInterface
public interface CommTarget {
    /** {@code comm} was opened by the front end with {@code data} (the {@code comm_open}'s data). */
    void opened(Comm comm, Map<String, Object> data);
}
