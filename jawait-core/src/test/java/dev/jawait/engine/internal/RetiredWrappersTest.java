package dev.jawait.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** JShell forgets the wrapper source of snippets it will never compile again, and goes on as before. */
class RetiredWrappersTest {
    private final JawaitExecutionControl control = JawaitExecutionControl.create(getClass().getClassLoader());
    private final JShell shell = JShell.builder().executionEngine(control.provider(), Map.of()).build();

    @AfterEach
    void close() {
        shell.close();
    }

    @Test
    void replacedSnippetsAndStatementsThatRanAreForgottenAndTheSessionGoesOn() {
        RetiredWrappers retired = new RetiredWrappers(shell);
        List<Snippet> finished = new ArrayList<>();
        for (int i = 0; i < RetiredWrappers.BATCH; i++) {
            List<SnippetEvent> events = shell.eval("int x = " + i + ";");
            events.stream().filter(e -> e.status() == Snippet.Status.OVERWRITTEN).forEach(e -> finished.add(e.snippet()));
            finished.add(shell.eval("for (int k = 0; k < 1; k++) { x += 1; }").getFirst().snippet());
        }
        finished.forEach(retired::retire);
        retired.flush();
        assertEquals(finished.size(), retired.retired(), "the test JVM allows the self-attach that opens jdk.jshell");
        assertEquals(Snippet.Status.VALID, shell.status(finished.getFirst()), "a statement that ran keeps its status");
        assertEquals(Snippet.Status.OVERWRITTEN, shell.status(finished.get(1)), "a replaced declaration keeps its status");
        assertEquals("64", shell.eval("x").getFirst().value());
        assertEquals(Snippet.Status.VALID, shell.eval("int x = 100;").getFirst().status(), "redefinition still works");
        assertEquals("101", shell.eval("x + 1").getFirst().value());
    }
}
