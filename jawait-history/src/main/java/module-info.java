/** The shared cell history of jawait in SQLite, for every standard session. */
module dev.jawait.history {
    requires dev.jawait.core;
    requires java.sql;
    requires org.xerial.sqlitejdbc;

    exports dev.jawait.history.sqlite;

    provides dev.jawait.spi.SessionExtension with dev.jawait.history.sqlite.SqliteHistoryExtension;
}
