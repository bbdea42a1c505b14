package dev.jawait.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One run of the real launcher ({@code ./jawait ARGS}) with {@code stdin} piped in: its exit status
 * and everything it printed on each stream.
 */
record LauncherRun(int status, String out, String err) {

    static LauncherRun of(String stdin, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(TerminalSession.LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(env);
        Process process = builder.start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        CompletableFuture<String> out = readAll(process.getInputStream());
        CompletableFuture<String> err = readAll(process.getErrorStream());
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "jawait did not finish");
        return new LauncherRun(process.exitValue(), out.get(), err.get());
    }

    /** Everything {@code stream} gives until it ends, read on another thread. */
    static CompletableFuture<String> readAll(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return e.toString();
            }
        });
    }
}
