package dev.jawait.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jawait.JawaitException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line and the configuration file, read as the kernel reads its own. */
class ReplCommandTest {

    private static ReplCommand.Request parse(String... args) {
        return ReplCommand.parse(args, null);
    }

    @Test
    void runnerAndAutoawaitFromTheCommandLine() {
        ReplCommand.Request request = parse("--runner", "loop", "--autoawait=off");
        assertEquals("loop", request.options().runner());
        assertFalse(request.options().autoawait());
        assertEquals("repl", request.command());
    }

    @Test
    void depsMayRepeatAndClassPathEntriesAreSplit() {
        ReplCommand.Request request = parse("--deps", "a:b:1,c:d:2", "--deps=e:f:3", "-cp", "x.jar" + java.io.File.pathSeparator + "y");
        assertEquals(List.of("a:b:1,c:d:2", "e:f:3"), request.options().dependencies());
        assertEquals(List.of("x.jar", "y"), request.options().classPath());
    }

    @Test
    void runTakesAScript() {
        ReplCommand.Request request = parse("run", "x.jsh", "--runner=sync");
        assertEquals("run", request.command());
        assertEquals(Path.of("x.jsh"), request.script());
        assertEquals("sync", request.options().runner());
    }

    @Test
    void theConfigurationFileIsReadAndTheCommandLineWins(@TempDir Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve("jawait.properties"), "runner=loop\nautoawait=off\n");
        ReplCommand.Request fromFile = ReplCommand.parse(new String[0], config);
        assertEquals("loop", fromFile.options().runner());
        assertFalse(fromFile.options().autoawait());
        ReplCommand.Request overridden = ReplCommand.parse(new String[] {"--runner", "virtual", "--autoawait", "on"}, config);
        assertEquals("virtual", overridden.options().runner());
        assertTrue(overridden.options().autoawait());
    }

    @Test
    void badArgumentsAreClearErrors() {
        String unknown = assertThrows(JawaitException.class, () -> parse("--runer", "loop")).getMessage();
        assertTrue(unknown.contains("Unknown argument `--runer`") && unknown.contains("Did you mean --runner?"), unknown);
        assertTrue(assertThrows(JawaitException.class, () -> parse("--autoawait", "maybe"))
                .getMessage().contains("on or off"));
        assertTrue(assertThrows(JawaitException.class, () -> parse("--runner")).getMessage().contains("needs a value"));
        assertTrue(assertThrows(JawaitException.class, () -> parse("--runner", "--autoawait=on"))
                .getMessage().contains("needs a value"), "an option is not taken as a value, as the kernel's install reads it");
        assertTrue(assertThrows(JawaitException.class, () -> parse("run")).getMessage().contains("takes one script"));
    }
}
