package dev.jawait.comm;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Jupyter comms from Java: register targets the front end can open comms to, open comms to the
 * front end's targets, and (for the kernel) deliver what the front end sends.
 *
 * <pre>{@code
 * Comms.registerTarget("echo", (comm, data) -> comm.onMessage(comm::send));
 * Comm comm = Comms.open("my.target", Map.of("hello", 1));
 * comm.send(Map.of("x", 2));
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class Comms {
    private static final CommTransport LOCAL = new CommTransport() {
        @Override
        public void open(Comm comm, CommMessage message) { }

        @Override
        public void send(Comm comm, CommMessage message) { }

        @Override
        public void close(Comm comm, CommMessage message) { }

        @Override
        public String currentRequestId() {
            return "";
        }

        @Override
        public boolean connected() {
            return false;
        }
    };
    private static final Map<String, CommTarget> TARGETS = new ConcurrentHashMap<>();
    private static final Map<String, Comm> OPEN = new ConcurrentHashMap<>();
    private static volatile CommTransport transport = LOCAL;

    private Comms() {}

    /** Installs the kernel's transport for this JVM. */
    public static void install(CommTransport newTransport) {
        transport = Objects.requireNonNull(newTransport, "transport");
    }

    static CommTransport transport() {
        return transport;
    }

    /** True when a front end receives what comms send (in the Jupyter kernel), false elsewhere. */
    public static boolean connected() {
        return transport.connected();
    }

    /** The message id of the request (cell) the calling thread works for, or "" outside the kernel. */
    public static String currentRequestId() {
        return transport.currentRequestId();
    }

    /** Lets the front end open comms to {@code targetName}; replaces an earlier registration of that name. */
    public static void registerTarget(String targetName, CommTarget target) {
        TARGETS.put(Objects.requireNonNull(targetName, "targetName"), Objects.requireNonNull(target, "target"));
    }

    /** Removes the target {@code targetName}; open comms stay open. */
    public static void unregisterTarget(String targetName) {
        TARGETS.remove(targetName);
    }

    /** Opens a comm to the front end's {@code targetName} with {@code data}. */
    public static Comm open(String targetName, Map<String, ?> data) {
        return open(targetName, CommMessage.of(data));
    }

    /** Opens a comm to the front end's {@code targetName} with {@code message} (data, metadata, buffers). */
    public static Comm open(String targetName, CommMessage message) {
        Comm comm = new Comm(null, targetName, message);
        OPEN.put(comm.id(), comm);
        transport.open(comm, message);
        return comm;
    }

    /** The comms open now, by id, whose target is {@code targetName} (all when it is null). */
    public static Map<String, Comm> openComms(String targetName) {
        Map<String, Comm> found = new LinkedHashMap<>();
        OPEN.forEach((id, comm) -> {
            if (targetName == null || comm.targetName().equals(targetName)) {
                found.put(id, comm);
            }
        });
        return found;
    }

    /**
     * For the kernel: the front end opened {@code id} to {@code targetName}. Returns the comm, or
     * null when no such target is registered (the kernel then closes it).
     */
    public static Comm openedByFrontEnd(String id, String targetName, CommMessage message) {
        CommTarget target = TARGETS.get(targetName);
        if (target == null) {
            return null;
        }
        Comm comm = new Comm(id, targetName, message);
        OPEN.put(comm.id(), comm);
        target.opened(comm, message.data());
        return comm;
    }

    /** For the kernel: a message from the front end on comm {@code id}; false if no such comm is open. */
    public static boolean receivedFromFrontEnd(String id, CommMessage message) {
        Comm comm = OPEN.get(id);
        if (comm == null) {
            return false;
        }
        comm.received(message);
        return true;
    }

    /** For the kernel: the front end closed comm {@code id}; false if no such comm is open. */
    public static boolean closedByFrontEnd(String id, CommMessage message) {
        Comm comm = OPEN.remove(id);
        if (comm == null) {
            return false;
        }
        comm.closedByFrontEnd(message);
        return true;
    }

    static void forget(Comm comm) {
        OPEN.remove(comm.id(), comm);
    }
}
