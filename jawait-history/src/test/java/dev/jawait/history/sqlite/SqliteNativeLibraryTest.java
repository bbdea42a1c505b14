package dev.jawait.history.sqlite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.util.LibraryLoaderUtil;

/** sqlite-jdbc's native library is extracted once into a cache and loaded from there. */
class SqliteNativeLibraryTest {
    @TempDir
    Path cache;
    private String savedPath;
    private String savedName;

    @BeforeEach
    void clearProperties() {
        savedPath = System.clearProperty(SqliteNativeLibrary.PATH_PROPERTY);
        savedName = System.clearProperty(SqliteNativeLibrary.NAME_PROPERTY);
    }

    @AfterEach
    void restoreProperties() {
        restore(SqliteNativeLibrary.PATH_PROPERTY, savedPath);
        restore(SqliteNativeLibrary.NAME_PROPERTY, savedName);
    }

    @Test
    void extractsTheLibraryOnceAndPointsSqliteJdbcAtIt() throws Exception {
        SqliteNativeLibrary.useCacheUnder(cache);
        Path folder = Path.of(System.getProperty(SqliteNativeLibrary.PATH_PROPERTY));
        Path library = folder.resolve(System.getProperty(SqliteNativeLibrary.NAME_PROPERTY));
        assertTrue(folder.startsWith(cache), folder::toString);
        assertTrue(folder.toString().contains("sqlite-jdbc-"), "named after the jar, so a new version extracts anew");
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
        try (InputStream in = org.sqlite.JDBC.class.getResourceAsStream(resource)) {
            assertArrayEquals(in.readAllBytes(), Files.readAllBytes(library));
        }
        // an hour in the past: a new extraction would show as a newer time, without waiting for the clock
        long modified = Files.getLastModifiedTime(library).toMillis() - 3_600_000;
        Files.setLastModifiedTime(library, java.nio.file.attribute.FileTime.fromMillis(modified));

        clearProperties();
        SqliteNativeLibrary.useCacheUnder(cache);
        assertEquals(modified, Files.getLastModifiedTime(library).toMillis(), "not extracted again");
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(1, files.count(), "no partial files left behind");
        }
    }

    @Test
    void aLibraryTheUserConfiguredIsLeftAlone() {
        System.setProperty(SqliteNativeLibrary.PATH_PROPERTY, "/opt/mine");
        SqliteNativeLibrary.useCacheUnder(cache);
        assertEquals("/opt/mine", System.getProperty(SqliteNativeLibrary.PATH_PROPERTY));
        assertNull(System.getProperty(SqliteNativeLibrary.NAME_PROPERTY));
        assertTrue(cache.toFile().list().length == 0, "nothing extracted");
    }

    @Test
    void anUnwritableCacheFallsBackToSqliteJdbcsOwnExtraction() throws Exception {
        Path file = Files.writeString(cache.resolve("not-a-folder"), "x");
        SqliteNativeLibrary.useCacheUnder(file);
        assertNull(System.getProperty(SqliteNativeLibrary.PATH_PROPERTY));
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
