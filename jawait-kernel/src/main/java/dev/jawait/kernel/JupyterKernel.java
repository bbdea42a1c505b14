package dev.jawait.kernel;

import dev.jawait.Session;
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
     * @param configure adjusts the session's builder (runner, history store, class path)
     * @throws dev.jawait.JawaitException if the connection file cannot be read or a port cannot be bound
     */
    public static JupyterKernel start(Path connectionFile, UnaryOperator<Session.Builder> configure) {
        return new JupyterKernel(new KernelServer(ConnectionInfo.read(connectionFile), configure));
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
