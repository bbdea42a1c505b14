package dev.jawait.kernel.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;

/**
 * One kernel socket with the codec that signs what goes out. Sends are serialised by a lock, so
 * several threads may send; receiving is for the one thread that owns the socket (or, for stdin,
 * whoever holds {@link #lock()}).
 *
 * <p>A send never drops silently. On IOPub ({@code XPUB_NODROP}) a full subscriber makes the send
 * wait for it to read (back-pressure), saying so in the log every {@value #WARN_AFTER_SECONDS} s,
 * until the channel is told to {@link #stopWaiting()} at shutdown. A reply on a ROUTER socket
 * ({@code ROUTER_MANDATORY}) waits at most one send timeout and is then dropped with a line in the
 * log: ZeroMQ cannot tell a client that has left from one that does not read (a client that closed
 * its socket after sending leaves a pipe that stays unwritable until this socket next reads, which
 * the waiting thread never would), and ipykernel drops such replies too.
 *
 * <p>Thread-safe for {@link #send}; {@link #receive} is not.
 */
public final class Channel {
    /** The socket's send timeout: how often a waiting send looks whether it should give up. */
    static final int SEND_TIMEOUT_MILLIS = 250;
    static final long WARN_AFTER_SECONDS = 10;

    private final String name;
    private final ZMQ.Socket socket;
    private final WireCodec codec;
    private final Object lock = new Object();
    private final boolean waitsForReader;
    private volatile boolean stopWaiting;

    /** @param socket a socket whose send timeout is {@link #SEND_TIMEOUT_MILLIS} (so that waiting sends can stop) */
    public Channel(String name, ZMQ.Socket socket, WireCodec codec) {
        this.name = name;
        this.socket = socket;
        this.codec = codec;
        this.waitsForReader = socket.getSocketType() != SocketType.ROUTER;
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

    /** From now on a send that cannot go out at once is dropped (and logged): the kernel is shutting down. */
    public void stopWaiting() {
        stopWaiting = true;
    }

    /** Signs and sends a message, waiting while the peer's queue is full (see the class comment). */
    public void send(Message message) {
        List<byte[]> frames = codec.encode(message);
        synchronized (lock) {
            try {
                if (!sendFirst(frames.getFirst(), frames.size() > 1, message)) {
                    return;
                }
                for (int i = 1; i < frames.size() - 1; i++) {
                    socket.sendMore(frames.get(i));
                }
                if (frames.size() > 1) {
                    socket.send(frames.getLast());
                }
            } catch (ZMQException e) {
                String why = e.getErrorCode() == ZMQ.Error.EHOSTUNREACH.getCode()
                        ? "the client it answers is no longer connected" : e.getMessage();
                KernelLog.warn("could not send a message: " + message.type() + " on " + name + ": " + why);
            } catch (RuntimeException closed) {
                KernelLog.warn("could not send a message: " + message.type() + " on " + name + ": " + closed);
            }
        }
    }

    /** Sends the first frame, waiting while the peer's queue is full (see the class comment); false if given up. */
    private boolean sendFirst(byte[] frame, boolean more, Message message) {
        int flags = more ? ZMQ.SNDMORE : 0;
        long started = System.nanoTime();
        long warned = started;
        while (!socket.send(frame, stopWaiting ? flags | ZMQ.DONTWAIT : flags)) {
            if (!waitsForReader) {
                KernelLog.warn("could not send a message: " + message.type() + " on " + name
                        + ": the client it answers has left or is not reading (dropped after "
                        + SEND_TIMEOUT_MILLIS + " ms)");
                return false;
            }
            if (stopWaiting) {
                KernelLog.warn("could not send a message: " + message.type() + " on " + name
                        + ": no peer read it before shutdown");
                return false;
            }
            long now = System.nanoTime();
            if (now - warned >= TimeUnit.SECONDS.toNanos(WARN_AFTER_SECONDS)) {
                warned = now;
                KernelLog.warn("waiting for a peer to read: " + name + " has waited "
                        + TimeUnit.NANOSECONDS.toSeconds(now - started) + " s to send a " + message.type()
                        + " (back-pressure; nothing is dropped)");
            }
        }
        return true;
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
