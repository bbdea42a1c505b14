package dev.jawait.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A history kept in memory for the life of the process: the default when no persistent store is
 * configured, and what a front end falls back to when its database is unusable.
 *
 * <p>Thread-safe (synchronised).
 */
public final class InMemoryHistory implements HistoryStore {
    private final List<HistoryEntry> entries = new ArrayList<>();
    private long sessions;

    @Override
    public synchronized long startSession() {
        return ++sessions;
    }

    @Override
    public synchronized void record(long session, int line, String input, String output) {
        entries.add(new HistoryEntry(session, line, input, output));
    }

    @Override
    public synchronized List<HistoryEntry> tail(int n) {
        return List.copyOf(entries.subList(Math.max(0, entries.size() - n), entries.size()));
    }

    @Override
    public synchronized List<HistoryEntry> range(long session, int start, int stop) {
        return entries.stream()
                .filter(e -> e.session() == session && e.line() >= start && (stop <= 0 || e.line() < stop))
                .toList();
    }

    @Override
    public synchronized List<HistoryEntry> search(String glob, int n, boolean unique) {
        Pattern pattern = globToRegex(glob);
        Map<String, HistoryEntry> matches = new LinkedHashMap<>();
        List<HistoryEntry> all = new ArrayList<>();
        for (HistoryEntry entry : entries) {
            if (pattern.matcher(entry.input()).matches()) {
                if (unique) {
                    matches.remove(entry.input());
                    matches.put(entry.input(), entry);
                } else {
                    all.add(entry);
                }
            }
        }
        List<HistoryEntry> found = unique ? new ArrayList<>(matches.values()) : all;
        return n <= 0 ? List.copyOf(found) : List.copyOf(found.subList(Math.max(0, found.size() - n), found.size()));
    }

    /** A glob as a regular expression: {@code *} any text, {@code ?} one character. */
    public static Pattern globToRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    @Override
    public void close() {
        // nothing to release
    }
}
