package dev.jawait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code /edit}: the session decides what to edit and runs what changed; the front end's editor edits. */
class EditCommandTest {
    @Test
    void editRunsWhatTheEditorChanged() {
        List<String> shown = new ArrayList<>();
        Editor editor = text -> {
            shown.add(text);
            return text.replace("int x = 3;", "int x = 30;");
        };
        try (Session session = Session.builder().editor(editor).build()) {
            session.execute("int x = 3;");
            session.execute("int y = 4;");
            assertTrue(session.execute("/edit x").succeeded());
            assertEquals(List.of("int x = 3;\n"), shown);
            assertEquals("30", ((CellResult.Value) session.execute("x")).text());
            session.execute("/edit");
            assertEquals("int y = 4;\nint x = 30;\nx\n", shown.getLast(), "every active snippet");
        }
    }

    @Test
    void withoutAnEditorEditSaysWhereItWorks() {
        try (Session session = Session.builder().build()) {
            String error = assertInstanceOf(CellResult.Failed.class, session.execute("/edit")).traceback();
            assertTrue(error.startsWith("/edit works in the terminal"), error);
        }
    }
}
