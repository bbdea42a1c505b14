package dev.jawait.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same cells — code, a declared method, {@code NAME?} and {@code NAME??}, magics, commands —
 * typed at the terminal, piped into {@code jawait}, sent to the Jupyter kernel and typed into
 * {@code Jawait.embed()} give the same results, because the session decides them all and the
 * front ends only show them. Each front end's transcript (what it shows besides prompts and the
 * echo of the cells) must equal the one below.
 */
class FrontEndParityIT {
    private static final List<String> CELLS = List.of(
            "int twice(int x) { return 2 * x; }",
            "twice(21)",
            "twice?",
            "twice??",
            "%autoawait virtual",
            "await CompletableFuture.completedFuture(\"x\")",
            "var s = \"jawait\";",
            "/vars",
            "%time?",
            "nosuch?",
            "%autoawait",
            "/methods");

    private static final String TRANSCRIPT = """
            Out[2]: 42
            int twice(int x)
            int twice(int x)

            Source:
            int twice(int x) { return 2 * x; }
            Out[4]: "x"
            |    String s = "jawait"
            %time CODE   /   %%time (first line of a cell)
            Runs the code once and shows the CPU time of the process and the wall time it took,
            then the code's value. The code may await: `%time await sleep(200)`.
            Object `nosuch` not found.
            jawait autoawait is `on`, and set to use `virtual`
            |    int twice(int)
            """;

    @TempDir
    Path dir;

    @Test
    void pipedInput() throws Exception {
        Output piped = run(List.of(TerminalSession.LAUNCHER.toString()), String.join("\n", CELLS) + "\n", Map.of());
        assertEquals(TRANSCRIPT, piped.out(), piped.err());
        assertEquals("", piped.err());
    }

    @Test
    void embedInAProgram() throws Exception {
        Path program = Files.writeString(dir.resolve("Embedding.java"),
                "public class Embedding { public static void main(String[] args) { dev.jawait.repl.Jawait.embed(); } }\n");
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        command.addAll(List.of("@" + Path.of("target", "jvm.options").toAbsolutePath(),
                "-cp", System.getProperty("java.class.path"), program.toString()));
        Output embedded = run(command, String.join("\n", CELLS) + "\n", Map.of());
        assertEquals(TRANSCRIPT, embedded.out(), embedded.err());
    }

    @Test
    void jupyterKernel() throws Exception {
        Output install = run(List.of(TerminalSession.LAUNCHER.toString(), "kernel", "install", "--prefix",
                dir.resolve("jupyter").toString()), "", Map.of());
        assertEquals(0, install.status(), install.err());
        Path cells = Files.writeString(dir.resolve("cells.json"), CELLS.stream()
                .map(cell -> "\"" + cell.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(", ", "[", "]")));
        Path script = Path.of("src", "test", "python", "kernel_transcript.py").toAbsolutePath();
        Output kernel = run(List.of("/usr/bin/python3", script.toString(), cells.toString()), "", Map.of(
                "JUPYTER_PATH", dir.resolve("jupyter/share/jupyter").toString(),
                "JUPYTER_RUNTIME_DIR", Files.createDirectories(dir.resolve("runtime")).toString(),
                "JUPYTER_DATA_DIR", dir.resolve("data").toString(),
                "JUPYTER_CONFIG_DIR", dir.resolve("config").toString()));
        assertEquals(0, kernel.status(), kernel.err());
        assertEquals(TRANSCRIPT, kernel.out(), kernel.err());
    }

    @Test
    void terminal() throws Exception {
        try (TerminalSession terminal = TerminalSession.jawait()) {
            int prompts = 1;
            for (String cell : CELLS) {
                terminal.type(cell);
                terminal.key("Enter");
                terminal.waitForPrompts(++prompts, "the prompt after " + cell);
            }
            String shown = terminal.history();
            List<String> lines = shown.lines().dropWhile(l -> !l.startsWith("In [1]:"))
                    .filter(l -> !l.startsWith("In ["))
                    .collect(Collectors.toCollection(ArrayList::new));
            while (!lines.isEmpty() && lines.getLast().isBlank()) {
                lines.removeLast();
            }
            assertEquals(TRANSCRIPT, String.join("\n", lines) + "\n", shown);
        }
    }

    private record Output(int status, String out, String err) {}

    private static Output run(List<String> command, String input, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("JAWAIT_HISTORY", ":memory:");
        builder.environment().putAll(environment);
        Process process = builder.start();
        CompletableFuture<String> out = read(process.getInputStream());
        CompletableFuture<String> err = read(process.getErrorStream());
        process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        assertTrue(process.waitFor(300, TimeUnit.SECONDS), () -> command + " did not finish");
        return new Output(process.exitValue(), out.get(), err.get());
    }

    private static CompletableFuture<String> read(java.io.InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return e.toString();
            }
        });
    }
}
