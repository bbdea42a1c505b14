package dev.jawait.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * JShell's {@code /edit} with a real editor in a real terminal: vim (as {@code EDITOR}) takes the
 * terminal from jawait's line reader, the saved text replaces the method, and the prompt is back
 * in working order afterwards.
 */
class TerminalEditIT {
    private TerminalSession terminal;

    @AfterEach
    void close() throws Exception {
        if (terminal != null) {
            terminal.close();
        }
    }

    @Test
    void editOpensVimAndWhatIsSavedReplacesTheSnippet() throws Exception {
        terminal = TerminalSession.start("EDITOR='vim -u NONE -N -n' " + TerminalSession.LAUNCHER, "In [1]:");
        terminal.type("String greet() { return \"hello\"; }\n");
        terminal.waitFor(screen -> screen.contains("In [2]:"), "the second prompt");
        terminal.type("/edit greet\n");
        terminal.waitFor(screen -> screen.lines().anyMatch(l -> l.equals("~")) && screen.contains("return \"hello\""),
                "vim showing the method");
        terminal.type(":s/hello/hi there/\n");
        terminal.waitFor(screen -> screen.contains("return \"hi there\""), "the edit in vim");
        terminal.type(":wq\n");
        terminal.waitFor(screen -> screen.lines().noneMatch(l -> l.equals("~")) && screen.contains("In [2]:"),
                "the prompt after vim");
        terminal.type("greet()\n");
        String shown = terminal.waitFor(screen -> screen.contains("Out[2]: \"hi there\""), "the edited method's value");
        assertTrue(shown.contains("In [2]: /edit greet"), shown);
    }
}
