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
                List.of(Path.of("/lib/a.jar"), Path.of("/lib/b.jar")), "Java (jawait)", List.of("--runner=loop"));
        spec.writeTo(dir.resolve("jawait"));
        JsonNode json = Json.MAPPER.readTree(Files.readString(dir.resolve("jawait/kernel.json")));
        List<String> argv = Json.MAPPER.convertValue(json.get("argv"), List.class);
        assertEquals("/jdk/bin/java", argv.getFirst());
        assertTrue(argv.contains("-XX:AOTCache=/lib/jawait.aot"));
        assertTrue(argv.contains("-Djdk.attach.allowAttachSelf=true"));
        assertTrue(argv.contains("--enable-native-access=ALL-UNNAMED"));
        assertEquals("java.base/java.lang=ALL-UNNAMED", argv.get(argv.indexOf("--add-opens") + 1));
        assertEquals("/lib/a.jar:/lib/b.jar", argv.get(argv.indexOf("-cp") + 1));
        assertEquals(List.of(KernelSpec.MAIN, "start", "{connection_file}", "--runner=loop"), argv.subList(argv.size() - 4, argv.size()),
                "the session options given to install follow the connection file");
        assertEquals("message", json.get("interrupt_mode").asText());
        assertEquals("java", json.get("language").asText());
        assertTrue(Files.size(dir.resolve("jawait/logo-64x64.png")) > 0);
        assertTrue(Files.size(dir.resolve("jawait/logo-32x32.png")) > 0);
    }

    @Test
    void theAgentAttachesItselfAndAnAotCacheIsOptional() {
        List<String> argv = new KernelSpec(Path.of("/java"), null, List.of(), "x", List.of()).argv();
        assertTrue(argv.contains("-XX:+EnableDynamicAgentLoading"));
        assertTrue(argv.contains("-Djdk.attach.allowAttachSelf=true"));
        assertTrue(argv.stream().noneMatch(arg -> arg.startsWith("-XX:AOTCache") || arg.startsWith("-javaagent")));
    }

    @Test
    void theKernelStartsWithTheJvmOptionsOfTheBuild() {
        // the launcher's argument file is written from the same POM property (jawait-cli checks that side)
        List<String> argv = new KernelSpec(Path.of("/java"), null, List.of(), "x", List.of()).argv();
        List<String> options = dev.jawait.config.BuildInfo.jvmOptions();
        assertTrue(options.contains("-XX:NewSize=256m") && options.contains("-XX:+EnableDynamicAgentLoading"), options::toString);
        assertEquals(options, argv.subList(1, 1 + options.size()));
    }

    @Test
    void previewAndJvmFlagsReachTheKernelsJvmAndItsSession() {
        List<String> argv = new KernelSpec(Path.of("/java"), Path.of("/lib/jawait.aot"), List.of(), "x",
                List.of("--enable-preview", "-J-Xmx1g")).argv();
        int classPath = argv.indexOf("-cp");
        assertTrue(argv.subList(0, classPath).containsAll(List.of("-Xmx1g", "--enable-preview")), argv::toString);
        assertTrue(argv.stream().noneMatch(arg -> arg.startsWith("-XX:AOTCache")), "a preview JVM cannot use the cache");
        assertEquals(List.of("--enable-preview", "-J-Xmx1g"), argv.subList(argv.size() - 2, argv.size()));
    }
}
