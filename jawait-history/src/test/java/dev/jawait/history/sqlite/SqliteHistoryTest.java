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
import java.nio.file.attribute.PosixFilePermissions;
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
    void aFullDiskIsOneClearWarningAndHistoryGoesOnInMemory() {
        Path file = dir.resolve("history.sqlite");
        // a database limited to 12 pages fails as a full disk does (SQLITE_FULL); by hand, a 200 KB tmpfs gives the same
        try (SqliteHistory history = SqliteHistory.open(file, warnings::add, 12)) {
            long session = history.startSession();
            int line = 0;
            while (history.persistent() && line < 1_000) {
                line++;
                history.record(session, line, "x".repeat(4_000) + line, null);
            }
            assertFalse(history.persistent(), "the limit was never reached");
            history.record(session, line + 1, "after the disk filled up", null);
            assertEquals("after the disk filled up", history.tail(1).getFirst().input());
        }
        assertEquals(1, warnings.size(), warnings.toString());
        String warning = warnings.getFirst();
        assertTrue(warning.contains("cannot save history to " + file + ": the disk is full"), warning);
        assertTrue(warning.contains("kept in memory for this session only"), warning);
        assertFalse(warning.contains("no transaction"), warning);
    }

    @Test
    void theDatabaseAndTheFoldersCreatedForItAreTheOwnersOnly() throws Exception {
        Path folder = dir.resolve("made/for/history");
        Path file = folder.resolve("history.sqlite");
        try (SqliteHistory history = SqliteHistory.open(file, warnings::add)) {
            history.record(history.startSession(), 1, "String token = \"secret\";", null);
            assertEquals(PrivateFiles.FILE, Files.getPosixFilePermissions(file));
            for (String companion : List.of("-wal", "-shm")) {
                Path extra = folder.resolve("history.sqlite" + companion);
                assertTrue(Files.exists(extra), extra + " (WAL mode keeps it while open)");
                assertEquals(PrivateFiles.FILE, Files.getPosixFilePermissions(extra), extra.toString());
            }
        }
        assertEquals(PrivateFiles.FOLDER, Files.getPosixFilePermissions(dir.resolve("made")));
        assertEquals(PrivateFiles.FOLDER, Files.getPosixFilePermissions(folder));
        assertEquals(List.of(), warnings);
    }

    @Test
    void jawaitsFolderIsCreatedPrivateAndAnOlderOneAndItsDatabaseAreTightened() throws Exception {
        String home = System.getProperty("user.home");
        try {
            System.setProperty("user.home", dir.resolve("fresh").toString());
            Path fresh = dir.resolve("fresh/.jawait");
            SqliteHistory.open(fresh.resolve("history.sqlite"), warnings::add).close();
            assertEquals(PrivateFiles.FOLDER, Files.getPosixFilePermissions(fresh));

            System.setProperty("user.home", dir.resolve("older").toString());
            Path older = Files.createDirectories(dir.resolve("older/.jawait"),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
            Path database = Files.createFile(older.resolve("history.sqlite"),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));
            SqliteHistory.open(database, warnings::add).close();
            assertEquals(PrivateFiles.FOLDER, Files.getPosixFilePermissions(older));
            assertEquals(PrivateFiles.FILE, Files.getPosixFilePermissions(database));
        } finally {
            System.setProperty("user.home", home);
        }
        assertEquals(List.of(), warnings);
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
