package dev.jawait.kernel.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * Receives requests on one channel (shell or control) and answers them strictly in order on the
 * thread that owns the socket. After an {@code execute_request} with {@code stop_on_error} fails,
 * the shell loop aborts the execute requests already queued, as Jupyter expects. Messages with a
 * wrong signature and replayed ones are logged and never answered.
 *
 * <p>While a request waits for a cell ({@link #serveUntilDone}), the loop goes on reading: comm
 * messages and {@code comm_info_request} are handled at once (so a widget event can complete what
 * the cell awaits), every other request waits its turn after the running one.
 *
 * <p>Runs on one thread; not thread-safe.
 */
final class RequestLoop implements Runnable {
    private static final int POLL_MILLIS = 100;
    /** How long a wait for a cell blocks between looks at the socket (the most a comm message waits). */
    private static final int SERVE_MILLIS = 10;
    private static final ThreadLocal<RequestLoop> CURRENT = new ThreadLocal<>();

    private final Channel channel;
    private final Dispatcher dispatcher;
    private final BooleanSupplier running;
    private final Deque<Message> deferred = new ArrayDeque<>();

    RequestLoop(Channel channel, Dispatcher dispatcher, BooleanSupplier running) {
        this.channel = channel;
        this.dispatcher = dispatcher;
        this.running = running;
    }

    @Override
    public void run() {
        CURRENT.set(this);
        while (running.getAsBoolean()) {
            if (!deferred.isEmpty()) {
                process(deferred.poll());
                continue;
            }
            List<byte[]> frames;
            try {
                frames = channel.receive(POLL_MILLIS);
            } catch (RuntimeException closed) {
                if (running.getAsBoolean()) {
                    KernelLog.warn(channel.name() + " socket failed: " + closed);
                }
                return;
            }
            if (frames == null) {
                continue;
            }
            Message request = decode(frames);
            if (request != null) {
                process(request);
            }
        }
    }

    private void process(Message request) {
        List<Message> queued = new ArrayList<>();
        dispatcher.process(request, channel, (req, reply) -> {
            if (req.type().equals("execute_request") && "error".equals(reply.path("status").asText())
                    && Fields.bool(req.content(), "stop_on_error", true)) {
                takeQueued(queued);
            }
        });
        for (Message next : queued) {
            if (next.type().equals("execute_request")) {
                dispatcher.abort(next, channel);
            } else {
                dispatcher.process(next, channel);
            }
        }
    }

    /**
     * Waits for {@code result}; on a request loop's thread, handles the comm messages that arrive
     * meanwhile and keeps the other requests for later. Returns the result (or throws its failure).
     */
    static <T> T serveUntilDone(CompletableFuture<T> result) {
        RequestLoop loop = CURRENT.get();
        if (loop == null) {
            return result.join();
        }
        while (true) {
            try {
                return result.get(SERVE_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException stillRunning) {
                loop.serveWaiting();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return result.join();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    /** Handles the comm messages waiting on the socket now; other requests are kept for later, in order. */
    private void serveWaiting() {
        List<byte[]> frames;
        while ((frames = channel.receive(0)) != null) {
            Message next = decode(frames);
            if (next == null) {
                continue;
            }
            if (Dispatcher.COMM.contains(next.type()) || next.type().equals("comm_info_request")) {
                dispatcher.process(next, channel);
            } else {
                deferred.add(next);
            }
        }
    }

    /** The requests already waiting, taken before the error reply goes out, so none sent after it is aborted. */
    private void takeQueued(List<Message> queued) {
        while (!deferred.isEmpty()) {
            queued.add(deferred.poll());
        }
        List<byte[]> frames;
        while ((frames = channel.receive(0)) != null) {
            Message next = decode(frames);
            if (next != null) {
                queued.add(next);
            }
        }
    }

    private Message decode(List<byte[]> frames) {
        try {
            return channel.codec().decode(frames);
        } catch (WireException e) {
            if (e.kind() == WireException.Kind.SIGNATURE) {
                KernelLog.warn("dropped a message with an invalid signature: on " + channel.name());
            } else if (e.kind() == WireException.Kind.REPLAY) {
                KernelLog.warn("refused a replayed message: on " + channel.name() + ", " + e.getMessage());
            } else {
                dispatcher.refuse(e, channel);
            }
            return null;
        }
    }
}
