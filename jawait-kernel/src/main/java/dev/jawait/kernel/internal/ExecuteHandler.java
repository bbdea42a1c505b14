package dev.jawait.kernel.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jawait.CellOptions;
import dev.jawait.CellResult;
import dev.jawait.CompileError;
import dev.jawait.Session;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs {@code execute_request}s on the session: {@code execute_input}, the cell's output (routed by
 * {@link CellOutput}), {@code execute_result} or {@code error}, {@code user_expressions}, and the
 * reply. A one-line cell ending in {@code ?} shows the documentation of what precedes it as a
 * pager payload (IPython's {@code obj?}).
 *
 * <p>Thread-safe for {@link #interrupt()} and {@link #reader()}; {@link #execute} is called by
 * the shell thread only.
 */
final class ExecuteHandler {
    private static final Pattern HELP = Pattern.compile("\\s*([^\\s?][^\\n]*?)\\?{1,2}\\s*");

    private final SessionStarter sessions;
    private final Iopub iopub;
    private final CellOutput output;
    private volatile KernelStdin.Reader reader;

    ExecuteHandler(SessionStarter sessions, Iopub iopub, CellOutput output) {
        this.sessions = sessions;
        this.iopub = iopub;
        this.output = output;
    }

    /** The running request and whether it may read stdin, for {@link KernelStdin}; null when idle. */
    KernelStdin.Reader reader() {
        return reader;
    }

    /** Stops the running cell (an {@code interrupt_request}); nothing happens when none runs. */
    void interrupt() {
        Session session = sessions.ifStarted();
        if (session != null) {
            session.interrupt();
        }
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
                    .put("execution_count", session.executionCount() + (store ? 1 : 0)));
        }
        Matcher help = HELP.matcher(code);
        if (help.matches() && !code.contains("\n")) {
            return help(session, help.group(1), header);
        }
        CellResult result;
        reader = new KernelStdin.Reader(request, allowStdin);
        output.enter(header);
        try {
            result = session.execute(code, CellOptions.interactive().withOutputTag(header).withStoreHistory(store));
        } finally {
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
        if (result.hasValue() && !silent) {
            ObjectNode shown = Json.object().put("execution_count", result.executionCount());
            shown.set("data", MimeBundles.of(result.value(), result.valueText()));
            shown.set("metadata", Json.object());
            iopub.publish("execute_result", header, shown);
        }
        ObjectNode reply = Fields.ok().put("execution_count", result.executionCount());
        reply.putArray("payload");
        reply.set("user_expressions", userExpressions(session, expressions, header));
        return reply;
    }

    /** The error reply body for a cell that did not succeed. */
    static ObjectNode error(CellResult result) {
        List<String> traceback = result.errorText().lines().toList();
        return switch (result.status()) {
            case INTERRUPTED -> Fields.error("Interrupted", "the cell was stopped; the rest of it did not run", traceback);
            case COMPILE_ERROR -> Fields.error("CompileError",
                    result.errors().stream().findFirst().map(CompileError::message).orElse("the cell does not compile"),
                    traceback);
            default -> {
                Throwable e = result.exception();
                String ename = e == null ? "Error" : e.getClass().getName();
                String evalue = e == null || e.getMessage() == null ? "" : e.getMessage();
                yield Fields.error(ename, evalue, traceback.isEmpty() ? List.of(ename + ": " + evalue) : traceback);
            }
        };
    }

    private ObjectNode help(Session session, String expression, ObjectNode header) {
        Optional<String> doc = session.documentation(expression, expression.length());
        ObjectNode reply = Fields.ok().put("execution_count", session.executionCount());
        var payload = reply.putArray("payload");
        if (doc.isPresent()) {
            ObjectNode page = payload.addObject().put("source", "page").put("start", 0);
            page.set("data", Json.object().put("text/plain", doc.get()));
        } else {
            iopub.stream(header, false, "Object `" + expression + "` not found.\n");
        }
        reply.set("user_expressions", Json.object());
        return reply;
    }

    private ObjectNode userExpressions(Session session, JsonNode expressions, ObjectNode header) {
        ObjectNode results = Json.object();
        if (!expressions.isObject()) {
            return results;
        }
        for (Map.Entry<String, JsonNode> entry : expressions.properties()) {
            CellResult value = session.execute(entry.getValue().asText(""),
                    CellOptions.interactive().withStoreHistory(false).withOutputTag(header));
            if (value.succeeded()) {
                ObjectNode ok = Fields.ok();
                ok.set("data", MimeBundles.of(value.value(), value.valueText()));
                ok.set("metadata", Json.object());
                results.set(entry.getKey(), ok);
            } else {
                results.set(entry.getKey(), error(value));
            }
        }
        return results;
    }
}
