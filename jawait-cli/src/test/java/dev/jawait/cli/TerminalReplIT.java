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
 * continuation of an incomplete cell, Ctrl-C at the prompt and during a cell, Ctrl-D.
 */
class TerminalReplIT {
    private static final Path LAUNCHER = Path.of("..", "jawait").toAbsolutePath().normalize();
    private final String socket = "jawait-it-" + ProcessHandle.current().pid();

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
