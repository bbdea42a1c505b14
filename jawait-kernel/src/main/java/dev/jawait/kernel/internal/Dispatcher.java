package dev.jawait.kernel.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jawait.JawaitException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Answers one request: {@code status: busy}, the handler, the reply on the channel the request
 * came from, {@code status: idle}. Anything a handler throws becomes an error reply; unknown
 * {@code *_request} types get an error reply too, other unknown messages are logged.
 *
 * <p>Thread-safe: the shell and control threads both use it; handlers are thread-safe.
 */
final class Dispatcher {
    /** Requests the control channel answers (the shell channel answers all). */
    private static final Set<String> CONTROL = Set.of("kernel_info_request", "interrupt_request",
            "shutdown_request", "comm_info_request");
    /** Messages that need no reply: the comm messages (handled by {@link CommHub}), a stray {@code input_reply}. */
    static final Set<String> COMM = Set.of("comm_open", "comm_msg", "comm_close");
    private static final Set<String> SILENT = Set.of("input_reply");

    private final Iopub iopub;
    private final Map<String, Function<Message, ObjectNode>> handlers;
    private final Consumer<Boolean> shutdown;
    private final CommHub comms;

    Dispatcher(Iopub iopub, ExecuteHandler execute, CodeAssistHandler assist, HistoryHandler history,
               CommHub comms, Consumer<Boolean> shutdown) {
        this.iopub = iopub;
        this.shutdown = shutdown;
        this.comms = comms;
        this.handlers = Map.of(
                "kernel_info_request", request -> KernelInfo.content(),
                "execute_request", request -> {
                    comms.settle(); // a cell sees what the comm messages sent before it changed
                    return execute.execute(request);
                },
                "complete_request", assist::complete,
                "inspect_request", assist::inspect,
                "is_complete_request", assist::isComplete,
                "history_request", history::history,
                "comm_info_request", comms::info,
                "interrupt_request", request -> {
                    execute.interrupt();
                    return Fields.ok();
                },
                "shutdown_request", request -> Fields.ok().put("restart",
                        Fields.bool(request.content(), "restart", false)));
    }

    /** Handles {@code request} and returns the reply body sent, or null when none was. */
    ObjectNode process(Message request, Channel channel) {
        return process(request, channel, (ignored, reply) -> { });
    }

    /**
     * Handles {@code request}; {@code beforeReply} sees the reply body just before it is sent (so
     * the shell loop can take stock of the queue before the client learns of an error).
     */
    ObjectNode process(Message request, Channel channel, java.util.function.BiConsumer<Message, ObjectNode> beforeReply) {
        String type = request.type();
        iopub.status(request, "busy");
        ObjectNode reply;
        try {
            if (COMM.contains(type) && channel.name().equals("shell")) {
                comms.received(request);
                return null;
            }
            if (SILENT.contains(type)) {
                KernelLog.info("ignored " + type);
                return null;
            }
            Function<Message, ObjectNode> handler = handlers.get(type);
            boolean allowed = handler != null && (channel.name().equals("shell") || CONTROL.contains(type));
            if (!allowed) {
                KernelLog.warn("unknown message type `" + type + "` on " + channel.name());
                if (!type.endsWith("_request")) {
                    return null;
                }
                reply = Fields.error("UnknownMessageType", "the jawait kernel does not handle `" + type + "` on the "
                        + channel.name() + " channel", List.of());
            } else {
                reply = handle(handler, request);
            }
            beforeReply.accept(request, reply);
            channel.send(channel.codec().create(request.replyType(), request, reply));
            if (type.equals("shutdown_request")) {
                iopub.publish("shutdown_reply", request.header(), reply);
            }
        } finally {
            iopub.status(request, "idle");
        }
        if (type.equals("shutdown_request")) {
            shutdown.accept(reply.path("restart").asBoolean(false));
        }
        return reply;
    }

    private static ObjectNode handle(Function<Message, ObjectNode> handler, Message request) {
        try {
            return handler.apply(request);
        } catch (BadRequest e) {
            KernelLog.warn("bad " + request.type() + ": " + e.getMessage());
            return Fields.error("BadRequest", e.getMessage(), List.of("BadRequest: " + e.getMessage()));
        } catch (JawaitException e) {
            return Fields.error("JawaitError", String.valueOf(e.getMessage()), List.of(String.valueOf(e.getMessage())));
        } catch (RuntimeException e) {
            KernelLog.warn(request.type() + " failed: " + e);
            return Fields.error("KernelError", e.toString(), List.of("the kernel could not handle "
                    + request.type() + ": " + e));
        }
    }

    /** Answers a message that could not be read with an error reply, if its header was readable. */
    void refuse(WireException problem, Channel channel) {
        Message partial = problem.partial();
        KernelLog.warn("refused a message on " + channel.name() + ": " + problem.getMessage());
        if (partial == null || !partial.type().endsWith("_request")) {
            return;
        }
        iopub.status(partial, "busy");
        try {
            channel.send(channel.codec().create(partial.replyType(), partial,
                    Fields.error("BadMessage", problem.getMessage(), List.of("BadMessage: " + problem.getMessage()))));
        } finally {
            iopub.status(partial, "idle");
        }
    }

    /** Answers a queued {@code execute_request} that an earlier error aborted ({@code stop_on_error}). */
    void abort(Message request, Channel channel) {
        iopub.status(request, "busy");
        try {
            channel.send(channel.codec().create(request.replyType(), request,
                    Json.object().put("status", "aborted")));
        } finally {
            iopub.status(request, "idle");
        }
    }
}
