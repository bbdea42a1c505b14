package dev.jawait.kernel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelSpecTest {
    @Test
    void writesKernelJsonWithTheJvmFlagsAndLogos(@TempDir Path dir) throws Exception {
        KernelSpec spec = new KernelSpec(Path.of("/jdk/bin/java"), Path.of("/lib/jawait.aot"),
                List.of(Path.of("/lib/a.jar"), Path.of("/lib/b.jar")), "Java (jawait)");
        spec.writeTo(dir.resolve("jawait"));
        JsonNode json = Json.MAPPER.readTree(Files.readString(dir.resolve("jawait/kernel.json")));
        List<String> argv = Json.MAPPER.convertValue(json.get("argv"), List.class);
        assertEquals("/jdk/bin/java", argv.getFirst());
        assertTrue(argv.contains("-XX:AOTCache=/lib/jawait.aot"));
        assertTrue(argv.contains("-Djdk.attach.allowAttachSelf=true"));
        assertTrue(argv.contains("--enable-native-access=ALL-UNNAMED"));
        assertEquals("java.base/java.lang=ALL-UNNAMED", argv.get(argv.indexOf("--add-opens") + 1));
        assertEquals("/lib/a.jar:/lib/b.jar", argv.get(argv.indexOf("-cp") + 1));
        assertEquals(List.of(KernelSpec.MAIN, "start", "{connection_file}"), argv.subList(argv.size() - 3, argv.size()));
        assertEquals("message", json.get("interrupt_mode").asText());
        assertEquals("java", json.get("language").asText());
        assertTrue(Files.size(dir.resolve("jawait/logo-64x64.png")) > 0);
        assertTrue(Files.size(dir.resolve("jawait/logo-32x32.png")) > 0);
    }

    @Test
    void theAgentAttachesItselfAndAnAotCacheIsOptional() {
        List<String> argv = new KernelSpec(Path.of("/java"), null, List.of(), "x").argv();
        assertTrue(argv.contains("-XX:+EnableDynamicAgentLoading"));
        assertTrue(argv.contains("-Djdk.attach.allowAttachSelf=true"));
        assertTrue(argv.stream().noneMatch(arg -> arg.startsWith("-XX:AOTCache") || arg.startsWith("-javaagent")));
    }

    @Test
    void theKernelStartsWithTheLaunchersJvmOptions() throws Exception {
        // the AOT cache the kernel shares was trained with the launcher's options: keep them alike
        String launcher = Files.readString(Path.of("..", "jawait"));
        String options = launcher.substring(launcher.indexOf("JVM_OPTS=("), launcher.indexOf(")", launcher.indexOf("JVM_OPTS=(")));
        List<String> argv = new KernelSpec(Path.of("/java"), null, List.of(), "x").argv();
        for (String option : options.substring("JVM_OPTS=(".length()).trim().split("\\s+")) {
            if (option.startsWith("-Xlog")) {
                continue; // logging: the kernel passes it with the cache
            }
            if (option.startsWith("java.base/")) {
                assertEquals(option, argv.get(argv.indexOf("--add-opens") + 1));
            } else {
                assertTrue(argv.contains(option), () -> option + " missing from " + argv);
            }
        }
    }
}
