package dev.jawait.kernel.internal;

import java.util.ArrayList;
import java.util.List;
import org.zeromq.ZMQ;

/**
 * One kernel socket with the codec that signs what goes out. Sends are serialised by a lock, so
 * several threads may send (IOPub is written by cells, tasks and the request loops); receiving is
 * for the one thread that owns the socket (or, for stdin, whoever holds {@link #lock()}).
 *
 * <p>Thread-safe for {@link #send}; {@link #receive} is not.
 */
public final class Channel {
    private final String name;
    private final ZMQ.Socket socket;
    private final WireCodec codec;
    private final Object lock = new Object();

    public Channel(String name, ZMQ.Socket socket, WireCodec codec) {
        this.name = name;
        this.socket = socket;
        this.codec = codec;
    }

    public String name() {
        return name;
    }

    public WireCodec codec() {
        return codec;
    }

    Object lock() {
        return lock;
    }

    /** Signs and sends a message; a closed socket (the kernel shutting down) drops it. */
    public void send(Message message) {
        List<byte[]> frames = codec.encode(message);
        synchronized (lock) {
            try {
                for (int i = 0; i < frames.size() - 1; i++) {
                    socket.sendMore(frames.get(i));
                }
                socket.send(frames.get(frames.size() - 1));
            } catch (RuntimeException closed) {
                KernelLog.warn("could not send " + message.type() + " on " + name + ": " + closed);
            }
        }
    }

    /** The frames of the next message, waiting at most {@code timeoutMillis} (0: do not wait); null if none came. */
    public List<byte[]> receive(int timeoutMillis) {
        socket.setReceiveTimeOut(timeoutMillis);
        byte[] first = timeoutMillis == 0 ? socket.recv(ZMQ.DONTWAIT) : socket.recv(0);
        if (first == null) {
            return null;
        }
        List<byte[]> frames = new ArrayList<>();
        frames.add(first);
        while (socket.hasReceiveMore()) {
            frames.add(socket.recv(0));
        }
        return frames;
    }
}
