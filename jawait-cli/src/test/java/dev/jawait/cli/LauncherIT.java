package dev.jawait.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code ./jawait} launcher as a new user runs it, after the build has packaged jawait. */
class LauncherIT {
    private static LauncherRun run(String stdin, Map<String, String> env, String... args) throws Exception {
        return LauncherRun.of(stdin, env, args);
    }

    private static final Path LAUNCHER = Path.of("..", "jawait").toAbsolutePath().normalize();

    private static List<String> command(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        return command;
    }

    @Test
    void thePipedReplAnswersLikeTheReadmeSays() throws Exception {
        LauncherRun run = run("var f = CompletableFuture.supplyAsync(() -> 21 * 2);\nawait f\n", Map.of());
        assertEquals("Out[2]: 42\n", run.out(), run.err());
        assertEquals(0, run.status());
    }

    @Test
    void aScriptRunsInModuleMode(@TempDir Path dir) throws Exception {
        Path ok = Files.writeString(dir.resolve("ok.jsh"), "var x = await CompletableFuture.completedFuture(41);\nSystem.out.println(x + 1);\nx\n");
        LauncherRun fine = run("", Map.of(), "run", ok.toString());
        assertEquals("42\n", fine.out(), "module mode prints only what the script prints");
        assertEquals(0, fine.status());
        Path failing = Files.writeString(dir.resolve("bad.jsh"), "int a = 1;\nthrow new IllegalStateException(\"nope\");\n");
        LauncherRun bad = run("", Map.of(), "run", failing.toString());
        assertEquals(1, bad.status());
        assertTrue(bad.err().contains("bad.jsh, line 2"), bad.err());
        Path exiting = Files.writeString(dir.resolve("exit.jsh"), "System.exit(7);\n");
        assertEquals(7, run("", Map.of(), "run", exiting.toString()).status());
    }

    @Test
    void sigintStopsTheRunningCellAndThePipeGoesOn() throws Exception {
        Process process = new ProcessBuilder(command()).start();
        CompletableFuture<Void> started = new CompletableFuture<>();
        StringBuilder printed = new StringBuilder();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> {
            try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    printed.append(line).append('\n');
                    if (line.equals("started")) {
                        started.complete(null);
                    }
                }
            } catch (IOException e) {
                printed.append(e);
            }
            started.complete(null);
            return printed.toString();
        });
        CompletableFuture<String> err = LauncherRun.readAll(process.getErrorStream());
        OutputStream in = process.getOutputStream();
        // the marker and the wait are one cell: the SIGINT that follows the marker finds that cell running
        in.write("System.out.println(\"started\"); await new CompletableFuture<String>()\n\"after\"\n".getBytes(StandardCharsets.UTF_8));
        in.flush();
        started.get(120, TimeUnit.SECONDS);
        new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
        in.close();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertTrue(out.get().contains("started") && out.get().contains("Out[2]: \"after\""), out.get() + err.get());
        assertTrue(err.get().contains("Interrupted"), err.get());
        assertEquals(1, process.exitValue(), "an interrupted cell counts as failed");
    }

    @Test
    void laterSigintsSayWhatACellThatCannotStopWaitsForThenAbandonIt() throws Exception {
        Process process = new ProcessBuilder(command()).start();
        Lines out = new Lines(process.getInputStream());
        Lines err = new Lines(process.getErrorStream());
        OutputStream in = process.getOutputStream();
        in.write((TerminalReplIT.HOLD_A_MONITOR + "\n" + TerminalReplIT.ENTER_THE_MONITOR + "\n\"after\"\n")
                .getBytes(StandardCharsets.UTF_8));
        in.flush();
        out.await("entering");
        interrupt(process);
        // a second SIGINT right behind the first can reach the JVM as one (signals do not queue):
        // send again, as a person pressing Ctrl-C would, until the second one has been seen
        for (int sent = 0; sent < 10; sent++) {
            interrupt(process);
            if (err.shows("Interrupt again to abandon it", 3)) {
                break;
            }
        }
        String waits = err.await("Interrupt again to abandon it");
        assertTrue(waits.contains("The cell has not stopped yet: it is blocked entering a synchronized block (In[2], line 1)"),
                waits);
        interrupt(process);
        out.await("Abandoned the cell: the session goes on.");
        out.await("Out[3]: \"after\"");
        in.close();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertTrue(out.all().lines().noneMatch(l -> l.equals("zombie")), out.all());
        assertTrue(err.all().contains("Interrupted"), err.all());
        assertEquals(1, process.exitValue(), "an interrupted cell counts as failed");
    }

    private static void interrupt(Process process) throws Exception {
        new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
    }

    /** The lines a stream gives, as they come; {@link #await} waits for one. Thread-safe. */
    private static final class Lines {
        private final StringBuilder text = new StringBuilder();
        private boolean ended;

        Lines(InputStream stream) {
            Thread.ofVirtual().start(() -> {
                try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(stream, StandardCharsets.UTF_8))) {
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        append(line + "\n");
                    }
                } catch (IOException e) {
                    append(e + "\n");
                }
                synchronized (this) {
                    ended = true;
                    notifyAll();
                }
            });
        }

        private synchronized void append(String line) {
            text.append(line);
            notifyAll();
        }

        /** The first line that contains {@code part}, once it has come. */
        synchronized String await(String part) throws InterruptedException {
            while (true) {
                String line = text.toString().lines().filter(l -> l.contains(part)).findFirst().orElse(null);
                if (line != null) {
                    return line;
                }
                assertTrue(!ended, () -> "never printed: " + part + "\n" + text);
                wait();
            }
        }

        /** Whether a line containing {@code part} comes within {@code seconds}. */
        synchronized boolean shows(String part, int seconds) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (text.toString().lines().noneMatch(l -> l.contains(part))) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || ended) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            return true;
        }

        synchronized String all() {
            return text.toString();
        }
    }

    @Test
    void badOptionsAndAMissingJdkAreClearErrors() throws Exception {
        LauncherRun unknownRunner = run("", Map.of(), "--runner", "nope");
        assertEquals(2, unknownRunner.status());
        assertTrue(unknownRunner.err().contains("Unknown runner `nope`"), unknownRunner.err());
        LauncherRun noJdk = run("", Map.of("JAVA_HOME", "", "PATH", "/usr/bin:/bin", "JAWAIT_JDK_DIRS", "/nonexistent"), "--version");
        assertEquals(3, noJdk.status());
        assertTrue(noJdk.err().contains("needs a JDK 25 or newer"), noJdk.err());
    }

    private static final String NURSERY = """
            import java.util.concurrent.StructuredTaskScope;
            try (var scope = StructuredTaskScope.open()) {
                var child1 = scope.fork(() -> { await sleep(100); return "child1 done"; });
                var child2 = scope.fork(() -> { await sleep(50); return "child2 done"; });
                scope.join();
                System.out.println(child1.get() + ", " + child2.get());
            }
            """;

    @Test
    void previewFeaturesRunTheAutoawaitDocsNurseryWithAwaitInsideForkedTasks(@TempDir Path dir) throws Exception {
        LauncherRun piped = run(NURSERY, Map.of(), "--enable-preview");
        assertEquals("child1 done, child2 done\n", piped.out(), piped.err());
        Path script = Files.writeString(dir.resolve("nursery.jsh"), "//PREVIEW\n" + NURSERY);
        LauncherRun scriptRun = run("", Map.of(), "run", script.toString());
        assertEquals(0, scriptRun.status(), scriptRun.err());
        assertEquals("child1 done, child2 done\n", scriptRun.out(), scriptRun.err());
        LauncherRun without = run(NURSERY, Map.of());
        assertTrue(without.err().contains("is a preview API and is disabled by default")
                && without.err().contains("--enable-preview"), without.err());
    }

    @Test
    void aKernelInstalledWithPreviewStartsItsJvmAndSessionWithIt(@TempDir Path dir) throws Exception {
        LauncherRun install = run("", Map.of(), "kernel", "install", "--prefix", dir.toString(), "--enable-preview", "-J-Xss2m");
        assertEquals(0, install.status(), install.err());
        try (var files = Files.walk(dir)) {
            Path spec = files.filter(f -> f.getFileName().toString().equals("kernel.json")).findFirst().orElseThrow();
            var argv = new com.fasterxml.jackson.databind.ObjectMapper().readTree(spec.toFile()).get("argv");
            List<String> args = new java.util.ArrayList<>();
            argv.forEach(arg -> args.add(arg.asText()));
            int classPath = args.indexOf("-cp");
            assertTrue(args.subList(0, classPath).containsAll(List.of("--enable-preview", "-Xss2m")), args::toString);
            assertTrue(args.subList(classPath, args.size()).contains("--enable-preview"), args::toString);
        }
    }

    @Test
    void startupScriptsAndTheStartupFolderRunBeforeTheFirstCell(@TempDir Path dir) throws Exception {
        Path home = dir.resolve("home");
        Files.createDirectories(home.resolve("startup"));
        Files.writeString(home.resolve("startup/00-greeting.jsh"), "String greet(String who) { return \"hello \" + who; }\n");
        LauncherRun piped = run("println(greet(\"jawait\"))\n", Map.of("JAWAIT_HOME", home.toString()),
                "--startup", "DEFAULT", "--startup", "PRINTING");
        assertEquals("hello jawait\n", piped.out(), piped.err());
    }
}
