package dev.jawait.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a person sees in colour: a green {@code In [N]:}, the input highlighted as it is typed, a
 * red {@code Out[N]:} and red errors; and no colour at all with {@code NO_COLOR} or
 * {@code --no-color}.
 */
class TerminalColourIT {
    private static final String ESC = "\u001b[";
    private TerminalSession terminal;

    @AfterEach
    void killServer() throws Exception {
        if (terminal != null) {
            terminal.close();
        }
    }

    @Test
    void promptsInputValuesAndErrorsAreColoured() throws Exception {
        terminal = TerminalSession.jawait();
        terminal.type("var s = \"x\" + 42; // note");
        terminal.waitFor(screen -> screen.contains("// note"), "the typed line");
        String typing = terminal.colouredScreen();
        String line = typing.lines().filter(l -> l.contains("// note")).findFirst().orElseThrow();
        assertTrue(line.matches(".*\\e\\[3\\dm(\\e\\[\\d+m)*In \\[1]: .*"), () -> "a coloured prompt: " + line);
        assertTrue(line.matches(".*\\e\\[[0-9;]*m\"x\".*"), () -> "a coloured string: " + line);
        assertTrue(line.matches(".*\\e\\[[0-9;]*mvar.*"), () -> "a coloured keyword: " + line);
        terminal.key("Enter");
        terminal.type("s\n");
        terminal.waitFor(screen -> screen.contains("Out[2]: \"x42\""), "the value");
        terminal.type("1 / 0\n");
        terminal.waitFor(screen -> screen.contains("ArithmeticException"), "the error");
        String shown = terminal.colouredScreen();
        assertTrue(shown.matches("(?s).*\\e\\[31mOut\\[2]: .*"), () -> "a red Out[2]:\n" + shown);
        assertTrue(shown.matches("(?s).*\\e\\[31mjava.lang.ArithmeticException.*"), () -> "a red error:\n" + shown);
    }

    @Test
    void noColorAndTheOptionTurnColourOff() throws Exception {
        for (String command : new String[] {"NO_COLOR=1 " + TerminalSession.LAUNCHER, TerminalSession.LAUNCHER + " --no-color"}) {
            terminal = TerminalSession.start(command, "In [1]:");
            terminal.type("var s = \"x\";\n");
            terminal.type("1 / 0\n");
            terminal.waitFor(screen -> screen.contains("ArithmeticException"), "the error");
            String shown = terminal.colouredScreen();
            assertFalse(shown.contains(ESC + "3"), () -> command + " shows colours:\n" + shown);
            terminal.close();
            terminal = null;
        }
    }

    @Test
    void colorsSwitchesTheSchemeAndAConfigurationFileWinsOverNoColor(@org.junit.jupiter.api.io.TempDir java.nio.file.Path home)
            throws Exception {
        java.nio.file.Files.writeString(home.resolve("jawait.properties"), "colors=LightBG\n");
        terminal = TerminalSession.start("JAWAIT_HOME=" + home + " NO_COLOR=1 " + TerminalSession.LAUNCHER, "In [1]:");
        terminal.type("1\n");
        terminal.waitFor(screen -> screen.contains("Out[1]: 1"), "the value");
        String light = terminal.colouredScreen();
        assertTrue(light.matches("(?s).*\\e\\[34mIn \\[2]: .*"), () -> "a blue LightBG prompt:\n" + light);
        terminal.type("%colors NoColor\n");
        terminal.waitFor(screen -> screen.contains("In [3]:"), "the next prompt");
        terminal.type("2\n");
        terminal.waitFor(screen -> screen.contains("Out[3]: 2"), "the value");
        String none = terminal.colouredScreen();
        String after = none.substring(none.indexOf("%colors NoColor"));
        assertFalse(after.substring(after.indexOf('\n')).contains(ESC + "3"), () -> "colours after %colors NoColor:\n" + none);
    }
}
