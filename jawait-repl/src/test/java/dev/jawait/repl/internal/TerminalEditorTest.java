package dev.jawait.repl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jawait.CellResult;
import dev.jawait.JawaitException;
import dev.jawait.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The terminal's {@code /edit}: the editor the environment names, run on a file; here a script that rewrites it. */
class TerminalEditorTest {
    @TempDir
    Path dir;

    @Test
    void theEditorsSavedTextRunsInTheSession() throws Exception {
        Path script = Files.writeString(dir.resolve("editor.sh"), "#!/bin/sh\nsed -i 's/= 1;/= 41 + 1;/' \"$1\"\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        TerminalEditor editor = TerminalEditor.fromEnvironment(Map.of("VISUAL", "false", "JSHELLEDITOR", script.toString()));
        try (Session session = Session.builder().editor(editor).build()) {
            session.execute("int answer = 1;");
            assertTrue(session.execute("/edit answer").succeeded());
            assertEquals("42", ((CellResult.Value) session.execute("answer")).text());
        }
    }

    @Test
    void noEditorSetSaysWhichVariablesToSet() {
        var error = assertThrows(JawaitException.UnavailableException.class,
                () -> TerminalEditor.fromEnvironment(Map.of()).edit("x"));
        assertTrue(error.getMessage().startsWith("/edit needs an editor: set JSHELLEDITOR, VISUAL or EDITOR"));
    }

    @Test
    void aFailingEditorRunsNothing() throws Exception {
        TerminalEditor editor = TerminalEditor.fromEnvironment(Map.of("EDITOR", "false"));
        try (Session session = Session.builder().editor(editor).build()) {
            session.execute("int answer = 1;");
            String error = ((CellResult.Failed) session.execute("/edit")).traceback();
            assertTrue(error.contains("exited with status 1"), error);
            assertEquals("1", ((CellResult.Value) session.execute("answer")).text());
        }
    }
}
