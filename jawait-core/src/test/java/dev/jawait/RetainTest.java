package dev.jawait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jawait.config.CommandLine;
import dev.jawait.config.SessionOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JShell's {@code /set … -retain}: settings kept in the configuration file for later sessions. */
class RetainTest extends SessionFixture {
    @TempDir
    Path home;
    private String previousHome;

    @BeforeEach
    void useTemporaryHome() {
        previousHome = System.getProperty("jawait.home");
        System.setProperty("jawait.home", home.toString());
    }

    @AfterEach
    void restoreHome() {
        if (previousHome == null) {
            System.clearProperty("jawait.home");
        } else {
            System.setProperty("jawait.home", previousHome);
        }
    }

    private static Session laterSession() {
        return Session.builder().options(SessionOptions.fromFile(SessionOptions.userFile())).build();
    }

    @Test
    void feedbackIsKeptReplacingTheFilesLineAndKeepingTheRest() throws Exception {
        Files.writeString(home.resolve("jawait.properties"), "# mine\nfeedback=silent\ncache_size=5\n");
        CellResult result = ok("/set feedback -retain normal");
        assertTrue(result.notices().contains("|  Kept for later sessions in " + SessionOptions.userFile() + "."), result.notices()::toString);
        assertEquals(List.of("# mine", "feedback=normal", "cache_size=5"), Files.readAllLines(SessionOptions.userFile()));
        try (Session later = laterSession()) {
            assertTrue(later.execute("int x = 3;").notices().contains("x ==> 3"));
        }
    }

    @Test
    void feedbackIsASettingToo() {
        ok("%config feedback=normal");
        assertTrue(ok("int y = 4;").notices().contains("y ==> 4"));
        assertEquals("|  /set feedback normal", ok("/set feedback").notices().getFirst());
        assertTrue(session.execute("%config feedback=loud").errorText().contains("feedback is one of silent, concise, normal, verbose"));
    }

    @Test
    void startIsKeptAndALaterSessionRunsIt() throws Exception {
        ok("/set start -retain PRINTING");
        assertEquals(List.of("startup=PRINTING"), Files.readAllLines(SessionOptions.userFile()));
        try (Session later = laterSession()) {
            assertEquals("hi\n", stdoutOf(() -> later.execute("println(\"hi\")")));
            assertTrue(later.execute("/set").notices().contains("|  /set start PRINTING"));
        }
        ok("/set start -retain -none");
        assertEquals(List.of("startup=NONE"), Files.readAllLines(SessionOptions.userFile()));
        try (Session later = laterSession()) {
            assertInstanceOf(CellResult.CompileErrors.class, later.execute("List.of(1)"), "no default imports");
        }
    }

    @Test
    void noStartupOnTheCommandLineWinsOverTheFile() throws Exception {
        Files.writeString(home.resolve("jawait.properties"), "startup=PRINTING\n");
        CommandLine line = new CommandLine("--no-startup");
        SessionOptions options = SessionOptions.fromFile(SessionOptions.userFile()).accept(line).orElseThrow();
        try (Session none = Session.builder().options(options).build()) {
            assertInstanceOf(CellResult.CompileErrors.class, none.execute("println(\"hi\")"));
            assertInstanceOf(CellResult.CompileErrors.class, none.execute("List.of(1)"));
        }
    }
}
