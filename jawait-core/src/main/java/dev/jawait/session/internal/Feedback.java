package dev.jawait.session.internal;

import dev.jawait.CellResult;
import dev.jawait.config.Settings;
import dev.jawait.engine.internal.Engine;
import dev.jawait.engine.internal.UserSnippets;
import dev.jawait.engine.internal.ValueText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * JShell's feedback modes, owned by the session so that every front end shows the same: what a
 * typed cell reports besides its output. {@code concise} is jawait's default (values as
 * {@code Out[N]}, declarations quiet, as in IPython); {@code normal} adds JShell's
 * {@code x ==> 3} and {@code |  created method m()} lines; {@code verbose} also names a
 * variable's type; {@code silent} shows no values either.
 *
 * <p>Thread-safe: the mode is a setting, read and written atomically.
 */
final class Feedback {
    /** A feedback mode, in JShell's order of detail. */
    enum Mode {
        /** Nothing but output and errors. */
        SILENT,
        /** Values; declarations quiet (jawait's default). */
        CONCISE,
        /** Values and what declarations created or modified. */
        NORMAL,
        /** As normal, with each variable's type. */
        VERBOSE;

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Settings settings;

    /** Feedback in the mode {@code settings} hold ({@code feedback}: {@code %config}, the configuration file). */
    Feedback(Settings settings) {
        this.settings = settings;
    }

    Mode mode() {
        return Mode.valueOf(settings.feedback().toUpperCase(Locale.ROOT));
    }

    void set(Mode newMode) {
        settings.set(Settings.FEEDBACK, newMode.word());
    }

    /** The result of a typed cell as the mode shows it, given the snippets the cell declared. */
    CellResult apply(CellResult result, List<UserSnippets.Entry> declared, Engine engine) {
        return switch (mode()) {
            case SILENT -> result instanceof CellResult.Value value
                    ? new CellResult.NoValue(value.executionCount(), value.notices(), value.payloads()) : result;
            case CONCISE -> result;
            case NORMAL, VERBOSE -> declared.isEmpty() ? result : result.withEarlier(lines(declared, engine), List.of());
        };
    }

    private List<String> lines(List<UserSnippets.Entry> declared, Engine engine) {
        List<String> lines = new ArrayList<>();
        for (UserSnippets.Entry entry : declared) {
            if (entry.kind().isEmpty() || entry.kind().equals("import") || entry.name().startsWith("$") || entry.rejected()) {
                continue;
            }
            String action = entry.replaced() ? "modified" : "created";
            if (entry.kind().equals("variable")) {
                lines.add(entry.name() + " ==> " + engine.variable(entry.name()).map(ValueText::of).orElse("null"));
                if (mode() == Mode.VERBOSE) {
                    lines.add("|  " + action + " variable " + entry.name() + " : " + entry.type());
                }
            } else {
                lines.add("|  " + action + " " + entry.kind() + " " + entry.signature());
            }
        }
        return lines;
    }
}
