package dev.jawait.magic.internal;

import dev.jawait.magic.LineMagic;
import dev.jawait.magic.MagicContext;
import dev.jawait.magic.MagicResult;

import dev.jawait.JawaitException;
import dev.jawait.magic.SessionControl;
import dev.jawait.history.HistoryEntry;
import dev.jawait.history.HistoryStore;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code %history [-n] [-o] [-g PATTERN] [-l N] [RANGE…]}: lists cells from the session's
 * {@link HistoryStore}, as IPython's {@code %history} does. Ranges: {@code 4}, {@code 4-6}
 * (inclusive), {@code ~1/2-3} (one session back), {@code 7/1-4} (session 7). {@code -g} searches
 * every session (the pattern is a glob matched anywhere in the input) and always numbers lines:
 * {@code line:} for this session, {@code session/line:} for others. {@code -o} adds each
 * displayed output on the line after its input.
 *
 * <p>Stateless and thread-safe.
 */
final class HistoryMagic implements LineMagic {
    static final String HELP = """
            %history [-n] [-o] [-g PATTERN] [-l N] [RANGE ...]
            Shows cells from history (the SQLite database shared by every jawait on this machine).
              -n          number the lines (session/line for other sessions)
              -o          also show each displayed output
              -g PATTERN  search all sessions (glob: * any text, ? one character)
              -l N        the last N cells of all sessions
            RANGE: 4, 4-6 (inclusive), ~1/2-3 (a session back), 7/1-4 (session 7). Default: this session.""";

    /** Parsed arguments. */
    private record Request(boolean numbers, boolean outputs, String pattern, int last, List<String> ranges) {}

    @Override
    public MagicResult run(MagicContext context, String args) {
        SessionControl session = context.control();
        Request request = parse(args);
        HistoryStore store = session.history();
        long current = session.historySession();
        List<HistoryEntry> entries = new ArrayList<>();
        boolean numbers = request.numbers();
        if (request.pattern() != null) {
            numbers = true;
            entries.addAll(store.search(globAnywhere(request.pattern()), 0, false));
        } else if (request.last() > 0) {
            entries.addAll(store.tail(request.last()));
        } else if (request.ranges().isEmpty()) {
            // this session, up to (not including) the cell that asked
            entries.addAll(store.range(current, 1, 0));
        } else {
            for (String range : request.ranges()) {
                entries.addAll(range(store, current, range));
            }
        }
        return MagicResult.show(render(entries, current, numbers, request.outputs()));
    }

    private static String globAnywhere(String pattern) {
        return (pattern.startsWith("*") ? "" : "*") + pattern + (pattern.endsWith("*") ? "" : "*");
    }

    private static List<String> render(List<HistoryEntry> entries, long current, boolean numbers, boolean outputs) {
        // IPython's layout: labels right-aligned in (at least) 4 columns, then ": " or ":" + newline
        int width = Math.max(4, entries.stream().mapToInt(e -> label(e, current).length()).max().orElse(0));
        List<String> lines = new ArrayList<>();
        for (HistoryEntry entry : entries) {
            boolean multiline = entry.input().contains("\n");
            String prefix = numbers ? pad(label(entry, current), width) + ": " : "";
            if (multiline && numbers) {
                lines.add(prefix.stripTrailing());
                lines.addAll(entry.input().lines().toList());
            } else {
                lines.add(prefix + entry.input());
            }
            if (outputs && entry.output() != null) {
                lines.add(entry.output());
            }
        }
        return lines;
    }

    private static String label(HistoryEntry entry, long current) {
        return entry.session() == current ? String.valueOf(entry.line()) : entry.session() + "/" + entry.line();
    }

    private static String pad(String text, int width) {
        return " ".repeat(Math.max(0, width - text.length())) + text;
    }

    private static List<HistoryEntry> range(HistoryStore store, long current, String range) {
        long session = current;
        String lines = range;
        int slash = range.indexOf('/');
        if (slash >= 0) {
            String which = range.substring(0, slash);
            lines = range.substring(slash + 1);
            session = which.startsWith("~") ? current - number(which.substring(1), range) : number(which, range);
        }
        if (lines.isEmpty()) {
            return store.range(session, 1, 0);
        }
        int dash = lines.indexOf('-');
        int start = (int) number(dash < 0 ? lines : lines.substring(0, dash), range);
        int stop = dash < 0 ? start : (int) number(lines.substring(dash + 1), range);
        return store.range(session, start, stop + 1);
    }

    private static long number(String text, String range) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new JawaitException.BadArgumentsException("%history: cannot read the range `" + range
                    + "`; write 4, 4-6, ~1/2-3 or 7/1-4.");
        }
    }

    private static Request parse(String args) {
        boolean numbers = false;
        boolean outputs = false;
        String pattern = null;
        int last = 0;
        List<String> ranges = new ArrayList<>();
        List<String> words = args.isBlank() ? List.of() : List.of(args.strip().split("\\s+"));
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            switch (word) {
                case "-n" -> numbers = true;
                case "-o" -> outputs = true;
                case "-no", "-on" -> {
                    numbers = true;
                    outputs = true;
                }
                case "-g" -> pattern = i + 1 < words.size() ? String.join(" ", words.subList(++i, words.size())) : "*";
                case "-l" -> {
                    if (i + 1 >= words.size()) {
                        throw new JawaitException.BadArgumentsException("%history -l needs a number of cells.");
                    }
                    last = (int) number(words.get(++i), "-l " + words.get(i));
                }
                default -> {
                    if (word.startsWith("-")) {
                        throw new JawaitException.BadArgumentsException("%history: unknown option " + word + ". Options: -n, -o, -g PATTERN, -l N.");
                    }
                    ranges.add(word);
                }
            }
            if (pattern != null) {
                break;
            }
        }
        return new Request(numbers, outputs, pattern, last, ranges);
    }
}
