package dev.jawait.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return KernelCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void installThenUninstallUnderAPrefix(@TempDir Path prefix) {
        assertEquals(0, run("install", "--prefix", prefix.toString(), "--name", "jw-test"));
        Path spec = prefix.resolve("share/jupyter/kernels/jw-test/kernel.json");
        assertTrue(Files.isRegularFile(spec));
        assertEquals(0, run("uninstall", "--prefix", prefix.toString(), "--name", "jw-test"));
        assertFalse(Files.exists(spec.getParent()));
    }

    @Test
    void usageErrorsAreOneLineMessagesWithStatus2(@TempDir Path prefix) {
        assertEquals(2, run("install", "--user", "--prefix", prefix.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("jawait kernel: choose one of --user"));
        assertEquals(2, run("uninstall", "--prefix", prefix.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no kernelspec jawait"));
        assertEquals(2, run("install", "--name", "bad name"));
        assertEquals(2, run("start"));
        assertEquals(2, run("start", prefix.resolve("missing.json").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("cannot read the connection file"));
        assertEquals(2, run("frobnicate"));
    }
}
