package dev.jawait.history.sqlite;

import dev.jawait.history.HistoryEntry;
import dev.jawait.history.HistoryStore;
import dev.jawait.history.InMemoryHistory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.sqlite.JDBC;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;

/**
 * Cell history in an SQLite database with IPython's schema ({@code sessions}, {@code history},
 * {@code output_history}), shared by every jawait process on the machine: WAL journal, a busy
 * timeout and retries, so concurrent writers lose nothing.
 *
 * <p>It never stops jawait: a damaged file is moved aside (with a warning) and a new database
 * started; a database that stays locked, or any later failure, switches this store to an
 * in-memory history for the rest of the process, with one warning.
 *
 * <p>Thread-safe (one connection, synchronised).
 */
public final class SqliteHistory implements HistoryStore {
    /** Environment variable naming the database file ({@code :memory:} for no file). */
    public static final String ENV = "JAWAIT_HISTORY";
    private static final int BUSY_TIMEOUT_MS = 10_000;
    private static final int ATTEMPTS = 8;

    private final Path file;
    private final Consumer<String> warn;
    private Connection connection;
    private InMemoryHistory fallback;

    private final int maxPages;

    private SqliteHistory(Path file, Consumer<String> warn, int maxPages) {
        this.file = file;
        this.warn = warn;
        this.maxPages = maxPages;
    }

    /** The database the user's jawait uses: {@code $JAWAIT_HISTORY}, else {@code ~/.jawait/history.sqlite}. */
    public static Path defaultFile() {
        String configured = System.getenv(ENV);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return jawaitHome().resolve("history.sqlite");
    }

    private static Path jawaitHome() {
        return Path.of(System.getProperty("user.home"), ".jawait");
    }

    /** Opens the default database ({@link #defaultFile()}); {@code :memory:} gives an in-memory history. */
    public static HistoryStore openDefault(Consumer<String> warn) {
        Path file = defaultFile();
        return file.toString().equals(":memory:") ? new InMemoryHistory() : open(file, warn);
    }

    /**
     * Opens (creating if needed) the database at {@code file}. Never throws: problems are reported
     * once through {@code warn} and the store carries on as described above.
     */
    public static SqliteHistory open(Path file, Consumer<String> warn) {
        return open(file, warn, 0);
    }

    /**
     * As {@link #open(Path, Consumer)}, with the database limited to {@code maxPages} pages (0: no
     * limit): past it SQLite fails as on a full disk ({@code SQLITE_FULL}), which tests use.
     */
    static SqliteHistory open(Path file, Consumer<String> warn, int maxPages) {
        SqliteHistory history = new SqliteHistory(file, warn, maxPages);
        history.connect();
        return history;
    }

    private void connect() {
        try {
            connection = openConnection();
        } catch (SQLException e) {
            if (isDamaged(e)) {
                Path aside = moveAside();
                warn.accept("jawait: the history database " + file + " is damaged (" + e.getMessage() + "); kept it as "
                        + aside + " and started a new one.");
                try {
                    connection = openConnection();
                    return;
                } catch (SQLException again) {
                    e = again;
                }
            }
            useFallback("cannot open the history database " + file + " (" + e.getMessage() + ")");
        }
    }

    private Connection openConnection() throws SQLException {
        try {
            PrivateFiles.createFolders(file.toAbsolutePath().getParent());
            PrivateFiles.restrictFolder(jawaitHome());
            PrivateFiles.prepareDatabase(file); // cells hold tokens and passwords: 0600, in a 0700 folder
        } catch (java.io.IOException e) {
            throw new SQLException("cannot create " + file + ": " + e.getMessage(), e);
        }
        SqliteNativeLibrary.useCacheUnder(jawaitHome().resolve("native")); // kept between starts
        SQLiteConfig config = new SQLiteConfig();
        if (maxPages > 0) {
            config.setMaxPageCount(maxPages);
        }
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        SQLException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            // the driver itself, not DriverManager: that would scan every jar of the process for drivers
            Connection opened = JDBC.createConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
            try (Statement statement = opened.createStatement()) {
                statement.execute("PRAGMA journal_mode=WAL");
                statement.execute("CREATE TABLE IF NOT EXISTS sessions (session INTEGER PRIMARY KEY AUTOINCREMENT,"
                        + " start TIMESTAMP, end TIMESTAMP, num_cmds INTEGER, remark TEXT)");
                statement.execute("CREATE TABLE IF NOT EXISTS history (session INTEGER, line INTEGER, source TEXT,"
                        + " source_raw TEXT, PRIMARY KEY (session, line))");
                statement.execute("CREATE TABLE IF NOT EXISTS output_history (session INTEGER, line INTEGER,"
                        + " output TEXT, PRIMARY KEY (session, line))");
                statement.executeQuery("SELECT count(*) FROM sessions").close();
                return opened;
            } catch (SQLException e) {
                opened.close();
                if (!isBusy(e)) {
                    throw e;
                }
                last = e;
                pause(attempt);
            }
        }
        throw last;
    }

    private Path moveAside() {
        String stamp = java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + stamp);
        try {
            Files.move(file, aside);
            for (String suffix : List.of("-wal", "-shm")) {
                Path extra = file.resolveSibling(file.getFileName() + suffix);
                if (Files.exists(extra)) {
                    Files.move(extra, aside.resolveSibling(aside.getFileName() + suffix));
                }
            }
        } catch (java.io.IOException e) {
            return file; // could not move it: the reopen fails and we fall back to memory
        }
        return aside;
    }

    private static boolean isDamaged(SQLException e) {
        int code = e.getErrorCode() & 0xff;
        return code == SQLiteErrorCode.SQLITE_CORRUPT.code || code == SQLiteErrorCode.SQLITE_NOTADB.code;
    }

    private static boolean isBusy(SQLException e) {
        int code = e.getErrorCode() & 0xff;
        return code == SQLiteErrorCode.SQLITE_BUSY.code || code == SQLiteErrorCode.SQLITE_LOCKED.code;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(20L << Math.min(attempt, 6));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void useFallback(String problem) {
        if (fallback == null) {
            fallback = new InMemoryHistory();
            warn.accept("jawait: " + problem + "; history is kept in memory for this session only.");
        }
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already unusable
            }
            connection = null;
        }
    }

    /** Whether this store still writes to its database (false once it fell back to memory). */
    public synchronized boolean persistent() {
        return fallback == null;
    }

    /** One database operation, retried while the database is busy. */
    @FunctionalInterface
    private interface Operation<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T withRetries(Operation<T> operation, java.util.function.Supplier<T> inMemory) {
        if (fallback != null) {
            return inMemory.get();
        }
        SQLException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                return operation.run(connection);
            } catch (SQLException e) {
                last = e;
                rollbackQuietly();
                if (!isBusy(e)) {
                    break;
                }
                pause(attempt);
            }
        }
        useFallback(problem(last));
        return inMemory.get();
    }

    /** What went wrong, in words a user can act on. */
    private String problem(SQLException e) {
        int code = e.getErrorCode() & 0xff;
        if (code == SQLiteErrorCode.SQLITE_FULL.code) {
            return "cannot save history to " + file + ": the disk is full. Free some space and start jawait again to"
                    + " keep saving history";
        }
        if (code == SQLiteErrorCode.SQLITE_READONLY.code) {
            return "cannot save history to " + file + ": it is read-only";
        }
        if (code == SQLiteErrorCode.SQLITE_IOERR.code) {
            return "cannot save history to " + file + ": the disk reported an error (" + e.getMessage() + ")";
        }
        return "the history database " + file + " failed (" + e.getMessage() + ")";
    }

    private static void autoCommitQuietly(Connection c) {
        try {
            if (!c.getAutoCommit()) {
                c.setAutoCommit(true);
            }
        } catch (SQLException ignored) {
            // SQLite rolled the transaction back itself (a full disk): nothing left to end
        }
    }

    private void rollbackQuietly() {
        try {
            if (connection != null && !connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException ignored) {
            // the next attempt reports what matters
        }
    }

    @Override
    public synchronized long startSession() {
        return withRetries(c -> {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO sessions (start, num_cmds, remark) VALUES (datetime('now'), 0, 'jawait')",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        }, () -> fallback.startSession() + 1_000_000_000L);
    }

    @Override
    public synchronized void record(long session, int line, String input, String output) {
        withRetries(c -> {
            c.setAutoCommit(false);
            try (PreparedStatement source = c.prepareStatement(
                    "INSERT OR REPLACE INTO history (session, line, source, source_raw) VALUES (?, ?, ?, ?)");
                 PreparedStatement shown = c.prepareStatement(
                    "INSERT OR REPLACE INTO output_history (session, line, output) VALUES (?, ?, ?)");
                 PreparedStatement count = c.prepareStatement(
                    "UPDATE sessions SET num_cmds = ?, end = datetime('now') WHERE session = ?")) {
                source.setLong(1, session);
                source.setInt(2, line);
                source.setString(3, input);
                source.setString(4, input);
                source.executeUpdate();
                if (output != null) {
                    shown.setLong(1, session);
                    shown.setInt(2, line);
                    shown.setString(3, output);
                    shown.executeUpdate();
                }
                count.setInt(1, line);
                count.setLong(2, session);
                count.executeUpdate();
                c.commit();
            } finally {
                autoCommitQuietly(c); // a failure here must not hide the one that matters (SQLITE_FULL)
            }
            return null;
        }, () -> {
            fallback.record(session, line, input, output);
            return null;
        });
    }

    private static final String SELECT = "SELECT h.session, h.line, h.source, o.output FROM history h"
            + " LEFT JOIN output_history o ON o.session = h.session AND o.line = h.line ";

    @Override
    public synchronized List<HistoryEntry> tail(int n) {
        return withRetries(c -> {
            List<HistoryEntry> entries = query(c, SELECT + "ORDER BY h.session DESC, h.line DESC LIMIT ?", n);
            Collections.reverse(entries);
            return entries;
        }, () -> fallback.tail(n));
    }

    @Override
    public synchronized List<HistoryEntry> range(long session, int start, int stop) {
        return withRetries(c -> stop <= 0
                        ? query(c, SELECT + "WHERE h.session = ? AND h.line >= ? ORDER BY h.line", session, start)
                        : query(c, SELECT + "WHERE h.session = ? AND h.line >= ? AND h.line < ? ORDER BY h.line",
                                session, start, stop),
                () -> fallback.range(session, start, stop));
    }

    @Override
    public synchronized List<HistoryEntry> search(String glob, int n, boolean unique) {
        return withRetries(c -> {
            List<HistoryEntry> found = query(c, SELECT + "WHERE h.source GLOB ? ORDER BY h.session, h.line", glob);
            if (unique) {
                Map<String, HistoryEntry> last = new LinkedHashMap<>();
                for (HistoryEntry entry : found) {
                    last.remove(entry.input());
                    last.put(entry.input(), entry);
                }
                found = new ArrayList<>(last.values());
            }
            return n <= 0 ? found : new ArrayList<>(found.subList(Math.max(0, found.size() - n), found.size()));
        }, () -> fallback.search(glob, n, unique));
    }

    private static List<HistoryEntry> query(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<HistoryEntry> entries = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    entries.add(new HistoryEntry(rows.getLong(1), rows.getInt(2), rows.getString(3), rows.getString(4)));
                }
            }
            return entries;
        }
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
            connection = null;
        }
    }
}
