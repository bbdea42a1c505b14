package dev.jawait.kernel.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jawait.CellOptions;
import dev.jawait.comm.Comm;
import dev.jawait.comm.CommMessage;
import dev.jawait.comm.CommTransport;
import dev.jawait.comm.Comms;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The kernel's side of Jupyter comms ("Custom Messages" of the messaging spec): answers
 * {@code comm_info_request}, hands {@code comm_open}/{@code comm_msg}/{@code comm_close} from the
 * front end to {@link Comms} on one comm thread (in arrival order, never on the shell loop), closes
 * comms opened to unknown targets, and publishes what Java sends on IOPub under the request it
 * belongs to: the cell whose thread sends (its output tag), else the comm message being handled,
 * else the running or last cell. A comm message's metadata and binary buffers are carried both ways
 * ({@link CommMessage}).
 *
 * <p>Thread-safe.
 */
final class CommHub implements CommTransport {
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() { };

    static final long SETTLE_MILLIS = 1000;

    private final Iopub iopub;
    private final CellOutput output;
    private final ExecutorService handlers = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("jawait-comms").factory());
    private final ThreadLocal<ObjectNode> handling = new ThreadLocal<>();

    CommHub(Iopub iopub, CellOutput output) {
        this.iopub = iopub;
        this.output = output;
    }

    /**
     * {@code comm_info_request}: the open comms, only those of {@code target_name} when it is
     * given, once the comm messages received before it are handled (see {@link #settle()}).
     */
    ObjectNode info(Message request) {
        settle();
        JsonNode target = request.content().path("target_name");
        ObjectNode reply = Fields.ok();
        ObjectNode comms = reply.putObject("comms");
        Comms.openComms(target.isTextual() ? target.asText() : null)
                .forEach((id, comm) -> comms.putObject(id).put("target_name", comm.targetName()));
        return reply;
    }

    /**
     * Waits until the comm messages received so far are handled, at most {@value #SETTLE_MILLIS} ms
     * (a handler that takes longer goes on, and the caller does not wait for it): requests keep their
     * order, so a cell sent after a widget update sees the new value.
     */
    void settle() {
        try {
            handlers.submit(() -> { }).get(SETTLE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            KernelLog.info("a comm handler is still running after " + SETTLE_MILLIS + " ms; not waiting for it");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** A {@code comm_open}, {@code comm_msg} or {@code comm_close} from the front end: handled on the comm thread. */
    void received(Message message) {
        String id = Fields.text(message.content(), "comm_id");
        CommMessage whole = new CommMessage(data(message.content().path("data")), data(message.metadata()),
                message.buffers().stream().map(ByteBuffer::wrap).toList());
        handlers.execute(() -> {
            handling.set(message.header());
            try {
                handle(message, id, whole);
            } catch (RuntimeException | LinkageError e) {
                KernelLog.warn(message.type() + " on comm " + id + " failed: " + e);
            } finally {
                handling.remove();
            }
        });
    }

    private void handle(Message message, String id, CommMessage data) {
        switch (message.type()) {
            case "comm_open" -> {
                String target = Fields.text(message.content(), "target_name");
                if (Comms.openedByFrontEnd(id, target, data) == null) {
                    KernelLog.info("comm_open to the unknown target `" + target + "`: closed");
                    ObjectNode close = Json.object().put("comm_id", id);
                    close.putObject("data");
                    iopub.publish("comm_close", message.header(), close);
                }
            }
            case "comm_msg" -> {
                if (!Comms.receivedFromFrontEnd(id, data)) {
                    KernelLog.info("comm_msg for a comm that is not open: " + id);
                }
            }
            case "comm_close" -> Comms.closedByFrontEnd(id, data);
            default -> KernelLog.warn("not a comm message: " + message.type());
        }
    }

    private static Map<String, Object> data(JsonNode node) {
        return node.isObject() ? Json.MAPPER.convertValue(node, MAP) : new LinkedHashMap<>();
    }

    private ObjectNode parent() {
        if (CellOptions.currentOutputTag().orElse(null) instanceof ObjectNode cell) {
            return cell;
        }
        ObjectNode message = handling.get();
        if (message != null) {
            return message;
        }
        ObjectNode fallback = output.fallbackParent();
        return fallback != null ? fallback : Json.object();
    }

    /** Publishes {@code message}: its data in the content, its metadata as the message's, its buffers as extra frames. */
    private void publish(String type, Comm comm, CommMessage message, String target) {
        ObjectNode content = Json.object().put("comm_id", comm.id());
        if (target != null) {
            content.put("target_name", target);
        }
        content.set("data", Json.MAPPER.valueToTree(message.data()));
        ObjectNode metadata = Json.MAPPER.valueToTree(message.metadata());
        List<byte[]> buffers = java.util.stream.IntStream.range(0, message.buffers().size()).mapToObj(message::bytes).toList();
        iopub.publish(type, parent(), content, metadata, buffers);
    }

    @Override
    public void open(Comm comm, CommMessage message) {
        publish("comm_open", comm, message, comm.targetName());
    }

    @Override
    public void send(Comm comm, CommMessage message) {
        publish("comm_msg", comm, message, null);
    }

    @Override
    public void close(Comm comm, CommMessage message) {
        publish("comm_close", comm, message, null);
    }

    @Override
    public String currentRequestId() {
        return parent().path("msg_id").asText("");
    }

    @Override
    public boolean connected() {
        return true;
    }
}
