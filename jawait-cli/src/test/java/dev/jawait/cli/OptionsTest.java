package dev.jawait.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jawait.JawaitException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Command line and configuration file. */
class OptionsTest {

    @Test
    void runnerAndAutoawaitFromTheCommandLine() {
        Options options = Options.parse(new String[] {"--runner", "loop", "--autoawait=off"}, null);
        assertEquals("loop", options.runner());
        assertFalse(options.autoawait());
        assertEquals("repl", options.command());
    }

    @Test
    void depsAreSplitAtCommasAndMayRepeat() {
        Options options = Options.parse(new String[] {"--deps", "a:b:1,c:d:2", "--deps=e:f:3"}, null);
        assertEquals(java.util.List.of("a:b:1", "c:d:2", "e:f:3"), options.deps());
        assertTrue(Options.magics().find("maven").isPresent() && Options.magics().find("dependency").isPresent()
                && Options.magics().find("mavenRepo").isPresent(), "front ends register the dependency magics");
    }

    @Test
    void runTakesAScript() {
        Options options = Options.parse(new String[] {"run", "x.jsh", "--runner=sync"}, null);
        assertEquals("run", options.command());
        assertEquals(Path.of("x.jsh"), options.script());
        assertEquals("sync", options.runner());
    }

    @Test
    void theConfigurationFileIsReadAndTheCommandLineWins(@TempDir Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve("jawait.properties"), "runner=loop\nautoawait=off\n");
        Options fromFile = Options.parse(new String[0], config);
        assertEquals("loop", fromFile.runner());
        assertFalse(fromFile.autoawait());
        Options overridden = Options.parse(new String[] {"--runner", "virtual", "--autoawait", "on"}, config);
        assertEquals("virtual", overridden.runner());
        assertTrue(overridden.autoawait());
    }

    @Test
    void badArgumentsAreClearErrors() {
        assertTrue(assertThrows(JawaitException.class, () -> Options.parse(new String[] {"--bogus"}, null))
                .getMessage().contains("Unknown argument `--bogus`"));
        assertTrue(assertThrows(JawaitException.class, () -> Options.parse(new String[] {"--autoawait", "maybe"}, null))
                .getMessage().contains("on or off"));
        assertTrue(assertThrows(JawaitException.class, () -> Options.parse(new String[] {"--runner"}, null))
                .getMessage().contains("needs a value"));
    }
}
