package dev.jawait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jawait.config.CommandLine;
import dev.jawait.config.SessionOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JShell's --startup scripts and IPython's start-up folder (~/.jawait/startup/*.jsh), at every session start. */
class StartupTest {
    @TempDir
    Path dir;

    private static SessionOptions options(String... args) {
        SessionOptions options = SessionOptions.defaults();
        CommandLine line = new CommandLine(args);
        while (line.hasNext()) {
            options = options.accept(line).orElseThrow();
        }
        return options;
    }

    private static CellResult ok(Session session, String cell) {
        CellResult result = session.execute(cell);
        assertEquals(CellStatus.OK, result.status(), () -> cell + "\n" + result.errorText() + result.notices());
        return result;
    }

    @Test
    void startupScriptsReplaceTheDefaultImportsAsInJShellAndRunAgainAfterAReset() throws Exception {
        Path helpers = Files.writeString(dir.resolve("helpers.jsh"), "int answer() { return 42; }\n");
        try (Session session = Session.builder().options(options("--startup", "PRINTING", "--startup", helpers.toString()))
                .build()) {
            assertEquals("42", ((CellResult.Value) ok(session, "answer()")).text());
            assertTrue(session.execute("new ArrayList<String>()").errorText().contains("cannot find symbol"),
                    "without DEFAULT there are no default imports, as with jshell --startup PRINTING");
            ok(session, "/reset");
            assertEquals("42", ((CellResult.Value) ok(session, "answer()")).text());
            String listing = String.join("\n", ok(session, "/list -start").notices());
            assertTrue(listing.contains("int answer() { return 42; }") && listing.contains("void println(String x)"), listing);
        }
    }

    @Test
    void theStartupFolderRunsInNameOrderInEveryStandardSessionAndABrokenFileIsANotice() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("home/startup"));
        Files.writeString(folder.resolve("10-base.jsh"), "int base() { return 20; }\nSystem.out.println(\"started\");\n");
        Files.writeString(folder.resolve("20-more.jsh"), "int more() { return base() + 1; }\n");
        Files.writeString(folder.resolve("30-broken.jsh"), "int broken = ;\n");
        Files.writeString(folder.resolve("notes.txt"), "not a script\n");
        String previous = System.getProperty("jawait.home");
        System.setProperty("jawait.home", dir.resolve("home").toString());
        try (Session session = Session.builder().standard().history(new dev.jawait.history.InMemoryHistory()).build()) {
            CellResult first = session.execute("more() * 2");
            assertEquals("42", ((CellResult.Value) first).text(), first::toString);
            List<String> notices = first.notices();
            assertEquals(1, notices.size(), notices::toString);
            assertTrue(notices.getFirst().startsWith("|  start-up file 30-broken.jsh: int broken = ;"), notices::toString);
        } finally {
            if (previous == null) {
                System.clearProperty("jawait.home");
            } else {
                System.setProperty("jawait.home", previous);
            }
        }
    }
}
