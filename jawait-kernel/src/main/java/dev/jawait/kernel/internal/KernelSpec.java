package dev.jawait.kernel.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A jawait kernelspec: {@code kernel.json} whose argv starts this JDK with the flags jawait needs
 * and this class path, plus the logos. Written into {@code <kernels dir>/<name>/}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param java      absolute path of the {@code java} executable (a JDK 25+)
 * @param agentJar  the jawait agent jar, or null (then the agent attaches itself at run time)
 * @param classPath absolute class path entries
 */
public record KernelSpec(Path java, Path agentJar, List<Path> classPath, String displayName) {
    /** The main class the kernelspec starts. */
    public static final String MAIN = "dev.jawait.kernel.KernelCommand";

    /** The spec for the JVM running now: its java, its class path, its agent jar if there is one. */
    public static KernelSpec ofCurrentJvm(String displayName) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java").toAbsolutePath();
        List<Path> classPath = Arrays.stream(System.getProperty("java.class.path", "").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank()).map(entry -> Path.of(entry).toAbsolutePath().normalize()).toList();
        return new KernelSpec(java, findAgentJar(), classPath, displayName);
    }

    private static Path findAgentJar() {
        try {
            var source = Class.forName("dev.jawait.agent.InstrumentationHolder").getProtectionDomain().getCodeSource();
            Path location = source == null ? null : Path.of(source.getLocation().toURI());
            return location != null && location.toString().endsWith(".jar") ? location : null;
        } catch (ReflectiveOperationException | java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** The kernel's command line, with {@code {connection_file}} for Jupyter to fill in. */
    public List<String> argv() {
        List<String> argv = new ArrayList<>();
        argv.add(java.toString());
        if (agentJar != null) {
            argv.add("-javaagent:" + agentJar);
        } else {
            argv.add("-XX:+EnableDynamicAgentLoading");
            argv.add("-Djdk.attach.allowAttachSelf=true");
        }
        argv.addAll(List.of("--add-opens", "java.base/java.lang=ALL-UNNAMED", "--enable-native-access=ALL-UNNAMED",
                "-XX:+UseSerialGC", "-Xshare:auto", "-Djava.awt.headless=true"));
        argv.add("-cp");
        argv.add(String.join(File.pathSeparator, classPath.stream().map(Path::toString).toList()));
        argv.addAll(List.of(MAIN, "start", "{connection_file}"));
        return argv;
    }

    /** {@code kernel.json}. */
    public ObjectNode json() {
        ObjectNode spec = Json.object();
        ArrayNode args = spec.putArray("argv");
        argv().forEach(args::add);
        spec.put("display_name", displayName);
        spec.put("language", "java");
        spec.put("interrupt_mode", "message");
        spec.putObject("env");
        spec.putObject("metadata").put("debugger", false);
        return spec;
    }

    /** Writes the spec into {@code directory} (created; files in it replaced). */
    public void writeTo(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("kernel.json"),
                Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json()) + "\n");
        Logo.write(directory.resolve("logo-32x32.png"), 32);
        Logo.write(directory.resolve("logo-64x64.png"), 64);
    }
}
