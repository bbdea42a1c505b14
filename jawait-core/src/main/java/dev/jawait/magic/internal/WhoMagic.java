package dev.jawait.magic.internal;

import dev.jawait.magic.LineMagic;
import dev.jawait.magic.MagicContext;
import dev.jawait.magic.MagicResult;

import dev.jawait.SessionVariable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code %who} (names of the user's variables, sorted, tab-separated) and {@code %whos} (a table
 * of name, type and value), as in IPython. JShell's {@code $N} temporaries are not listed.
 *
 * <p>Stateless and thread-safe.
 */
final class WhoMagic implements LineMagic {
    static final String WHO_HELP = "%who\nLists the names of the variables you declared in this session.";
    static final String WHOS_HELP = "%whos\nLists the variables you declared with their types and values.";
    private static final int MAX_VALUE = 60;
    private final boolean table;

    WhoMagic(boolean table) {
        this.table = table;
    }

    @Override
    public MagicResult run(MagicContext context, String args) {
        List<SessionVariable> variables = new ArrayList<>(context.control().variables());
        if (variables.isEmpty()) {
            return MagicResult.show("Interactive namespace is empty.");
        }
        variables.sort(Comparator.comparing(SessionVariable::name));
        if (!table) {
            return MagicResult.show(String.join("\t", variables.stream().map(SessionVariable::name).toList()));
        }
        int nameWidth = Math.max("Variable".length(), variables.stream().mapToInt(v -> v.name().length()).max().orElse(0)) + 3;
        int typeWidth = Math.max("Type".length(), variables.stream().mapToInt(v -> v.type().length()).max().orElse(0)) + 3;
        List<String> lines = new ArrayList<>();
        String header = pad("Variable", nameWidth) + pad("Type", typeWidth) + "Data/Info";
        lines.add(header);
        lines.add("-".repeat(header.length() + 2));
        for (SessionVariable variable : variables) {
            lines.add(pad(variable.name(), nameWidth) + pad(variable.type(), typeWidth) + shorten(variable.valueText()));
        }
        return MagicResult.show(lines);
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(1, width - text.length()));
    }

    private static String shorten(String value) {
        String oneLine = value.replace("\n", "\\n");
        return oneLine.length() <= MAX_VALUE ? oneLine : oneLine.substring(0, MAX_VALUE - 3) + "...";
    }
}
