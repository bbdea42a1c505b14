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

    /** A registry with jawait's built-in magics. */
    public static MagicRegistry standard() {
        MagicRegistry registry = new MagicRegistry();
        registry.register("autoawait", new AutoawaitMagic());
        return registry;
    }

    public void register(String name, LineMagic magic) {
        lineMagics.put(name, magic);
    }

    public Optional<LineMagic> find(String name) {
        return Optional.ofNullable(lineMagics.get(name));
    }

    public List<String> names() {
        return List.copyOf(lineMagics.keySet());
    }

    /** The error for an unknown magic, naming the closest known ones. */
    public JawaitException unknown(String name) {
        List<String> close = lineMagics.keySet().stream()
                .sorted(Comparator.comparingInt(known -> distance(known, name)))
                .filter(known -> distance(known, name) <= Math.max(2, name.length() / 2))
                .limit(3).map(known -> "%" + known).toList();
        return new JawaitException("Unknown magic %" + name + "."
                + (close.isEmpty() ? "" : " Did you mean " + String.join(", ", close) + "?")
                + " Known magics: " + String.join(", ", lineMagics.keySet().stream().map(n -> "%" + n).toList()) + ".");
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
