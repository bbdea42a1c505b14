package dev.jawait.kernel.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jawait.CellOptions;
import dev.jawait.CellResult;
import dev.jawait.CompileError;
import dev.jawait.Session;
import dev.jawait.comm.FrontEndView;
import java.util.List;
import java.util.Map;

/**
 * Runs {@code execute_request}s on the session: {@code execute_input}, the cell's output (routed by
 * {@link CellOutput}), {@code execute_result} or {@code error}, {@code user_expressions}, and the
 * reply, with the result's payloads as Jupyter's ({@code page} for {@code NAME?},
 * {@code set_next_input} for {@code %load}, {@code ask_exit} for {@code /exit}).
 *
 * <p>Thread-safe for {@link #interrupt()} and {@link #reader()}; {@link #execute} is called by
 * the shell thread only.
 */
final class ExecuteHandler {
    private final SessionStarter sessions;
    private final Iopub iopub;
    private final CellOutput output;
    private volatile KernelStdin.Reader reader;
    private volatile ObjectNode runningHeader;

    ExecuteHandler(SessionStarter sessions, Iopub iopub, CellOutput output) {
        this.sessions = sessions;
        this.iopub = iopub;
        this.output = output;
    }

    /** The running request and whether it may read stdin, for {@link KernelStdin}; null when idle. */
    KernelStdin.Reader reader() {
        return reader;
    }

    /**
     * Stops the running cell (an {@code interrupt_request}); nothing happens when none runs. What
     * the session says about a cell that has not stopped (what it waits for; that the next
     * interrupt abandons it) goes to the log and to that cell's standard error.
     */
    void interrupt() {
        Session session = sessions.ifStarted();
        if (session == null) {
            return;
        }
        ObjectNode header = runningHeader; // the cell interrupted, even if it ends meanwhile
        session.interrupt().message().ifPresent(message -> {
            KernelLog.info("interrupt_request: " + message);
            if (header != null) {
                iopub.stream(header, true, message + "\n");
            }
        });
    }

    ObjectNode execute(Message request) {
        ObjectNode content = request.content();
        String code = Fields.text(content, "code");
        boolean silent = Fields.bool(content, "silent", false);
        boolean store = Fields.bool(content, "store_history", !silent) && !silent;
        boolean allowStdin = Fields.bool(content, "allow_stdin", false);
        JsonNode expressions = content.path("user_expressions");
        Session session = sessions.get();
        ObjectNode header = request.header();
        if (!silent) {
            iopub.publish("execute_input", header, Json.object().put("code", code)
                    .put("execution_count", session.executionCount() + (store && Session.takesANumber(code) ? 1 : 0)));
        }
        CellResult result;
        reader = new KernelStdin.Reader(request, allowStdin);
        output.enter(header);
        runningHeader = header;
        try {
            // on the session's thread, so that the shell loop handles comm messages meanwhile
            result = RequestLoop.serveUntilDone(session.submit(code,
                    CellOptions.interactive().withOutputTag(header).withStoreHistory(store)));
        } finally {
            runningHeader = null;
            output.leave();
            reader = null;
        }
        if (!result.notices().isEmpty()) {
            iopub.stream(header, false, String.join("\n", result.notices()) + "\n");
        }
        if (!result.succeeded()) {
            ObjectNode error = error(result);
            ObjectNode shown = error.deepCopy();
            shown.remove("status");
            iopub.publish("error", header, shown);
            return error.put("execution_count", result.executionCount());
        }
        if (result instanceof CellResult.Value value && value.value() instanceof FrontEndView && !silent) {
            output.display(value.value(), null, false); // a widget is shown as ipywidgets shows it: a display
        } else if (result instanceof CellResult.Value value && !silent) {
            ObjectNode shown = Json.object().put("execution_count", value.executionCount());
            shown.set("data", MimeBundles.of(value.value(), value.text()));
            shown.set("metadata", Json.object());
            iopub.publish("execute_result", header, shown);
        }
        ObjectNode reply = Fields.ok().put("execution_count", result.executionCount());
        payloads(result, reply.putArray("payload"));
        reply.set("user_expressions", userExpressions(session, expressions, header));
        return reply;
    }

    /** A help page, text for the next input, a request to leave: Jupyter's payloads. */
    private static void payloads(CellResult result, ArrayNode payload) {
        for (CellResult.Payload item : result.payloads()) {
            switch (item) {
                case CellResult.Payload.Page page -> payload.addObject().put("source", "page").put("start", 0)
                        .set("data", Json.object().put("text/plain", page.text()));
                case CellResult.Payload.NextInput next -> payload.addObject().put("source", "set_next_input")
                        .put("text", next.text()).put("replace", false);
            }
        }
        if (result instanceof CellResult.ExitRequested exit && exit.leavesSession()) {
            payload.addObject().put("source", "ask_exit").put("keepkernel", false);
        }
    }

    /** The error reply body for a cell that did not succeed. */
    static ObjectNode error(CellResult result) {
        List<String> traceback = result.errorText().lines().toList();
        return switch (result) {
            case CellResult.Interrupted interrupted ->
                    Fields.error("Interrupted", "the cell was stopped; the rest of it did not run", traceback);
            case CellResult.CompileErrors errors -> Fields.error("CompileError",
                    errors.errors().stream().findFirst().map(CompileError::message).orElse("the cell does not compile"),
                    traceback);
            case CellResult.Failed failed -> {
                String evalue = failed.exception().getMessage() == null ? "" : failed.exception().getMessage();
                yield Fields.error(failed.errorName(), evalue,
                        traceback.isEmpty() ? List.of(failed.errorName() + ": " + evalue) : traceback);
            }
            default -> throw new IllegalArgumentException("not an error: " + result);
        };
    }

    private ObjectNode userExpressions(Session session, JsonNode expressions, ObjectNode header) {
        ObjectNode results = Json.object();
        if (!expressions.isObject()) {
            return results;
        }
        for (Map.Entry<String, JsonNode> entry : expressions.properties()) {
            CellResult value = session.execute(entry.getValue().asText(""),
                    CellOptions.interactive().withStoreHistory(false).withOutputTag(header));
            if (value instanceof CellResult.Value shown) {
                ObjectNode ok = Fields.ok();
                ok.set("data", MimeBundles.of(shown.value(), shown.text()));
                ok.set("metadata", Json.object());
                results.set(entry.getKey(), ok);
            } else {
                results.set(entry.getKey(), error(value));
            }
        }
        return results;
    }
}
