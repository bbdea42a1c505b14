package dev.jawait.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A program in a real pseudo-terminal (a tmux server of its own), driven as a person would:
 * keystrokes in, the screen out. Waits are for what the screen shows, never for a fixed time.
 *
 * <p>Not thread-safe; one per test.
 */
final class TerminalSession implements AutoCloseable {
    static final Path LAUNCHER = Path.of("..", "jawait").toAbsolutePath().normalize();
    private static final AtomicInteger SESSIONS = new AtomicInteger();
    // a server per session: a new one under the name of one just killed may find it still exiting
    private final String socket = "jawait-it-" + ProcessHandle.current().pid() + "-" + SESSIONS.incrementAndGet();

    /** Starts {@code command} in a 120×40 terminal (history in a file of its own), waiting for {@code ready}. */
    static TerminalSession start(String command, String ready) throws Exception {
        TerminalSession session = new TerminalSession();
        String history = Files.createTempDirectory("jawait-it").resolve("history.sqlite").toString();
        String started = session.tmux("new-session", "-d", "-s", "repl", "-x", "120", "-y", "40",
                "JAWAIT_HISTORY=" + history + " " + command + " 2>&1; echo JAWAIT-EXITED; sleep 30");
        assertTrue(started.isBlank(), "tmux could not start a session: " + started);
        session.waitFor(s -> s.contains(ready), "the program to start (" + ready + ")");
        return session;
    }

    /** Starts the jawait REPL and waits for its first prompt. */
    static TerminalSession jawait() throws Exception {
        return start(LAUNCHER.toString(), "In [1]:");
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
    void type(String text) throws Exception {
        buffer("keys", text, false);
    }

    /** Pastes text as a terminal does when the application asked for bracketed paste. */
    void paste(String text) throws Exception {
        buffer("paste", text, true);
    }

    private void buffer(String name, String text, boolean bracketed) throws Exception {
        Path file = Files.createTempFile("jawait-" + name, ".txt");
        Files.writeString(file, text);
        tmux("load-buffer", "-b", name, file.toString());
        if (bracketed) {
            tmux("paste-buffer", "-p", "-b", name, "-d", "-t", "repl");
        } else {
            tmux("paste-buffer", "-b", name, "-d", "-t", "repl");
        }
        Files.delete(file);
    }

    void key(String key) throws Exception {
        tmux("send-keys", "-t", "repl", key);
    }

    /** What the terminal shows now. */
    String screen() throws Exception {
        return tmux("capture-pane", "-t", "repl", "-p");
    }

    /** What the terminal shows now, with its colours as escape sequences. */
    String colouredScreen() throws Exception {
        return tmux("capture-pane", "-t", "repl", "-p", "-e");
    }

    /** Everything the terminal showed, scrolled-off lines included, wrapped lines joined. */
    String history() throws Exception {
        return tmux("capture-pane", "-t", "repl", "-p", "-J", "-S", "-");
    }

    /** Waits until the screen satisfies {@code condition} (checked every 100 ms, for up to a minute). */
    String waitFor(Predicate<String> condition, String what) throws Exception {
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

    /** Whether the screen comes to satisfy {@code condition} within {@code seconds} (checked every 100 ms). */
    boolean shows(Predicate<String> condition, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.test(screen())) {
            if (System.nanoTime() >= deadline) {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }

    /** Waits until {@code n} prompts ({@code In [N]:} lines) have been shown, scrolled-off ones included. */
    String waitForPrompts(int n, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String shown = history();
        while (prompts(shown) < n && System.nanoTime() < deadline) {
            Thread.sleep(100);
            shown = history();
        }
        String last = shown;
        assertTrue(prompts(shown) >= n, () -> "waiting for " + what + ", the terminal shows:\n" + last);
        return shown;
    }

    private static long prompts(String shown) {
        return shown.lines().filter(l -> l.startsWith("In [")).count();
    }

    static long count(String screen, String text) {
        return screen.lines().filter(l -> l.contains(text)).count();
    }

    @Override
    public void close() throws Exception {
        tmux("kill-server");
    }
}
