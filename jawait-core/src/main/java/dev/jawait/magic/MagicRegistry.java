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
    private final Map<String, String> help = new ConcurrentSkipListMap<>();

    /** A registry with jawait's built-in magics. */
    public static MagicRegistry standard() {
        MagicRegistry registry = new MagicRegistry();
        StandardMagics.registerAll(registry);
        return registry;
    }

    /** Registers a line magic with its help text (shown by {@code %magic NAME} and {@code %NAME?}). */
    public void register(String name, LineMagic magic, String helpText) {
        register(name, magic);
        help.put(name, helpText);
    }

    /** Registers a cell magic with its help text (shown by {@code %magic %%NAME} and {@code %%NAME?}). */
    public void register(String name, CellMagic magic, String helpText) {
        register(name, magic);
        help.put("%" + name, helpText);
    }

    /**
     * The help of a magic: {@code name} for a line magic, {@code %name} for a cell magic; a line
     * magic without its own help text reads "no help".
     */
    public Optional<String> help(String name) {
        String key = name.startsWith("%%") ? name.substring(1) : name.startsWith("%") ? name.substring(1) : name;
        if (help.containsKey(key)) {
            return Optional.of(help.get(key));
        }
        boolean known = key.startsWith("%") ? cellMagics.containsKey(key.substring(1)) : lineMagics.containsKey(key);
        return known ? Optional.of("%" + key + ": no help available.") : Optional.empty();
    }

    public void register(String name, LineMagic magic) {
        lineMagics.put(name, magic);
    }

    public void register(String name, CellMagic magic) {
        cellMagics.put(name, magic);
    }

    /** The line magic {@code name}; {@code name?} (IPython's help suffix) finds one that shows its help. */
    public Optional<LineMagic> find(String name) {
        if (name.endsWith("?") && lineMagics.containsKey(name.substring(0, name.length() - 1))) {
            String helpText = help(name.substring(0, name.length() - 1)).orElseThrow();
            return Optional.of((context, args) -> MagicResult.show(helpText));
        }
        return Optional.ofNullable(lineMagics.get(name));
    }

    /** The cell magic {@code name}; {@code name?} finds one that shows its help. */
    public Optional<CellMagic> findCell(String name) {
        if (name.endsWith("?") && cellMagics.containsKey(name.substring(0, name.length() - 1))) {
            String helpText = help("%" + name.substring(0, name.length() - 1)).orElseThrow();
            return Optional.of((context, args, body) -> MagicResult.show(helpText));
        }
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
