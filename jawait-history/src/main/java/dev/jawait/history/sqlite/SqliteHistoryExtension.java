package dev.jawait.history.sqlite;

import dev.jawait.history.HistoryStore;
import dev.jawait.spi.SessionExtension;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What jawait-history gives every standard session: its cells kept in {@code ~/.jawait/history.sqlite}
 * (or {@code $JAWAIT_HISTORY}), shared by every jawait process, for up-arrow, {@code %history}
 * and Jupyter's {@code history_request}.
 *
 * <p>Stateless and thread-safe.
 */
public final class SqliteHistoryExtension implements SessionExtension {
    /** Made by {@link java.util.ServiceLoader}. */
    public SqliteHistoryExtension() {}
    @Override
    public Optional<HistoryStore> openHistory(Consumer<String> warnings) {
        return Optional.of(SqliteHistory.openDefault(warnings));
    }
}
