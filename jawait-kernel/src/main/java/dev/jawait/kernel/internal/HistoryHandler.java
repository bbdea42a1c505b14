package dev.jawait.kernel.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jawait.Session;
import dev.jawait.history.HistoryEntry;
import dev.jawait.history.HistoryStore;
import java.util.List;

/**
 * {@code history_request} (tail, range, search) from the kernel's {@link HistoryStore}, opened
 * before the session so that it answers while JShell starts (a range of this kernel's session
 * waits for the session). In a range, session 0 is this kernel's session and a negative one
 * counts back from it, as in IPython.
 *
 * <p>Thread-safe (the store is).
 */
final class HistoryHandler {
    private final HistoryStore history;
    private final SessionStarter sessions;

    HistoryHandler(HistoryStore history, SessionStarter sessions) {
        this.history = history;
        this.sessions = sessions;
    }

    ObjectNode history(Message request) {
        ObjectNode content = request.content();
        Session started = sessions.ifStarted();
        // before the session is up (JShell starting), the store answers: up-arrow works at once
        HistoryStore store = started != null ? started.history() : history;
        boolean output = Fields.bool(content, "output", false);
        String type = Fields.text(content, "hist_access_type");
        List<HistoryEntry> entries = switch (type) {
            case "tail" -> store.tail(Math.max(0, Fields.integer(content, "n", 10)));
            case "range" -> {
                long number = Fields.integer(content, "session", 0);
                long which = number > 0 ? number : sessions.get().historySession() + number;
                yield store.range(which, Fields.integer(content, "start", 0), Fields.integer(content, "stop", 0));
            }
            case "search" -> store.search(Fields.text(content, "pattern", "*"),
                    Math.max(0, Fields.integer(content, "n", 0)), Fields.bool(content, "unique", false));
            default -> throw new BadRequest("hist_access_type must be tail, range or search, not `" + type + "`");
        };
        ObjectNode reply = Fields.ok();
        ArrayNode history = reply.putArray("history");
        for (HistoryEntry entry : entries) {
            ArrayNode row = history.addArray().add(entry.session()).add(entry.line());
            if (output) {
                row.addArray().add(entry.input()).add(entry.output());
            } else {
                row.add(entry.input());
            }
        }
        return reply;
    }
}
