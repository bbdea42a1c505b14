package dev.jawait.kernel.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jawait.Completion;
import dev.jawait.analysis.Completeness;
import java.util.Optional;

/**
 * {@code complete_request}, {@code inspect_request} and {@code is_complete_request}, answered by
 * the session. Cursor positions are converted between Jupyter's code points and Java's chars.
 *
 * <p>Thread-safe (the session is).
 */
final class CodeAssistHandler {
    private final SessionStarter sessions;

    CodeAssistHandler(SessionStarter sessions) {
        this.sessions = sessions;
    }

    ObjectNode complete(Message request) {
        String code = Fields.text(request.content(), "code");
        int cursor = Fields.charIndex(code, Fields.integer(request.content(), "cursor_pos", Integer.MAX_VALUE));
        Completion completion = sessions.get().complete(code, cursor);
        ObjectNode reply = Fields.ok();
        ArrayNode matches = reply.putArray("matches");
        completion.candidates().forEach(matches::add);
        int start = Fields.codePoints(code, completion.anchor());
        int end = Fields.codePoints(code, cursor);
        reply.put("cursor_start", start);
        reply.put("cursor_end", end);
        // what JupyterLab and Notebook 7 show beside each match (IPython's shape: start, end, text, type, signature)
        ArrayNode types = reply.putObject("metadata").putArray("_jupyter_types_experimental");
        for (int i = 0; i < completion.candidates().size(); i++) {
            types.addObject().put("start", start).put("end", end).put("text", completion.candidates().get(i))
                    .put("type", completion.types().get(i)).put("signature", "");
        }
        return reply;
    }

    ObjectNode inspect(Message request) {
        String code = Fields.text(request.content(), "code");
        int cursor = Fields.charIndex(code, Fields.integer(request.content(), "cursor_pos", Integer.MAX_VALUE));
        Optional<String> doc = sessions.get().documentation(code, cursor);
        ObjectNode reply = Fields.ok().put("found", doc.isPresent());
        ObjectNode data = reply.putObject("data");
        doc.ifPresent(text -> data.put("text/plain", text));
        reply.set("metadata", Json.object());
        return reply;
    }

    ObjectNode isComplete(Message request) {
        String code = Fields.text(request.content(), "code");
        Completeness completeness = sessions.get().checkedCompleteness(code); // javac's parser: `int x = ;` is invalid
        return switch (completeness) {
            case EMPTY, COMPLETE -> Json.object().put("status", "complete");
            case INVALID -> Json.object().put("status", "invalid");
            case INCOMPLETE -> Json.object().put("status", "incomplete").put("indent", indent(code));
        };
    }

    /** The indent for the next line: the last line's, one level deeper after an opening bracket. */
    static String indent(String code) {
        String[] lines = code.split("\n", -1);
        String last = "";
        for (int i = lines.length - 1; i >= 0; i--) {
            if (!lines[i].isBlank()) {
                last = lines[i];
                break;
            }
        }
        String leading = last.substring(0, last.length() - last.stripLeading().length());
        String trimmed = last.strip();
        boolean opens = trimmed.endsWith("{") || trimmed.endsWith("(") || trimmed.endsWith("[");
        return opens ? leading + "    " : leading;
    }
}
