package dev.jawait.history.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jawait.CellResult;
import dev.jawait.Session;
import dev.jawait.history.HistoryEntry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** History in SQLite: what one process writes, what several write at once, and damaged files. */
class SqliteHistoryTest {
    @TempDir
    Path dir;
    private final List<String> warnings = new CopyOnWriteArrayList<>();

    @Test
    void remembersInputsAndOutputsPerSession() {
        Path file = dir.resolve("history.sqlite");
        try (SqliteHistory history = SqliteHistory.open(file, warnings::add)) {
            long first = history.startSession();
            history.record(first, 1, "int a = 1;", null);
            history.record(first, 2, "a + 41", "42");
            long second = history.startSession();
            history.record(second, 1, "a + 41", "42");
            assertTrue(second > first);
            assertEquals(List.of(new HistoryEntry(first, 2, "a + 41", "42")), history.range(first, 2, 0));
            assertEquals(3, history.tail(10).size());
            assertEquals("a + 41", history.tail(1).getFirst().input());
            assertEquals(2, history.search("a +*", 0, false).size());
            assertEquals(1, history.search("a +*", 0, true).size());
        }
        try (SqliteHistory reopened = SqliteHistory.open(file, warnings::add)) {
            assertEquals(3, reopened.tail(10).size(), "kept on disk");
        }
        assertEquals(List.of(), warnings);
    }

    @Test
    void aDamagedFileIsMovedAsideWithOneWarningAndANewDatabaseStarts() throws Exception {
        Path file = dir.resolve("history.sqlite");
        Files.writeString(file, "this is not a database, just text that happens to be here ".repeat(100));
        try (SqliteHistory history = SqliteHistory.open(file, warnings::add)) {
            assertTrue(history.persistent());
            long session = history.startSession();
            history.record(session, 1, "still works", null);
            assertEquals("still works", history.tail(1).getFirst().input());
        }
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.getFirst().contains("damaged") && warnings.getFirst().contains("started a new one"), warnings.getFirst());
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("history.sqlite.corrupt-")));
        }
    }

    @Test
    void anUnusablePathFallsBackToMemoryWithOneWarning() throws Exception {
        Path notAFile = Files.createDirectories(dir.resolve("history.sqlite"));
        try (SqliteHistory history = SqliteHistory.open(notAFile, warnings::add)) {
            assertFalse(history.persistent());
            long session = history.startSession();
            history.record(session, 1, "in memory", null);
            history.record(session, 2, "still in memory", null);
            assertEquals(2, history.range(session, 1, 0).size());
        }
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.getFirst().contains("kept in memory"), warnings.getFirst());
    }

    @Test
    void twoProcessesWritingAtOnceLoseNothing() throws Exception {
        Path file = dir.resolve("shared.sqlite");
        int cells = 2_500;
        Process a = child("write", file.toString(), String.valueOf(cells), "A");
        Process b = child("write", file.toString(), String.valueOf(cells), "B");
        try (SqliteHistory reader = SqliteHistory.open(file, warnings::add)) {
            while (a.isAlive() || b.isAlive()) {
                reader.tail(5); // a third party reading while they write
                Thread.sleep(20);
            }
            assertEquals(0, finish(a), "process A");
            assertEquals(0, finish(b), "process B");
            assertEquals(cells, reader.search("A cell *", 0, false).size());
            assertEquals(cells, reader.search("B cell *", 0, false).size());
            assertEquals("out 2", reader.search("A cell 2", 0, false).getFirst().output());
        }
        assertEquals(List.of(), warnings);
    }

    @Test
    void historyGlobFindsALineTypedInAnotherProcess() throws Exception {
        Path file = dir.resolve("history.sqlite");
        Process other = child("type", file.toString(), "String typedElsewhere = \"from another jawait\";");
        assertEquals(0, finish(other));
        try (SqliteHistory history = SqliteHistory.open(file, warnings::add);
             Session session = Session.builder().history(history).build()) {
            session.execute("int mine = 1;");
            CellResult result = session.execute("%history -g typedElsewhere");
            assertEquals(1, result.notices().size(), result.notices().toString());
            assertTrue(result.notices().getFirst().matches(" *\\d+/1: String typedElsewhere = \"from another jawait\";"),
                    result.notices().getFirst());
        }
    }

    private static Process child(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                HistoryWriter.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static int finish(Process process) throws Exception {
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "child did not finish: " + output);
        if (process.exitValue() != 0) {
            System.err.println(output);
        }
        return process.exitValue();
    }
}
