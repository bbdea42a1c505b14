package dev.jawait.magic;

import dev.jawait.JawaitException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The line magics a session knows, by name (without {@code %}). Every front end uses the same
 * registry through {@link dev.jawait.Session}; none implements a magic itself.
 *
 * <p>Thread-safe.
 */
public final class MagicRegistry {
    private final Map<String, LineMagic> lineMagics = new ConcurrentSkipListMap<>();
    private final Map<String, CellMagic> cellMagics = new ConcurrentSkipListMap<>();

    /** A registry with jawait's built-in magics. */
    public static MagicRegistry standard() {
        MagicRegistry registry = new MagicRegistry();
        registry.register("autoawait", new AutoawaitMagic());
        return registry;
    }

    public void register(String name, LineMagic magic) {
        lineMagics.put(name, magic);
    }

    public void register(String name, CellMagic magic) {
        cellMagics.put(name, magic);
    }

    public Optional<LineMagic> find(String name) {
        return Optional.ofNullable(lineMagics.get(name));
    }

    public Optional<CellMagic> findCell(String name) {
        return Optional.ofNullable(cellMagics.get(name));
    }

    /** Line magic names, sorted. */
    public List<String> names() {
        return List.copyOf(lineMagics.keySet());
    }

    /** Cell magic names, sorted. */
    public List<String> cellNames() {
        return List.copyOf(cellMagics.keySet());
    }

    /** The error for an unknown cell magic, naming the closest known ones. */
    public JawaitException unknownCell(String name) {
        return unknown("%%", name, cellMagics.keySet());
    }

    /** The error for an unknown line magic, naming the closest known ones. */
    public JawaitException unknown(String name) {
        return unknown("%", name, lineMagics.keySet());
    }

    private static JawaitException unknown(String prefix, String name, java.util.Set<String> known) {
        List<String> close = known.stream()
                .sorted(Comparator.comparingInt(k -> distance(k, name)))
                .filter(k -> distance(k, name) <= Math.max(2, name.length() / 2))
                .limit(3).map(k -> prefix + k).toList();
        return new JawaitException("Unknown magic " + prefix + name + "."
                + (close.isEmpty() ? "" : " Did you mean " + String.join(", ", close) + "?")
                + " Known: " + String.join(", ", known.stream().map(n -> prefix + n).toList()) + ".");
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
