package dev.jawait.repl.internal;

import dev.jawait.Completion;
import dev.jawait.Session;
import java.util.List;
import java.util.function.Supplier;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion from {@link Session#complete}: Java members, types and variables (also after
 * {@code await x.}), magic names and their arguments, {@code /commands}. The
 * session's candidates replace text from its anchor; JLine's word may start earlier
 * ({@code f.th}), so each candidate is prefixed with the part of the word before the anchor.
 *
 * <p>Thread-safe as far as the session is.
 */
final class SessionCompleter implements Completer {
    private final Supplier<Session> session;

    SessionCompleter(Supplier<Session> session) {
        this.session = session;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String buffer = line.line();
        int cursor = line.cursor();
        int wordStart = cursor - line.wordCursor();
        Completion completion = session.get().complete(buffer, cursor);
        int anchor = Math.max(completion.anchor(), 0);
        String before = anchor > wordStart && anchor <= cursor ? buffer.substring(wordStart, anchor) : "";
        for (String candidate : completion.candidates()) {
            String value = before + candidate;
            candidates.add(new Candidate(value, candidate, null, null, null, null, false));
        }
    }
}
