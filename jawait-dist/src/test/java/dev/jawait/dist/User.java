package dev.jawait.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A new user of an unpacked release archive: a fresh, empty {@code HOME} under {@code dir}, and a
 * {@code PATH} of the few commands a shell script needs (no Maven; {@code java} only when asked
 * for, and then the machine's default one, a JDK 17), nothing else from the test's environment.
 *
 * @param dir  the test's directory, holding the home and the unpacked archive
 * @param root the unpacked archive ({@code jawait-VERSION/})
 * @param home the user's {@code HOME}
 * @param path the user's {@code PATH} (one directory of links)
 * @param extra further environment variables
 */
record User(Path dir, Path root, Path home, Path path, Map<String, String> extra) {
    private static final List<String> TOOLS = List.of("bash", "env", "dirname", "readlink", "cksum", "cut", "mkdir",
            "sed", "head", "grep", "rm", "mv", "touch", "timeout", "script", "stty", "cat", "printf");

    User(Path dir, Path root, List<String> moreTools, Map<String, String> extra) throws IOException {
        this(dir, root, Files.createDirectories(dir.resolve("home")), Files.createDirectories(dir.resolve("path")), extra);
        for (String tool : concat(TOOLS, moreTools)) {
            Path target = Path.of("/usr/bin", tool);
            if (Files.exists(target)) {
                Files.createSymbolicLink(path.resolve(tool), target);
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Unpacks {@code archive} (.tar.gz or .zip) into {@code dir/unpacked}, makes it read-only, and returns its root. */
    static Path unpack(Path archive, Path dir) throws Exception {
        assertTrue(Files.isRegularFile(archive), archive + " was not built");
        Path into = Files.createDirectories(dir.resolve("unpacked"));
        List<String> command = archive.toString().endsWith(".zip")
                ? List.of("unzip", "-q", archive.toString(), "-d", into.toString())
                : List.of("tar", "-xzf", archive.toString(), "-C", into.toString());
        assertEquals(0, new ProcessBuilder(command).inheritIO().start().waitFor());
        assertEquals(0, new ProcessBuilder("chmod", "-R", "a-w", into.toString()).inheritIO().start().waitFor());
        try (var entries = Files.list(into)) {
            return entries.findFirst().orElseThrow();
        }
    }

    /** {@code bin/jawait ARGS} with {@code stdin} piped in. */
    Run run(String stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(root.resolve("bin/jawait").toString()));
        command.addAll(List.of(args));
        return Run.of(command, stdin, environment());
    }

    /** {@code /usr/bin/python3 script} with the Jupyter paths under {@code prefix}. */
    Run jupyter(Path prefix, Path script) throws Exception {
        Map<String, String> env = environment();
        env.put("JUPYTER_PATH", prefix.resolve("share/jupyter").toString());
        env.put("JUPYTER_DATA_DIR", dir.resolve("jupyter-data").toString());
        env.put("JUPYTER_CONFIG_DIR", dir.resolve("jupyter-config").toString());
        env.put("JUPYTER_RUNTIME_DIR", Files.createDirectories(dir.resolve("jupyter-runtime")).toString());
        return Run.of(List.of("/usr/bin/python3", script.toString()), "", env);
    }

    private Map<String, String> environment() {
        Map<String, String> env = new java.util.HashMap<>(extra);
        env.put("HOME", home.toString());
        env.put("PATH", path.toString());
        env.put("LANG", "C.UTF-8");
        return env;
    }

    /** One finished process: its exit status and everything it printed on each stream. */
    record Run(int status, String out, String err) {
        static Run of(List<String> command, String stdin, Map<String, String> env) throws Exception {
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().clear();
            builder.environment().putAll(env);
            Process process = builder.start();
            CompletableFuture<String> out = readAll(process.getInputStream());
            CompletableFuture<String> err = readAll(process.getErrorStream());
            try (OutputStream in = process.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            if (!process.waitFor(300, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command + " did not finish");
            }
            return new Run(process.exitValue(), out.get(), err.get());
        }

        private static CompletableFuture<String> readAll(InputStream stream) {
            return CompletableFuture.supplyAsync(() -> {
                try {
                    return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    return e.toString();
                }
            });
        }
    }
}
