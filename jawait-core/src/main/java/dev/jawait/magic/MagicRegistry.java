package dev.jawait.magic;

import dev.jawait.JawaitException.UnknownNameException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The line and cell magics a session knows, by name (without {@code %}), with their help texts
 * and argument completers. Every front end uses its session's registry; none implements a magic
 * itself. A session's registry holds jawait's built-in magics; modules add theirs through
 * {@code dev.jawait.spi.SessionExtension}, and a host may register more ({@code session.magics()}).
 *
 * <p>Thread-safe.
 */
public final class MagicRegistry {
    private final Map<String, LineMagic> lineMagics = new ConcurrentSkipListMap<>();
    private final Map<String, CellMagic> cellMagics = new ConcurrentSkipListMap<>();
    private final Map<String, String> help = new ConcurrentSkipListMap<>();
    private final Map<String, ArgumentCompleter> completers = new ConcurrentSkipListMap<>();


    /** Registers a line magic with its help text and a completer for its arguments. */
    public void register(String name, LineMagic magic, String helpText, ArgumentCompleter completer) {
        register(name, magic, helpText);
        completers.put(name, completer);
    }

    /** The completer of line magic {@code name}'s arguments, if it has one. */
    public Optional<ArgumentCompleter> completer(String name) {
        return Optional.ofNullable(completers.get(name));
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
    public UnknownNameException unknownCell(String name) {
        return unknown("%%", name, cellMagics.keySet());
    }

    /** The error for an unknown line magic, naming the closest known ones. */
    public UnknownNameException unknown(String name) {
        return unknown("%", name, lineMagics.keySet());
    }

    private static UnknownNameException unknown(String prefix, String name, java.util.Set<String> known) {
        List<String> close = UnknownNameException.closest(name, known).stream().map(k -> prefix + k).toList();
        return new UnknownNameException("Unknown magic " + prefix + name + "."
                + (close.isEmpty() ? "" : " Did you mean " + String.join(", ", close) + "?")
                + " Known: " + String.join(", ", known.stream().map(n -> prefix + n).toList()) + ".");
    }

}
