package dev.jawait.kernel.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jawait.config.BuildInfo;
import dev.jawait.config.CommandLine;
import dev.jawait.config.SessionOptions;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A jawait kernelspec: {@code kernel.json} whose argv starts this JDK with the JVM options jawait
 * needs ({@link BuildInfo#jvmOptions()}, the launcher's too), this class path and the session
 * options given to {@code install}, its {@code env} the variables given with {@code --env}
 * (Jupyter sets them for the kernel process), plus the logos. Written into {@code <kernels dir>/<name>/}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param java      absolute path of the {@code java} executable (a JDK 25+)
 * @param aotCache  the launcher's JDK AOT cache to start with, or null
 * @param classPath absolute class path entries
 * @param sessionArguments session options for the kernel ({@code --runner=loop}, …)
 * @param environment the kernel's environment variables beyond Jupyter's own, in order
 */
public record KernelSpec(Path java, Path aotCache, List<Path> classPath, String displayName, List<String> sessionArguments,
                         Map<String, String> environment) {
    public KernelSpec {
        classPath = List.copyOf(classPath);
        sessionArguments = List.copyOf(sessionArguments);
        environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment));
    }

    /** A spec without environment variables. */
    public KernelSpec(Path java, Path aotCache, List<Path> classPath, String displayName, List<String> sessionArguments) {
        this(java, aotCache, classPath, displayName, sessionArguments, Map.of());
    }

    /** The main class the kernelspec starts. */
    public static final String MAIN = "dev.jawait.kernel.KernelCommand";

    /**
     * The spec for the JVM running now: its java, its class path, and the launcher's AOT cache
     * (system property {@code jawait.aot}) if it has one.
     */
    public static KernelSpec ofCurrentJvm(String displayName, List<String> sessionArguments) {
        return ofCurrentJvm(displayName, sessionArguments, Map.of());
    }

    /** {@link #ofCurrentJvm(String, List)} with environment variables for the kernel. */
    public static KernelSpec ofCurrentJvm(String displayName, List<String> sessionArguments, Map<String, String> environment) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java").toAbsolutePath();
        List<Path> classPath = Arrays.stream(System.getProperty("java.class.path", "").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank()).map(entry -> Path.of(entry).toAbsolutePath().normalize()).toList();
        String aot = System.getProperty("jawait.aot");
        Path aotCache = aot != null && Files.isRegularFile(Path.of(aot)) ? Path.of(aot).toAbsolutePath() : null;
        return new KernelSpec(java, aotCache, classPath, displayName, sessionArguments, environment);
    }

    /** The kernel's command line, with {@code {connection_file}} for Jupyter to fill in. */
    public List<String> argv() {
        List<String> argv = new ArrayList<>();
        argv.add(java.toString());
        argv.addAll(BuildInfo.jvmOptions()); // the launcher's, from the same source (the POM)
        List<String> asked = askedJvmOptions();
        argv.addAll(asked); // -J<flag>s, --enable-preview
        if (aotCache != null && !asked.contains("--enable-preview")) { // a preview JVM cannot use a cache trained without
            argv.addAll(List.of("-XX:AOTCache=" + aotCache, "-Xlog:aot=off", "-Xlog:cds=off"));
        }
        argv.add("-cp");
        argv.add(String.join(File.pathSeparator, classPath.stream().map(Path::toString).toList()));
        argv.addAll(List.of(MAIN, "start", "{connection_file}"));
        argv.addAll(sessionArguments);
        return argv;
    }

    /** The JVM options the session arguments ask for ({@code -J<flag>}, {@code --enable-preview}). */
    private List<String> askedJvmOptions() {
        SessionOptions options = SessionOptions.defaults();
        CommandLine line = new CommandLine(sessionArguments.toArray(String[]::new));
        while (line.hasNext()) {
            Optional<SessionOptions> accepted = options.accept(line);
            if (accepted.isPresent()) {
                options = accepted.get();
            } else {
                line.take();
            }
        }
        return options.jvmOptions();
    }

    /** {@code kernel.json}. */
    public ObjectNode json() {
        ObjectNode spec = Json.object();
        ArrayNode args = spec.putArray("argv");
        argv().forEach(args::add);
        spec.put("display_name", displayName);
        spec.put("language", "java");
        spec.put("interrupt_mode", "message");
        ObjectNode env = spec.putObject("env");
        environment.forEach(env::put);
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
