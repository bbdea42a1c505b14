package dev.jawait.history.sqlite;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Folders and files only their owner may open: cells hold tokens and passwords, so jawait's
 * folder ({@code ~/.jawait}) and the folders it creates are {@code rwx------} (0700), the history
 * database and its {@code -wal}/{@code -shm} files {@code rw-------} (0600). Existing files of
 * jawait's own are tightened too (a database created by an older jawait with 0644). On file
 * systems without POSIX permissions nothing is changed.
 *
 * <p>Stateless and thread-safe.
 */
final class PrivateFiles {
    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {}

    /** Creates {@code folder} and its missing parents, each one created 0700; existing ones are left as they are. */
    static void createFolders(Path folder) throws IOException {
        Deque<Path> missing = new ArrayDeque<>();
        for (Path p = folder.toAbsolutePath(); p != null && !Files.exists(p); p = p.getParent()) {
            missing.push(p);
        }
        while (!missing.isEmpty()) {
            Path created = missing.pop();
            try {
                if (posix(created.getParent())) {
                    Files.createDirectory(created, PosixFilePermissions.asFileAttribute(FOLDER));
                } else {
                    Files.createDirectory(created);
                }
            } catch (FileAlreadyExistsException e) {
                if (!Files.isDirectory(created)) {
                    throw e;
                }
            }
        }
    }

    /** Makes one of jawait's own folders 0700, whoever created it (best effort: not when it is someone else's). */
    static void restrictFolder(Path folder) {
        try {
            if (Files.isDirectory(folder) && posix(folder)
                    && !Files.getPosixFilePermissions(folder).equals(FOLDER)) {
                Files.setPosixFilePermissions(folder, FOLDER);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // not ours to change: leave it
        }
    }

    /**
     * Creates the database file 0600 if it does not exist (SQLite would create it readable by
     * all, and gives its {@code -wal} and {@code -shm} files the database's permissions), or
     * makes an existing one and its companions 0600.
     */
    static void prepareDatabase(Path file) throws IOException {
        boolean posix = posix(file.toAbsolutePath().getParent());
        if (!Files.exists(file)) {
            try {
                if (posix) {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
                } else {
                    Files.createFile(file);
                }
            } catch (FileAlreadyExistsException e) {
                // another jawait created it first: tightened below
            }
        }
        if (!posix) {
            return;
        }
        for (Path each : List.of(file, companion(file, "-wal"), companion(file, "-shm"))) {
            try {
                if (Files.isRegularFile(each) && !Files.getPosixFilePermissions(each).equals(FILE)) {
                    Files.setPosixFilePermissions(each, FILE);
                }
            } catch (IOException | UnsupportedOperationException e) {
                // someone else's file (a shared JAWAIT_HISTORY): leave it as it is
            }
        }
    }

    private static Path companion(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    private static boolean posix(Path existing) throws IOException {
        return existing != null && Files.getFileStore(existing).supportsFileAttributeView("posix");
    }
}
