package dev.jawait.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code jawait kernel install}'s options write into {@code kernel.json}. */
class KernelInstallOptionsTest {
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return KernelCommand.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void everyOptionReachesTheKernelspec(@TempDir Path prefix) throws Exception {
        assertEquals(0, run("install", "--prefix", prefix.toString(), "--name", "cfg", "--display-name", "Java (cfg)",
                "--class-path", "rel/classes", "--startup", "init.jsh", "--jvm-option", "-Dk=v", "--compiler-option",
                "-parameters", "--enable-preview", "--env", "GREETING=hi there", "--env", "EMPTY="), err::toString);
        JsonNode spec = new ObjectMapper().readTree(prefix.resolve("share/jupyter/kernels/cfg/kernel.json").toFile());
        List<String> argv = new ArrayList<>();
        spec.get("argv").forEach(arg -> argv.add(arg.asText()));
        String cwd = Path.of("").toAbsolutePath().toString();
        assertEquals("Java (cfg)", spec.get("display_name").asText());
        assertTrue(argv.contains("-Dk=v") && argv.contains("--enable-preview"), argv::toString); // the JVM's
        List<String> session = argv.subList(argv.indexOf("{connection_file}") + 1, argv.size());
        assertEquals(List.of("--class-path=" + cwd + "/rel/classes", "-J-Dk=v", "-C-parameters", "--enable-preview",
                "--startup=" + cwd + "/init.jsh"), session);
        assertEquals("hi there", spec.get("env").get("GREETING").asText());
        assertEquals("", spec.get("env").get("EMPTY").asText());
    }

    @Test
    void aBadEnvIsAClearError(@TempDir Path prefix) {
        assertEquals(2, run("install", "--prefix", prefix.toString(), "--env", "NOVALUE"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--env takes NAME=VALUE"), err::toString);
    }

    @Test
    void jawaitJvmOptsThatDidNotReachTheJvmAreAWarning() {
        assertFalse(KernelCommand.unreachableJvmOptions(null, List.of()).isPresent());
        assertFalse(KernelCommand.unreachableJvmOptions("-Xmx1g", List.of("-Xmx1g", "-Da=b")).isPresent());
        String warning = KernelCommand.unreachableJvmOptions("-Xmx1g -Dnot=here", List.of("-Xmx1g")).orElseThrow();
        assertTrue(warning.contains("(-Dnot=here) does not reach this kernel") && warning.contains("--jvm-option"), warning);
    }
}
