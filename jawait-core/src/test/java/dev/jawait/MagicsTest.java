package dev.jawait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in magics, as a user types them, including on code that awaits. */
class MagicsTest extends SessionFixture {
    private static final Pattern CPU = Pattern.compile(
            "CPU times: user [\\d.]+ (ns|µs|ms|s), sys: [\\d.]+ (ns|µs|ms|s), total: [\\d.]+ (ns|µs|ms|s)");
    private static final Pattern WALL_MS = Pattern.compile("Wall time: ([\\d.]+) ms");
    private static final Pattern TIMEIT = Pattern.compile(
            "[\\d.]+ (ns|µs|ms|s) ± [\\d.]+ (ns|µs|ms|s) per loop \\(mean ± std\\. dev\\. of (\\d+) runs?, ([\\d,]+) loops? each\\)");

    @TempDir
    Path dir;

    @Test
    void aMagicWaitingOnSomethingIsStoppedByAnInterruptAndLeavesNoInterruptBehind() throws Exception {
        java.util.concurrent.CountDownLatch waiting = new java.util.concurrent.CountDownLatch(1);
        Session blocking = Session.builder().runner("sync").build();
        blocking.magics().register("block", (dev.jawait.magic.LineMagic) (context, args) -> {
            waiting.countDown();
            try {
                new java.util.concurrent.CountDownLatch(1).await(); // a download that never ends
            } catch (InterruptedException e) {
                throw new dev.jawait.magic.MagicInterruptedException("Interrupted: gave up waiting.");
            }
            return dev.jawait.magic.MagicResult.show("unreachable");
        }, "%block: waits forever");
        java.util.concurrent.ExecutorService oneThread = java.util.concurrent.Executors.newSingleThreadExecutor();
        try (blocking) {
            var cell = java.util.concurrent.CompletableFuture.supplyAsync(() -> blocking.execute("%block"), oneThread);
            assertTrue(waiting.await(10, java.util.concurrent.TimeUnit.SECONDS));
            assertTrue(blocking.isRunning());
            blocking.interrupt();
            CellResult result = cell.get(10, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals(CellStatus.INTERRUPTED, result.status(), result::toString);
            assertEquals(List.of("Interrupted: gave up waiting."), result.notices());
            assertFalse(blocking.isRunning());
            // the same thread runs the next cell: it must not find an interrupt left over
            blocking.interrupt(); // nothing runs: no effect
            var next = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> Results.text(blocking.execute("Thread.currentThread().isInterrupted()")), oneThread);
            assertEquals("false", next.get(10, java.util.concurrent.TimeUnit.SECONDS));
        } finally {
            oneThread.shutdownNow();
        }
    }

    @Test
    void timeOfAnAwaitReportsCpuAndAboutTheWallTimeThenTheValue() {
        CellResult result = ok("%time await sleep(200)");
        assertTrue(result.notices().size() == 2 || result.notices().get(2).startsWith("Compiler : "),
                result.notices().toString());
        assertTrue(CPU.matcher(result.notices().get(0)).matches(), result.notices().get(0));
        Matcher wall = WALL_MS.matcher(result.notices().get(1));
        assertTrue(wall.matches(), result.notices().get(1));
        double ms = Double.parseDouble(wall.group(1));
        assertTrue(ms >= 195, "wall time of await sleep(200): " + ms + " ms (no upper bound: a loaded machine may take longer)");

        assertEquals("42", Results.text(ok("%time await CompletableFuture.completedFuture(42)")));
    }

    @Test
    void cellTimeCoversTheWholeCellWithItsAwaits() {
        CellResult result = ok("%%time\nint total = 0;\nfor (int i = 0; i < 3; i++) { await sleep(50); total += i; }\ntotal");
        assertEquals("3", Results.text(result));
        Matcher wall = WALL_MS.matcher(result.notices().get(1));
        assertTrue(wall.matches() && Double.parseDouble(wall.group(1)) >= 145, result.notices().toString());
    }

    @Test
    void timeitOfAnAwaitMatchesIPythonsFormat() {
        CellResult result = ok("%timeit await CompletableFuture.completedFuture(1)");
        String line = timeitLine(result);
        Matcher matcher = TIMEIT.matcher(line);
        assertTrue(matcher.matches(), line);
        assertEquals("7", matcher.group(3));
        long loops = Long.parseLong(matcher.group(4).replace(",", ""));
        assertTrue(Long.toString(loops).matches("10*"), "loops step 1, 10, 100, … as IPython's: " + loops);
        assertFalse(Results.hasValue(result), "%timeit displays no value");
    }

    @Test
    void timeitTakesLoopsAndRunsAndRunsTheCodeThatOften() {
        ok("int hits = 0;");
        String line = timeitLine(ok("%timeit -n 10 -r 3 hits++"));
        Matcher matcher = TIMEIT.matcher(line);
        assertTrue(matcher.matches(), line);
        assertEquals("3", matcher.group(3));
        assertEquals("10", matcher.group(4));
        assertEquals("30", value("hits"));
        assertTrue(TIMEIT.matcher(timeitLine(ok("%timeit -n1 -r1 1 + 1"))).matches(), "a bare expression");
        assertTrue(timeitLine(ok("%timeit -n1 -r1 1 + 1")).contains("1 run, 1 loop each"));
        assertTrue(TIMEIT.matcher(timeitLine(ok("%%timeit -n 5\nvar s = await sleep(1);\nint k = 2;"))).matches());
    }

    /** The summary line among %timeit's lines (a warning may come before it, compile time and loop overhead after). */
    private static String timeitLine(CellResult result) {
        return result.notices().stream().filter(line -> line.contains(" per loop (")).findFirst()
                .orElse(result.notices().toString());
    }

    @Test
    void timeitReportsTheCodesOwnErrors() {
        CellResult failed = session.execute("%timeit -n 1 -r 1 Integer.parseInt(\"x\")");
        assertEquals(CellStatus.FAILED, failed.status());
        assertTrue(failed.errorText().contains("NumberFormatException"), failed.errorText());
        assertTrue(session.execute("%timeit -n x 1").errorText().contains("-n needs a positive number"));
    }

    @Test
    void historyListsRangesNumbersOutputsAndSearches() {
        ok("int a = 1;");
        ok("a + 41");
        ok("String s = \"hi\";");
        assertEquals(List.of("int a = 1;", "a + 41", "String s = \"hi\";"), ok("%history").notices());
        assertEquals(List.of("   2: a + 41", "   3: String s = \"hi\";"), ok("%history -n 2-3").notices()); // as IPython
        assertEquals(List.of("a + 41", "42"), ok("%history -o 2").notices());
        List<String> found = ok("%history -g a + *").notices();
        assertEquals(List.of("   2: a + 41"), found);
        assertTrue(session.execute("%history 1-x").errorText().contains("cannot read the range"));
    }

    @Test
    void whoAndWhosListTheUsersVariables() {
        assertEquals(List.of("Interactive namespace is empty."), ok("%who").notices());
        ok("int b = 2;");
        ok("var greeting = \"hello\";");
        ok("1 + 1");
        assertEquals(List.of("b\tgreeting"), ok("%who").notices());
        List<String> table = ok("%whos").notices();
        assertTrue(table.get(0).startsWith("Variable") && table.get(0).contains("Type") && table.get(0).endsWith("Data/Info"), table.toString());
        assertTrue(table.get(2).matches("b\\s+int\\s+2"), table.toString());
        assertTrue(table.get(3).matches("greeting\\s+String\\s+\"hello\""), table.toString());
    }

    @Test
    void loadOffersTheFileAsTheNextInput() throws Exception {
        Path file = Files.writeString(dir.resolve("snippet.jsh"), "int loaded = 7;\n");
        assertEquals("// %load " + file + "\nint loaded = 7;", ok("%load " + file).nextInput().orElseThrow());
        assertTrue(ok("1 + 1").nextInput().isEmpty(), "offered once");
        assertTrue(session.execute("%load /no/such/file.jsh").errorText().contains("no such file"));
    }

    @Test
    void runExecutesAScriptInModuleModeWithTopLevelAwait() throws Exception {
        Path script = Files.writeString(dir.resolve("script.jsh"),
                "var v = await CompletableFuture.supplyAsync(() -> 6 * 7);\nSystem.out.println(\"from script \" + v);\nv\n");
        String out = stdoutOf(() -> {
            CellResult result = ok("%run " + script);
            assertFalse(Results.hasValue(result), "module mode displays nothing");
        });
        assertTrue(out.contains("from script 42"), out);
        assertEquals("42", value("v"));
        Path failing = Files.writeString(dir.resolve("fail.jsh"), "int ok = 1;\nthrow new IllegalStateException(\"bad\");\n");
        CellResult failed = session.execute("%run " + failing);
        assertEquals(CellStatus.FAILED, failed.status());
        assertTrue(failed.errorText().contains("fail.jsh"), failed.errorText());
    }

    @Test
    void filesThatAreNotTextSayWhatIsWrongWithThem() throws Exception {
        Path binary = Files.write(dir.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) 0xff, (byte) 0xfe, 0});
        String run = session.execute("%run " + binary).errorText();
        assertTrue(run.contains("image.png is not a UTF-8 text file"), run);
        String load = session.execute("%load " + dir).errorText();
        assertTrue(load.contains("is a directory, not a file"), load);
        assertTrue(session.execute("%run " + dir.resolve("missing.jsh")).errorText().contains("no such file"));
        IOException script = assertThrows(IOException.class, () -> session.runScript(binary));
        assertTrue(script.getMessage().contains("is not a UTF-8 text file"), script.getMessage());
        assertTrue(assertThrows(IOException.class, () -> session.runScript(dir)).getMessage().contains("is a directory"));
        assertEquals("2", value("1 + 1"), "the session goes on");
    }

    @Test
    void classpathAddsADirectoryToTheLiveSession() throws Exception {
        Path source = Files.createDirectories(dir.resolve("src/demo")).resolve("Hello.java");
        Files.writeString(source, "package demo; public class Hello { public String hi() { return \"hi from demo\"; } }");
        Path classes = Files.createDirectories(dir.resolve("classes"));
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), source.toString()));
        assertTrue(session.execute("new demo.Hello().hi()").status() == CellStatus.COMPILE_ERROR);
        assertEquals(List.of("Added to the class path: " + classes), ok("%classpath " + classes).notices());
        assertEquals("\"hi from demo\"", value("new demo.Hello().hi()"));
        assertTrue(session.execute("%classpath /no/such/dir").errorText().contains("no such file or directory"));
    }

    @Test
    void jarsAddsJarsByPathDirectoryAndGlob() throws Exception {
        Path source = Files.createDirectories(dir.resolve("jsrc/jdemo")).resolve("Jar.java");
        Files.writeString(source, "package jdemo; public class Jar { public String hi() { return \"hi from a jar\"; } }");
        Path classes = Files.createDirectories(dir.resolve("jclasses"));
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), source.toString()));
        Path lib = Files.createDirectories(dir.resolve("lib/nested"));
        Path jar = lib.resolve("demo.jar");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new java.util.jar.JarEntry("jdemo/Jar.class"));
            out.write(Files.readAllBytes(classes.resolve("jdemo/Jar.class")));
        }
        ok("%cd " + dir);
        assertEquals(List.of("Added to the class path: " + jar), ok("%jars lib/**.jar").notices());
        assertEquals("\"hi from a jar\"", value("new jdemo.Jar().hi()"));
        assertEquals(List.of("Added to the class path: " + jar), ok("%jars lib/nested").notices());
        assertTrue(session.execute("%jars lib/*.zip").errorText().contains("no jar matches lib/*.zip"));
        assertTrue(session.execute("%jars nothing.jar").errorText().contains("no such file or directory: nothing.jar"));
    }

    @Test
    void lsmagicAndHelp() {
        List<String> listing = ok("%lsmagic").notices();
        assertEquals("Available line magics:", listing.get(0));
        for (String name : List.of("%autoawait", "%time", "%timeit", "%history", "%who", "%whos", "%load", "%run",
                "%classpath", "%lsmagic", "%magic")) {
            assertTrue(listing.get(1).contains(name), name + " in " + listing);
        }
        assertTrue(listing.get(4).contains("%%time") && listing.get(4).contains("%%timeit"), listing.toString());
        assertTrue(ok("%magic time").notices().getFirst().startsWith("%time CODE"));
        assertTrue(ok("%time?").page().orElseThrow().startsWith("%time CODE"), "a magic's help is a page, as NAME? is");
        assertTrue(ok("%magic %%timeit").notices().getFirst().startsWith("%timeit"));
        assertTrue(ok("%magic").notices().size() > 20);
        assertTrue(session.execute("%magic nosuch").errorText().contains("Unknown magic %nosuch"));
    }

    @Test
    void anUnknownMagicNamesCloseMatches() {
        String error = session.execute("%tiem await sleep(1)").errorText();
        assertTrue(error.contains("Unknown magic %tiem") && error.contains("%time"), error);
    }

    @Test
    void magicArgumentsComplete() throws Exception {
        Files.writeString(dir.resolve("alpha.jsh"), "");
        String line = "%run " + dir + "/al";
        assertEquals(List.of("alpha.jsh"), session.complete(line, line.length()).candidates());
        assertEquals(line.length() - 2, session.complete(line, line.length()).anchor());
        assertEquals(List.of("loop"), session.complete("%autoawait lo", 13).candidates());
        ok("var f = CompletableFuture.completedFuture(1);");
        Completion code = session.complete("%time await f.isD", 17);
        assertTrue(code.candidates().contains("isDone()"), code.toString());
        assertEquals(14, code.anchor());
    }
}
