package dev.jawait.magic.internal;

import dev.jawait.config.Settings;
import dev.jawait.magic.LineMagic;
import dev.jawait.magic.MagicContext;
import dev.jawait.magic.MagicResult;
import dev.jawait.magic.SessionControl;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code %config}: lists jawait's settings with their values, shows one ({@code %config NAME}),
 * or sets one ({@code %config NAME=VALUE}); the names are {@link Settings}'s, the same as in
 * {@code ~/.jawait/jawait.properties}.
 *
 * <p>Stateless and thread-safe.
 */
final class ConfigMagic implements LineMagic {
    static final String HELP = """
            %config                 lists jawait's settings with their current values
            %config NAME            shows one
            %config NAME=VALUE      sets one for this session (also `NAME = VALUE`, `NAME VALUE`)
            The same names set defaults in ~/.jawait/jawait.properties, one NAME=VALUE a line.""";

    static final String COLORS_HELP = """
            %colors [SCHEME]
            Shows or sets the terminal's colours (IPython's schemes): Neutral (any background), Linux
            (a dark background), LightBG (a light background) or NoColor. The same as %config colors=SCHEME.""";

    /** {@code %colors [SCHEME]}. */
    static MagicResult colors(MagicContext context, String args) {
        Settings settings = context.control().settings();
        if (args.isBlank()) {
            return MagicResult.show(Settings.COLORS + "=" + settings.colors() + "   # one of "
                    + String.join(", ", Settings.COLOR_SCHEMES));
        }
        settings.set(Settings.COLORS, args.strip());
        return MagicResult.none();
    }

    @Override
    public MagicResult run(MagicContext context, String args) {
        SessionControl session = context.control();
        String arg = args.strip();
        if (arg.isEmpty()) {
            List<String> lines = new ArrayList<>();
            int width = Settings.definitions().stream().filter(d -> !d.name().equals(Settings.STARTUP)).mapToInt(d -> (d.name() + "=" + value(session, d.name())).length())
                    .max().orElse(0);
            for (Settings.Definition definition : Settings.definitions().stream()
                    .filter(d -> !d.name().equals(Settings.STARTUP)).toList()) {
                String setting = definition.name() + "=" + value(session, definition.name());
                lines.add(setting + " ".repeat(width - setting.length() + 3) + "# " + definition.help());
            }
            return MagicResult.show(lines);
        }
        int split = firstSeparator(arg);
        String name = split < 0 ? arg : arg.substring(0, split).strip();
        if (split < 0) {
            return MagicResult.show(name + "=" + value(session, name));
        }
        String value = arg.substring(split).strip();
        if (value.startsWith("=") || value.startsWith(":")) {
            value = value.substring(1).strip(); // `NAME = VALUE`
        }
        Settings.check(name, value);
        switch (name) {
            case Settings.RUNNER -> session.useRunner(value);
            case Settings.AUTOAWAIT -> session.setAutoawait(Settings.onOff(name, value));
            default -> session.settings().set(name, value);
        }
        return MagicResult.none();
    }

    private static String value(SessionControl session, String name) {
        return switch (name) {
            case Settings.STARTUP -> throw new dev.jawait.JawaitException.BadArgumentsException(Settings.STARTUP
                    + " is read when a session starts (the configuration file, --startup); /set start shows and"
                    + " changes this session's start-up scripts.");
            case Settings.RUNNER -> session.runnerName();
            case Settings.AUTOAWAIT -> session.autoawait() ? "on" : "off";
            default -> session.settings().get(name);
        };
    }

    /** Where the name ends: at {@code =}, {@code :} or the first blank. */
    private static int firstSeparator(String arg) {
        for (int i = 0; i < arg.length(); i++) {
            char c = arg.charAt(i);
            if (c == '=' || c == ':' || Character.isWhitespace(c)) {
                return i;
            }
        }
        return -1;
    }
}
