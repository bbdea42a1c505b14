package dev.jawait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JShell's commands in a real session: names, arguments and output as JShell's. */
class CommandsTest extends SessionFixture {
    @TempDir
    Path dir;

    private String failure(String input) {
        return assertInstanceOf(CellResult.Failed.class, session.execute(input), input).traceback();
    }

    @Test
    void listShowsWhatWasTypedOneSnippetAtATime() {
        ok("int x = 3;");
        ok("int y = 4; int z = 5;");
        ok("var f = CompletableFuture.completedFuture(2);");
        value("await f");
        ok("void m() {\n    int a = 1;\n}");
        compileError("int bad = \"s\";");
        assertEquals(List.of("   1 : int x = 3;", "   2 : int y = 4;", "   3 : int z = 5;",
                "   4 : var f = CompletableFuture.completedFuture(2);", "   5 : await f",
                "   6 : void m() {\n           int a = 1;\n       }"), ok("/list").notices());
        assertEquals(List.of("   2 : int y = 4;", "   3 : int z = 5;", "   1 : int x = 3;"), ok("/list 2-3 x").notices());
        assertEquals("  e1 : int bad = \"s\";", ok("/list -all").notices().getLast());
        assertTrue(ok("/list -start").notices().contains("  s1 : import java.io.*;"));
        assertEquals("No such snippet: nosuch", failure("/list nosuch"));
        assertEquals("No snippet with ID: 9", failure("/list 9"));
        assertTrue(failure("/list -all x").startsWith("Options and snippets must not both be used"));
        assertEquals(List.of("   1 : int x = 3;"), ok("/l x").notices(), "a unique prefix");
    }

    @Test
    void dropForgetsADeclarationByNameOrId() {
        ok("int x = 3;");
        ok("int y = 4;");
        ok("void m() {}");
        assertEquals(List.of("|  dropped variable y"), ok("/drop y").notices());
        assertEquals(List.of("|  dropped method m()"), ok("/drop 3").notices());
        assertEquals(CellStatus.COMPILE_ERROR, session.execute("y").status());
        assertEquals(List.of("   1 : int x = 3;"), ok("/list").notices());
        assertEquals("No such snippet: nosuch", failure("/drop nosuch"));
        assertEquals("3", value("x"), "the session goes on");
    }

    @Test
    void historyAndReloadReplayTheValidInputs() {
        ok("int x = 3;");
        compileError("int bad = \"s\";");
        ok("int y = await CompletableFuture.completedFuture(x + 1);");
        ok("/drop x");
        ok("System.out.println(\"y is \" + y);");
        assertEquals(List.of("int x = 3;", "int bad = \"s\";", "int y = await CompletableFuture.completedFuture(x + 1);",
                "/drop x", "System.out.println(\"y is \" + y);", "/history"), ok("/history").notices());
        String replayed = stdoutOf(() -> ok("/reload"));
        assertEquals("""
                |  Restarting and restoring state.
                -: int x = 3;
                -: int y = await CompletableFuture.completedFuture(x + 1);
                -: /drop x
                -: System.out.println("y is " + y);
                y is 4
                """, replayed);
        assertEquals("4", value("y"));
        assertEquals(CellStatus.COMPILE_ERROR, session.execute("x").status(), "the drop was replayed");
        assertEquals("|  Restarting and restoring state.\ny is 4\n", stdoutOf(() -> ok("/reload -quiet")));
    }

    @Test
    void saveWritesSnippetsHistoryOrStart() throws Exception {
        ok("int x = 3;");
        ok("int y = x + 1;");
        ok("/vars");
        Path file = dir.resolve("s.jsh");
        ok("/save " + file);
        assertEquals("int x = 3;\nint y = x + 1;\n", Files.readString(file));
        ok("/save -history " + file);
        assertEquals("int x = 3;\nint y = x + 1;\n/vars\n/save " + file + "\n/save -history " + file + "\n",
                Files.readString(file));
        assertEquals("'/save' requires a filename argument.", failure("/save"));
    }

    @Test
    void openRunsAFileAsTypedWithAwaitMagicsAndCommands() throws Exception {
        Path script = Files.writeString(dir.resolve("a.jsh"), """
                int base = 40;
                %autoawait virtual
                int answer = await CompletableFuture.completedFuture(base + 2);
                /drop base
                """);
        ok("/open " + script);
        assertEquals("42", value("answer"));
        assertEquals(CellStatus.COMPILE_ERROR, session.execute("base").status());
        assertEquals("File 'nosuch.jsh' for '/open' is not found.", failure("/open nosuch.jsh"));
        assertEquals("hi 3\n", stdoutOf(() -> ok("/open PRINTING")) + stdoutOf(() -> ok("printf(\"hi %d%n\", 3);")));
        ok("/open JAVASE");
        assertEquals("class java.awt.Point", value("Point.class").replace("\"", ""));
        Path failing = Files.writeString(dir.resolve("b.jsh"), "int one = 1;\nint two = \"2\";\nint three = 3;\n");
        assertEquals(CellStatus.COMPILE_ERROR, session.execute("/open " + failing).status(), "stops at the first failure");
        assertEquals("1", value("one"));
    }

    @Test
    void feedbackModesChangeWhatCellsReport() {
        assertEquals(List.of(), ok("int x = 3;").notices(), "concise, jawait's default");
        assertEquals(List.of("|  Feedback mode: normal"), ok("/set feedback normal").notices());
        assertEquals(List.of("y ==> 4"), ok("int y = 4;").notices());
        assertEquals(List.of("|  created method m()"), ok("void m() {}").notices());
        assertEquals(List.of("|  modified method m()"), ok("void m() { }").notices());
        assertEquals(List.of("|  created class A"), ok("class A {}").notices());
        ok("/set feedback verbose");
        assertEquals(List.of("z ==> 5", "|  created variable z : int"), ok("int z = 5;").notices());
        ok("/set feedback silent");
        assertTrue(ok("1 + 1") instanceof CellResult.NoValue, "silent shows no value");
        assertEquals(List.of("|  /set feedback silent", "|  ", "|  Available feedback modes:", "|     concise",
                "|     normal", "|     silent", "|     verbose"), ok("/set feedback").notices());
        ok("/set feedback concise");
        assertEquals("2", value("1 + 1"));
        assertTrue(failure("/set feedback loud").startsWith("Unknown feedback mode: loud"));
    }

    @Test
    void setStartChoosesWhatAFreshSessionRuns() {
        assertEquals(List.of("|  /set start -default"), ok("/set start").notices());
        ok("/set start DEFAULT PRINTING");
        ok("/reset");
        assertEquals(List.of(), ok("/list").notices(), "start-up snippets are not the user's");
        assertEquals("hi\n", stdoutOf(() -> ok("println(\"hi\");")));
        assertTrue(ok("/list -start").notices().stream().anyMatch(l -> l.contains("void println()")));
        ok("/set start -none");
        ok("/reset");
        assertEquals(CellStatus.COMPILE_ERROR, session.execute("new ArrayList<String>()").status(), "no java.util.*");
        assertEquals("2", value("await java.util.concurrent.CompletableFuture.completedFuture(2)"),
                "jawait's own imports stay");
    }

    @Test
    void listingCommandsTakeJShellsFilters() {
        ok("int x = 3;");
        ok("int x = 4;");
        ok("int twice(int a) { return 2 * a; }");
        assertEquals(List.of("|    int x = 4"), ok("/vars x").notices());
        assertEquals(List.of("|    int x = (not-active)", "|    int x = 4"), ok("/vars -all").notices());
        assertEquals(List.of("|    int twice(int)"), ok("/methods 3").notices());
        assertEquals("This command does not accept the snippet '1' : int x = 3;", failure("/methods 1"));
        assertTrue(ok("/imports -start").notices().contains("|    import java.util.*"));
    }

    @Test
    void helpExplainsEachCommandAndPrefixesMayBeAmbiguous() {
        assertTrue(ok("/help").notices().stream().anyMatch(l -> l.startsWith("  /list [-all|-start|NAME|ID…]")));
        assertTrue(ok("/help list").notices().getFirst().equals("|  /list [-all|-start|NAME|ID…]"));
        assertTrue(ok("/help /rel").notices().getFirst().startsWith("|  /reload"));
        assertEquals("Command: '/e' is ambiguous: /edit, /exit, /env", failure("/e"));
        assertTrue(failure("/listt").startsWith("Unknown command /listt. Did you mean /list?"));
    }

    @Test
    void envShowsAndSetsTheOptionsAndRestoresTheState() throws Exception {
        ok("int kept = 7;");
        Path classes = Files.createDirectories(dir.resolve("classes"));
        String lines = stdoutOf(() -> ok("/env --class-path " + classes));
        assertEquals("|  Setting new options and restoring state.\n", lines);
        assertEquals("7", value("kept"));
        assertTrue(ok("/env").notices().getFirst().contains(classes.toString()));
        assertTrue(stdoutOf(() -> assertTrue(failure("/env --module-path x").contains("--module-path: x does not exist.")))
                .contains("Setting new options"));
    }
}
