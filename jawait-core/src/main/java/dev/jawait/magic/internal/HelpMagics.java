package dev.jawait.magic.internal;

import dev.jawait.magic.MagicContext;
import dev.jawait.magic.MagicResult;
import dev.jawait.magic.MagicRegistry;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code %lsmagic} (every magic, IPython's layout) and {@code %magic [NAME]} (help on one magic,
 * or on all). {@code %NAME?} shows the same help (see {@link MagicRegistry#find}).
 *
 * <p>Stateless and thread-safe.
 */
final class HelpMagics {
    static final String LSMAGIC_HELP = "%lsmagic\nLists the line and cell magics.";
    static final String MAGIC_HELP = "%magic [NAME]\nHelp on a magic (%magic time, %magic %%time), or on all of them. `%time?` works too.";

    private HelpMagics() {}

    static MagicResult lsmagic(MagicContext context, String args) {
        MagicRegistry magics = context.control().magics();
        return MagicResult.show(
                "Available line magics:",
                String.join("  ", magics.names().stream().map(n -> "%" + n).toList()),
                "",
                "Available cell magics:",
                String.join("  ", magics.cellNames().stream().map(n -> "%%" + n).toList()),
                "",
                "Help on one: %magic NAME or %NAME?");
    }

    static MagicResult magic(MagicContext context, String args) {
        MagicRegistry magics = context.control().magics();
        String name = args.strip();
        if (name.endsWith("?")) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.isEmpty()) {
            List<String> lines = new ArrayList<>();
            magics.names().forEach(n -> add(lines, magics.help(n).orElse("%" + n)));
            magics.cellNames().forEach(n -> add(lines, magics.help("%%" + n).orElse("%%" + n)));
            return MagicResult.show(lines);
        }
        String key = name.startsWith("%%") ? name : name.startsWith("%") ? name.substring(1) : name;
        String found = key;
        return MagicResult.show(magics.help(key).orElseThrow(() -> key.startsWith("%%")
                ? magics.unknownCell(found.substring(2)) : magics.unknown(found)));
    }

    private static void add(List<String> lines, String help) {
        if (!lines.isEmpty()) {
            lines.add("");
        }
        lines.addAll(help.lines().toList());
    }
}
