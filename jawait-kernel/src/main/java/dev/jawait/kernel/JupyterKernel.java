package dev.jawait.kernel;

import dev.jawait.Session;
import dev.jawait.SessionBuilder;
import dev.jawait.kernel.internal.ConnectionInfo;
import dev.jawait.kernel.internal.KernelServer;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * A running jawait Jupyter kernel: the messaging protocol 5.3 over the sockets of a connection
 * file, with cells run by a {@link Session}. One kernel per JVM: it takes over {@code System.in},
 * and the session routes {@code System.out}/{@code System.err} of cells to IOPub.
 *
 * <pre>{@code
 * JupyterKernel kernel = JupyterKernel.start(Path.of(connectionFile), builder -> builder.runner("virtual"));
 * kernel.awaitShutdown();
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class JupyterKernel {
    private final KernelServer server;

    private JupyterKernel(KernelServer server) {
        this.server = server;
    }

    /**
     * Binds the sockets of {@code connectionFile} and starts answering.
     *
     * @param configure adjusts the builder of the kernel's standard session (options, history store)
     * @throws dev.jawait.JawaitException if the connection file cannot be read or a port cannot be bound
     */
    public static JupyterKernel start(Path connectionFile, UnaryOperator<SessionBuilder> configure) {
        // opened before the session, so that history_request is answered while JShell starts
        return new JupyterKernel(new KernelServer(ConnectionInfo.read(connectionFile), Session.openStandardHistory(), configure));
    }

    /**
     * Waits until a front end asks the kernel to shut down, then releases everything.
     *
     * @return whether the front end asked for a restart
     */
    public boolean awaitShutdown() throws InterruptedException {
        return server.awaitShutdown();
    }

    /** Shuts the kernel down from this side (as a {@code shutdown_request} would). */
    public void shutdown() {
        server.requestShutdown(false);
    }
}
