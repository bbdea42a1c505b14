package dev.jawait.history.sqlite;

import dev.jawait.Session;
import java.nio.file.Path;

/**
 * A second jawait process for the tests: {@code write FILE N TAG} records N cells;
 * {@code type FILE CELL} runs one cell in a real session whose history is FILE.
 */
public final class HistoryWriter {
    private HistoryWriter() {}

    public static void main(String[] args) {
        Path file = Path.of(args[1]);
        switch (args[0]) {
            case "write" -> {
                try (SqliteHistory history = SqliteHistory.open(file, System.err::println)) {
                    long session = history.startSession();
                    int n = Integer.parseInt(args[2]);
                    for (int line = 1; line <= n; line++) {
                        history.record(session, line, args[3] + " cell " + line, line % 2 == 0 ? "out " + line : null);
                    }
                    if (!history.persistent()) {
                        System.exit(3);
                    }
                }
            }
            case "type" -> {
                try (SqliteHistory history = SqliteHistory.open(file, System.err::println);
                     Session session = Session.builder().history(history).build()) {
                    System.out.println(session.execute(args[2]).status());
                }
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
        System.exit(0);
    }
}
