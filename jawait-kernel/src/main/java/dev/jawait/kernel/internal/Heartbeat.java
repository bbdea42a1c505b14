package dev.jawait.kernel.internal;

import java.util.function.BooleanSupplier;
import org.zeromq.ZMQ;

/**
 * The heartbeat channel: echoes every message back, on its own thread, so a busy cell never
 * makes the kernel look dead.
 *
 * <p>Runs on one thread; not thread-safe.
 */
final class Heartbeat implements Runnable {
    private final ZMQ.Socket socket;
    private final BooleanSupplier running;

    Heartbeat(ZMQ.Socket socket, BooleanSupplier running) {
        this.socket = socket;
        this.running = running;
    }

    @Override
    public void run() {
        socket.setReceiveTimeOut(100);
        try {
            while (running.getAsBoolean()) {
                byte[] ping = socket.recv(0);
                if (ping == null) {
                    continue;
                }
                socket.send(ping);
            }
        } catch (RuntimeException closed) {
            // the context is closing
        }
    }
}
