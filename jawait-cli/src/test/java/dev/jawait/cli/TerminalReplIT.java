package dev.jawait.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The interactive REPL in a real pseudo-terminal (tmux), as a person uses it: prompts,
 * continuation of an incomplete cell, Ctrl-C at the prompt and during a cell, Ctrl-D, and
 * {@code Jawait.embed()} opened (and nested) inside a running program.
 */
class TerminalReplIT {
    private static final Path LAUNCHER = Path.of("..", "jawait").toAbsolutePath().normalize();
    private static final java.util.concurrent.atomic.AtomicInteger SESSIONS = new java.util.concurrent.atomic.AtomicInteger();
    // a server per test: a new one under the name of one just killed may find it still exiting
    private final String socket = "jawait-it-" + ProcessHandle.current().pid() + "-" + SESSIONS.incrementAndGet();

    @AfterEach
    void killServer() throws Exception {
        tmux("kill-server");
    }

    private String tmux(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(10, TimeUnit.SECONDS);
        return output;
    }

    /** Types text as keystrokes (through a paste buffer, so tmux does not parse it). */
    private void type(String text) throws Exception {
        Path file = Files.createTempFile("jawait-keys", ".txt");
        Files.writeString(file, text);
        tmux("load-buffer", "-b", "keys", file.toString());
        tmux("paste-buffer", "-b", "keys", "-d", "-t", "repl");
        Files.delete(file);
    }

    /** Pastes text as a terminal does when the application asked for bracketed paste. */
    private void paste(String text) throws Exception {
        Path file = Files.createTempFile("jawait-paste", ".txt");
        Files.writeString(file, text);
        tmux("load-buffer", "-b", "paste", file.toString());
        tmux("paste-buffer", "-p", "-b", "paste", "-d", "-t", "repl");
        Files.delete(file);
    }

    private void key(String key) throws Exception {
        tmux("send-keys", "-t", "repl", key);
    }

    private String screen() throws Exception {
        return tmux("capture-pane", "-t", "repl", "-p");
    }

    private String waitFor(Predicate<String> condition, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String screen = screen();
        while (!condition.test(screen) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            screen = screen();
        }
        String shown = condition.test(screen) ? screen : screen + "\n[sessions] " + tmux("ls");
        assertTrue(condition.test(screen), () -> "waiting for " + what + ", the screen shows:\n" + shown);
        return screen;
    }

    private void start() throws Exception {
        start(LAUNCHER.toString());
    }

    /** Runs {@code command} in the pane with a history of its own, and waits for the first prompt. */
    private String start(String command) throws Exception {
        String history = Files.createTempDirectory("jawait-it").resolve("history.sqlite").toString();
        String started = tmux("new-session", "-d", "-s", "repl", "-x", "120", "-y", "40",
                "JAWAIT_HISTORY=" + history + " " + command + " 2>&1; echo JAWAIT-EXITED; sleep 30");
        assertTrue(started.isBlank(), "tmux could not start a session: " + started);
        return waitFor(s -> s.contains("In [1]:"), "the first prompt");
    }

    private static long count(String screen, String text) {
        return screen.lines().filter(l -> l.contains(text)).count();
    }

    @Test
    void multiLineForAwaitCompletionAfterAwaitAndPaste() throws Exception {
        start();
        type("var items = new SubmissionPublisher<Integer>();");
        key("Enter");
        waitFor(s -> s.contains("In [2]:"), "the second prompt");
        type("spawn(() -> { await sleep(2500); for (int i = 1; i <= 3; i++) items.submit(i); items.close(); });");
        key("Enter");
        waitFor(s -> s.contains("In [3]:"), "the third prompt");
        type("for await (var x : items) {");
        key("Enter");
        waitFor(s -> s.contains("   ...:"), "a continuation prompt");
        type("System.out.println(\"item \" + x);");
        key("Enter");
        type("}");
        key("Enter");
        waitFor(s -> s.contains("item 3") && s.contains("In [4]:"), "the loop over three items");

        type("var f = CompletableFuture.completedFuture(\"x\");");
        key("Enter");
        waitFor(s -> s.contains("In [5]:"), "the fifth prompt");
        type("await f.toCo");
        key("Tab");
        waitFor(s -> s.contains("In [5]: await f.toCompletableFuture()"), "the member completed after await f.");
        key("Enter");
        waitFor(s -> s.contains("Out[5]: \"x\""), "the completed call's value");

        paste("int p = 1;\nint q = 2;\np + q");
        waitFor(s -> s.contains("In [6]: int p = 1;"), "the pasted cell in the buffer");
        key("Enter");
        waitFor(s -> s.contains("Out[6]: 3") && s.contains("In [7]:"), "the pasted lines running as one cell");

        type("String.valueOf?");
        key("Enter");
        waitFor(s -> s.contains("String String.valueOf(") && s.contains("Returns the string representation"), "documentation");
        type("/vars");
        key("Enter");
        waitFor(s -> s.contains("|    int p = 1"), "/vars");
        type("exit");
        key("Enter");
        waitFor(s -> s.contains("JAWAIT-EXITED"), "exit leaving");
    }

    @Test
    void interruptsLeaveNoZombiesAndBackgroundOutputGoesAboveTheLine() throws Exception {
        start();
        type("await new CompletableFuture<String>()");
        key("Enter");
        Thread.sleep(800);
        key("C-c");
        waitFor(s -> s.contains("Interrupted") && s.contains("In [2]:"), "Ctrl-C stopping a pending await");

        type("await sleep(1500); System.out.println(\"zombie\");");
        key("Enter");
        Thread.sleep(500);
        key("C-c");
        waitFor(s -> count(s, "Interrupted") == 2 && s.contains("In [3]:"), "Ctrl-C stopping the sleep");

        type("spawn(() -> { await sleep(1500); System.out.println(\"background says hi\"); });");
        key("Enter");
        waitFor(s -> s.contains("In [4]:"), "the fourth prompt");
        type("int half");
        String screen = waitFor(s -> s.lines().anyMatch(l -> l.equals("background says hi")), "background output");
        List<String> lines = screen.lines().toList();
        int hi = lines.indexOf("background says hi");
        assertTrue(hi >= 0 && lines.subList(hi, lines.size()).stream().anyMatch(l -> l.startsWith("In [4]: int half")),
                "the output sits above the half-typed line:\n" + screen);
        type("way = 5;");
        key("Enter");
        waitFor(s -> s.contains("In [5]:"), "the half-typed line finished and run");
        type("halfway * 2");
        key("Enter");
        waitFor(s -> s.contains("Out[5]: 10"), "the variable from the edited line");
        Thread.sleep(1200);
        assertTrue(screen().lines().noneMatch(l -> l.equals("zombie")), "the interrupted cell never printed later:\n" + screen());
        key("C-d");
        waitFor(s -> s.contains("JAWAIT-EXITED"), "Ctrl-D exiting");
    }

    @Test
    void embedInARealTerminalRunsOnAVirtualThreadNestsAndReturnsToTheProgram() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        String first = start(java + " --enable-native-access=ALL-UNNAMED -cp '" + System.getProperty("java.class.path")
                + "' " + Path.of("..", "examples", "embed", "EmbedDemo.java").toAbsolutePath());
        assertTrue(first.contains("embedded"), "the embedded banner:\n" + first);
        type("answer + 1");
        key("Enter");
        waitFor(s -> s.contains("Out[1]: 43"), "a value bound by the program");
        type("%autoawait virtual");
        key("Enter");
        waitFor(s -> s.contains("In [3]:"), "the third prompt");
        type("await job");
        key("Enter");
        waitFor(s -> s.contains("Out[3]: \"done\""), "the program's own future, awaited");
        type("Thread.currentThread().isVirtual()");
        key("Enter");
        waitFor(s -> s.contains("Out[4]: true"), "the embedding virtual thread");
        type("dev.jawait.repl.Jawait.embed(java.util.Map.of(\"inner\", \"nested\"))");
        key("Enter");
        waitFor(s -> count(s, "embedded (Java") == 2 && count(s, "In [1]:") == 2, "the nested prompt");
        type("inner + \"!\"");
        key("Enter");
        waitFor(s -> s.contains("Out[1]: \"nested!\""), "the nested session's binding");
        key("C-d");
        waitFor(s -> s.contains("In [6]:"), "back at the outer prompt");
        type("answer * 2");
        key("Enter");
        waitFor(s -> s.contains("Out[6]: 84"), "the outer session, still alive");
        key("C-d");
        String end = waitFor(s -> s.contains("JAWAIT-EXITED"), "the program ending");
        assertTrue(end.contains("embed returned") && end.contains("program goes on: done"), end);
    }

    @Test
    void aPersonAtTheTerminal() throws Exception {
        String started = tmux("new-session", "-d", "-s", "repl", "-x", "120", "-y", "40",
                LAUNCHER + " 2>&1; echo JAWAIT-EXITED; sleep 30");
        assertTrue(started.isBlank(), "tmux could not start a session: " + started);
        waitFor(s -> s.contains("In [1]:"), "the first prompt");

        type("var f = CompletableFuture.supplyAsync(() -> 21 * 2);");
        key("Enter");
        waitFor(s -> s.contains("In [2]:"), "the second prompt");
        type("await f");
        key("Enter");
        waitFor(s -> s.contains("Out[2]: 42"), "the awaited value");

        type("for await (var x : new SubmissionPublisher<Integer>()) {");
        key("Enter");
        waitFor(s -> s.contains("   ...:"), "a continuation prompt for the open loop");
        key("C-c");
        waitFor(s -> s.lines().filter(l -> l.startsWith("In [3]:")).count() == 2, "Ctrl-C clearing the cell");

        type("while (true) { }");
        key("Enter");
        Thread.sleep(1000);
        key("C-c");
        waitFor(s -> s.contains("Interrupted") && s.contains("In [4]:"), "Ctrl-C stopping the loop");

        type("%autoawait");
        key("Enter");
        waitFor(s -> s.contains("jawait autoawait is `on`, and set to use `virtual`"), "the autoawait line");

        key("C-d");
        waitFor(s -> s.contains("JAWAIT-EXITED"), "Ctrl-D exiting");
    }
}
