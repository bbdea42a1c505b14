package dev.jawait.repl.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jawait.Session;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Parser;
import org.junit.jupiter.api.Test;

/** Tab completion as JLine asks for it: candidates replace JLine's whole word. */
class SessionCompleterTest {
    @Test
    void membersAfterAwaitReplaceTheWholeWord() {
        try (Session session = Session.builder().build()) {
            session.execute("var f = CompletableFuture.completedFuture(\"x\");");
            SessionCompleter completer = new SessionCompleter(() -> session);
            for (String line : List.of("await f.is", "(await f).len", "%time await f.is")) {
                List<Candidate> candidates = new ArrayList<>();
                completer.complete(null, new CellParser().parse(line, line.length(), Parser.ParseContext.COMPLETE), candidates);
                String word = new CellParser().parse(line, line.length(), Parser.ParseContext.COMPLETE).word();
                List<String> values = candidates.stream().map(Candidate::value).toList();
                assertTrue(!values.isEmpty() && values.stream().allMatch(v -> v.startsWith(word)), line + " -> " + word + " " + values);
            }
        }
    }
}
