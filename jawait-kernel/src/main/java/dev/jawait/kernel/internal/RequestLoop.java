package dev.jawait.kernel.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Receives requests on one channel (shell or control) and answers them strictly in order on the
 * thread that owns the socket. After an {@code execute_request} with {@code stop_on_error} fails,
 * the shell loop aborts the execute requests already queued, as Jupyter expects. Messages with a
 * wrong signature and replayed ones are logged and never answered.
 *
 * <p>Runs on one thread; not thread-safe.
 */
final class RequestLoop implements Runnable {
    private static final int POLL_MILLIS = 100;

    private final Channel channel;
    private final Dispatcher dispatcher;
    private final BooleanSupplier running;

    RequestLoop(Channel channel, Dispatcher dispatcher, BooleanSupplier running) {
        this.channel = channel;
        this.dispatcher = dispatcher;
        this.running = running;
    }

    @Override
    public void run() {
        while (running.getAsBoolean()) {
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
            if (request == null) {
                continue;
            }
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
    }

    /** The requests already waiting, taken before the error reply goes out, so none sent after it is aborted. */
    private void takeQueued(List<Message> queued) {
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
