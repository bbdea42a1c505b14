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
 * The same cells — code, a declared method, {@code NAME?} and {@code NAME??}, magics, commands,
 * IPython's history variables ({@code Out[N]}, {@code _N}, {@code _iN}), a list too long to show
 * whole, a notice, errors —
 * typed at the terminal, piped into {@code jawait}, sent to the Jupyter kernel and typed into
 * {@code Jawait.embed()} give the same results, because the session decides them all and the
 * front ends only show them. Each front end's transcript (what it shows besides prompts and the
 * echo of the cells) must equal the one below.
 */
class FrontEndParityIT {
    private static final String OPENED = """
            int opened = await CompletableFuture.completedFuture(7);
            System.out.println("opened " + opened);
            """;

    private static final List<String> FIRST_CELLS = List.of(
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

    private static final List<String> LAST_CELLS = List.of(
            "Out[2] + _4.length()",
            "_i7",
            "IntStream.range(0, 100_000).boxed().toList()",
            "%config cache_size",
            "class Q { int x = 1; }",
            "Q q = new Q();",
            "class Q { int x = 1; int y = 2; }",
            // errors last: the terminal shows them where they happen, the others on their error stream
            "record Pt(int x) {}",
            "Pt pt = null;",
            "pt.x()",
            "int depth(int n) { return depth(n + 1) + 1; }",
            "depth(0)");

    /** The cells, with {@code /open} of a file that awaits and {@code /list} (the snippets as typed, numbered as in JShell). */
    private List<String> cells() throws IOException {
        Path opened = Files.writeString(dir.resolve("opened.jsh"), OPENED);
        List<String> cells = new ArrayList<>(FIRST_CELLS);
        cells.addAll(List.of("/open " + opened, "/list"));
        cells.addAll(LAST_CELLS);
        return cells;
    }

    private static final String TRANSCRIPT = """
            Out[2]: 42
            int twice(int x)
            int twice(int x)

            Source:
            int twice(int x) { return 2 * x; }
            Out[4]: "x"
            |    String s = "jawait"
            %time CODE   /   %%time (first line of a cell)
            Runs the code once and shows the time its execution took, then the code's value. The
            code may await: `%time await sleep(200)` is timed until the awaited result.
              Wall time  from the start of the code to its end, compilation left out
              CPU times  the CPU time the JVM's Java threads used meanwhile: the cell's thread, the
                         carriers of its virtual threads (a virtual thread has no CPU clock of its
                         own) and the pools its awaited work ran on; not the JIT compiler, the
                         garbage collector or javac. A cell that sleeps or waits uses about none.
              Compiler   the time spent compiling, shown when it is over 0.1 s (as IPython).
            Object `nosuch` not found.
            jawait autoawait is `on`, and set to use `virtual`
            |    int twice(int)
            opened 7
               1 : int twice(int x) { return 2 * x; }
               2 : twice(21)
               3 : await CompletableFuture.completedFuture("x")
               4 : var s = "jawait";
               5 : int opened = await CompletableFuture.completedFuture(7);
               6 : System.out.println("opened " + opened);
            Out[7]: 43
            Out[8]: "Out[2] + _4.length()"
            Out[9]: LONG_LIST
            cache_size=1000
            q was reset to null: Q changed
            """.replace("LONG_LIST", longListText());

    /** A 100,000-element list as every front end shows it: its start, cut at 1,000 characters, and its size. */
    private static String longListText() {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; text.length() < 1000; i++) {
            text.append(i == 0 ? "" : ", ").append(i);
        }
        return text.append(", …] (100000 elements)").toString();
    }

    /** What the error stream shows of the last cells (the terminal shows it after the transcript). */
    private static final String ERRORS = """
            java.lang.NullPointerException: Cannot invoke "Pt.x()" because "pt" is null
                at In[16], line 1
            java.lang.StackOverflowError
                at depth (In[17], line 1)
                ... N more calls of depth (In[17], line 1)
            """;

    @TempDir
    Path dir;

    @Test
    void pipedInput() throws Exception {
        Output piped = run(List.of(TerminalSession.LAUNCHER.toString()), String.join("\n", cells()) + "\n", Map.of());
        assertEquals(TRANSCRIPT, piped.out(), piped.err());
        assertEquals(ERRORS, errorsShown(piped.err()));
    }

    @Test
    void embedInAProgram() throws Exception {
        Path program = Files.writeString(dir.resolve("Embedding.java"),
                "public class Embedding { public static void main(String[] args) { dev.jawait.repl.Jawait.embed(); } }\n");
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        command.addAll(List.of("@" + Path.of("target", "jvm.options").toAbsolutePath(),
                "-cp", System.getProperty("java.class.path"), program.toString()));
        Output embedded = run(command, String.join("\n", cells()) + "\n", Map.of());
        assertEquals(TRANSCRIPT, embedded.out(), embedded.err());
        assertEquals(ERRORS, errorsShown(embedded.err()));
    }

    @Test
    void jupyterKernel() throws Exception {
        Output install = run(List.of(TerminalSession.LAUNCHER.toString(), "kernel", "install", "--prefix",
                dir.resolve("jupyter").toString()), "", Map.of());
        assertEquals(0, install.status(), install.err());
        Path cells = Files.writeString(dir.resolve("cells.json"), cells().stream()
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
        assertEquals(ERRORS, errorsShown(kernel.err()));
    }

    @Test
    void terminal() throws Exception {
        try (TerminalSession terminal = TerminalSession.jawait()) {
            int prompts = 1;
            for (String cell : cells()) {
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
            assertEquals(TRANSCRIPT + ERRORS, frameCounts(String.join("\n", lines) + "\n"), shown);
        }
    }

    /**
     * What an error stream shows of the cells: without the launcher's notes (a first run builds
     * and prepares caches) and the kernel's log, and with the count of a collapsed recursion as
     * {@code N} (how many frames of it the JVM's trace holds depends on where the stack overflowed:
     * a runner's or a stop check's frames may be at the top, whatever the front end).
     */
    private static String errorsShown(String stream) {
        return frameCounts(stream.lines()
                .filter(line -> !line.startsWith("[jawait-kernel ") && !line.startsWith("jawait: building")
                        && !line.startsWith("jawait: preparing"))
                .map(line -> line + "\n").collect(Collectors.joining()));
    }

    private static String frameCounts(String text) {
        return text.replaceAll("\\.\\.\\. \\d+ more calls of", "... N more calls of");
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
