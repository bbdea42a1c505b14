package dev.jawait.history.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Keeps sqlite-jdbc's native library in a cache folder, so that a jawait start loads it from
 * there instead of extracting it again.
 *
 * <p>By default sqlite-jdbc copies its ≈ 1 MB library out of its jar into a fresh temporary file
 * at every start, checks the copy byte for byte and names it with a random UUID (which seeds a
 * {@code SecureRandom}): about a third of the cost of opening the history database, on the CPU
 * that is also compiling the first cell. This extracts it once per sqlite-jdbc jar, into
 * {@code DIR/sqlite-jdbc-VERSION/OS/ARCH/}, and points sqlite-jdbc at it with its own
 * {@code org.sqlite.lib.path} / {@code org.sqlite.lib.name} properties. Anything unusual (a
 * property already set, no jar, a read-only folder) leaves sqlite-jdbc to do as it always does.
 *
 * <p>Thread-safe: concurrent processes write to temporary names and move them into place.
 */
final class SqliteNativeLibrary {
    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";

    private SqliteNativeLibrary() {}

    /** Points sqlite-jdbc at a cached copy of its library under {@code cacheRoot}, once per process. */
    static synchronized void useCacheUnder(Path cacheRoot) {
        if (System.getProperty(PATH_PROPERTY) != null || System.getProperty(NAME_PROPERTY) != null
                || Boolean.getBoolean("sqlite.purejava")) {
            return;
        }
        try {
            String jar = jarName();
            if (jar == null) {
                return;
            }
            String resourceFolder = LibraryLoaderUtil.getNativeLibResourcePath(); // "/org/sqlite/native/Linux/x86_64"
            String name = LibraryLoaderUtil.getNativeLibName();
            Path folder = cacheRoot.resolve(jar.replaceFirst("\\.jar$", ""))
                    .resolve(resourceFolder.replaceFirst("^/org/sqlite/native/", ""));
            Path library = folder.resolve(name);
            if (!Files.isRegularFile(library) && !extract(resourceFolder + "/" + name, folder, library)) {
                return;
            }
            System.setProperty(PATH_PROPERTY, folder.toString());
            System.setProperty(NAME_PROPERTY, name);
        } catch (IOException | RuntimeException | LinkageError e) {
            // no cache: sqlite-jdbc extracts its library to a temporary file as usual
        }
    }

    /** The file name of sqlite-jdbc's jar, which names its version; null when not from a jar. */
    private static String jarName() {
        CodeSource source = org.sqlite.JDBC.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return null;
        }
        String path = source.getLocation().getPath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.endsWith(".jar") ? name : null;
    }

    private static boolean extract(String resource, Path folder, Path library) throws IOException {
        try (InputStream in = org.sqlite.JDBC.class.getResourceAsStream(resource)) {
            if (in == null) {
                return false; // no library for this platform in the jar: let sqlite-jdbc report it
            }
            PrivateFiles.createFolders(folder); // under ~/.jawait, which holds the history: 0700
            Path partial = Files.createTempFile(folder, library.getFileName().toString(), ".part");
            try {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, library, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(partial);
            }
            return true;
        }
    }
}
