package dev.jawait.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code jbang-catalog.json} (the {@code jawait} alias, for {@code jbang jawait@…} once the
 * artifacts are published) starts jawait as the launcher does: the packaged jar's Main-Class, the
 * JVM options of the launcher's argument file ({@code target/jvm.options}, written from the POM's
 * {@code jawait.jvm.options}), the JDK version the launcher requires, and this build's
 * {@code jawait-cli} coordinates. Runs after {@code package}, which writes the jar it reads.
 */
class JbangCatalogIT {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String VERSION = System.getProperty("jawait.version");

    private static JsonNode alias() throws Exception {
        JsonNode alias = new ObjectMapper().readTree(ROOT.resolve("jbang-catalog.json").toFile()).path("aliases").path("jawait");
        assertTrue(alias.isObject(), "jbang-catalog.json has an alias jawait");
        return alias;
    }

    @Test
    void theAliasRunsThisBuildsJawaitCliWithItsMainClass() throws Exception {
        assertEquals("dev.jawait:jawait-cli:" + VERSION, alias().path("script-ref").asText(),
                "the catalog names the version of the POM (change both at a release)");
        try (JarFile jar = new JarFile(Path.of("target", "jawait-cli-" + VERSION + ".jar").toFile())) {
            assertEquals(jar.getManifest().getMainAttributes().getValue("Main-Class"), alias().path("main").asText());
        }
    }

    @Test
    void theAliasHasTheLaunchersJvmOptions() throws Exception {
        List<String> options = new ArrayList<>();
        alias().path("runtime-options").forEach(option -> options.add(option.asText()));
        List<String> launcher = Arrays.asList(Files.readString(Path.of("target/jvm.options")).strip().split("\\s+"));
        assertEquals(launcher, options);
        assertEquals(Arrays.asList(System.getProperty("jawait.jvm.options").strip().split("\\s+")), options);
    }

    @Test
    void theAliasAsksForTheJdkTheLauncherNeeds() throws Exception {
        // the launcher script, or the library the launchers share where there is one
        String needed = null;
        for (Path script : List.of(ROOT.resolve("jawait-cli/src/main/sh/launcher.sh"), ROOT.resolve("jawait"))) {
            Matcher line = Pattern.compile("(?m)^NEEDED=(\\d+)$").matcher(Files.exists(script) ? Files.readString(script) : "");
            if (needed == null && line.find()) {
                needed = line.group(1);
            }
        }
        assertTrue(needed != null, "the launcher says which JDK it needs (NEEDED=)");
        assertEquals(needed + "+", alias().path("java").asText());
    }
}
