package dev.jawait.config;

import dev.jawait.JawaitException.BadArgumentsException;
import dev.jawait.JawaitException.UnknownNameException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * jawait's settings by name, as {@code %config} and {@code ~/.jawait/jawait.properties} know
 * them: the one owner of their names, help, defaults and checks, and of the current values of a
 * session's settings besides its runner (how much of a value is shown, how many displayed values
 * {@code Out} keeps, the terminal's colours). The values of {@link #RUNNER} and {@link #AUTOAWAIT} are the session's
 * runner settings' ({@code %autoawait}), which resolve runner names.
 *
 * <p>Thread-safe: each setting is read and written atomically.
 */
public final class Settings {
    /** One setting: its name, what it does, its default. */
    public record Definition(String name, String help, String defaultValue) {}

    /** The runner of cells that await ({@code %autoawait NAME}, {@code --runner}). */
    public static final String RUNNER = "runner";
    /** Whether cells that await may run ({@code %autoawait on|off}, {@code --autoawait}). */
    public static final String AUTOAWAIT = "autoawait";
    /** Displayed values {@code Out} and {@code _N} keep (IPython's {@code cache_size}); 0: none. */
    public static final String CACHE_SIZE = "cache_size";
    /** Characters of a value shown before it is cut; 0: no limit. */
    public static final String MAX_VALUE_LENGTH = "max_value_length";
    /** Elements of one collection, map or array shown (IPython's {@code max_seq_length}); 0: no limit. */
    public static final String MAX_SEQ_LENGTH = "max_seq_length";
    /** The terminal's colour scheme (IPython's {@code colors}): {@link #COLOR_SCHEMES}. */
    public static final String COLORS = "colors";
    /** The colour schemes, IPython's names: for any background, a dark one, a light one, none. */
    public static final List<String> COLOR_SCHEMES = List.of("Neutral", "Linux", "LightBG", "NoColor");
    /** JShell's feedback mode ({@code /set feedback}): {@link #FEEDBACK_MODES}. */
    public static final String FEEDBACK = "feedback";
    /** The feedback modes, JShell's, from least to most said. */
    public static final List<String> FEEDBACK_MODES = List.of("silent", "concise", "normal", "verbose");
    /**
     * The start-up scripts of a session, comma-separated, as {@code --startup} names them
     * ({@code /set start -retain} writes it); read when a session starts, not changed in one.
     */
    public static final String STARTUP = "startup";

    private static final Map<String, Definition> DEFINITIONS = definitions(
            new Definition(RUNNER, "the runner of cells that await: virtual, sync, loop, a variable or a class"
                    + " (as %autoawait NAME)", "virtual"),
            new Definition(AUTOAWAIT, "whether cells that await may run: on or off", "on"),
            new Definition(CACHE_SIZE, "how many displayed values Out and _N keep, the oldest forgotten first"
                    + " (0: none)", "1000"),
            new Definition(MAX_VALUE_LENGTH, "characters of a shown value before it is cut with …"
                    + " (0: no limit)", "1000"),
            new Definition(MAX_SEQ_LENGTH, "elements of a collection, map or array shown before …"
                    + " (0: no limit)", "1000"),
            new Definition(COLORS, "the terminal's colours: Neutral, Linux (dark background), LightBG (light"
                    + " background) or NoColor; NO_COLOR and --no-color start at NoColor", "Neutral"),
            new Definition(FEEDBACK, "what cells report besides output, as JShell's /set feedback: silent, concise,"
                    + " normal or verbose", "concise"),
            new Definition(STARTUP, "start-up scripts in place of the default imports, comma-separated (DEFAULT,"
                    + " PRINTING, JAVASE, NONE or files), as --startup; read when a session starts", "DEFAULT"));

    private final Map<String, Integer> values = new ConcurrentHashMap<>();
    private final Map<String, String> choices = new ConcurrentHashMap<>(Map.of(COLORS, "Neutral", FEEDBACK, "concise"));

    /** Every setting at its default. */
    public Settings() {
        DEFINITIONS.values().stream().filter(d -> isNumber(d.name()))
                .forEach(d -> values.put(d.name(), Integer.parseInt(d.defaultValue())));
    }

    /** The settings this class owns, in the order {@code %config} lists them. */
    public static List<Definition> definitions() {
        return List.copyOf(DEFINITIONS.values());
    }

    /** Whether {@code name} is one of these settings. */
    public static boolean knows(String name) {
        return DEFINITIONS.containsKey(name);
    }

    /**
     * Sets {@code name}, one of the settings besides the runner's, to {@code value} (surrounding
     * blanks and {@code _} between digits ignored).
     *
     * @throws UnknownNameException when there is no such setting
     * @throws BadArgumentsException when the value is not one it takes, or the setting is the runner's
     */
    public void set(String name, String value) {
        int number = parse(name, value);
        if (choices.containsKey(name)) {
            choices.put(name, choice(name, value));
            return;
        }
        if (name.equals(STARTUP)) {
            throw new BadArgumentsException(STARTUP + " is read when a session starts: in a session, /set start"
                    + " chooses the scripts of the next /reset.");
        }
        if (!isNumber(name)) {
            throw new BadArgumentsException(name + " is set through the session's runner settings.");
        }
        values.put(name, number);
    }

    /**
     * Checks that {@code value} is one that {@code name} takes, without setting it.
     *
     * @throws UnknownNameException when there is no such setting
     * @throws BadArgumentsException when the value is not one it takes
     */
    public static void check(String name, String value) {
        parse(name, value);
    }

    /** The current value of {@code name} (not the runner's settings) as text. */
    public String get(String name) {
        definition(name);
        if (name.equals(STARTUP)) {
            return definition(name).defaultValue();
        }
        return choices.containsKey(name) ? choices.get(name) : String.valueOf(values.get(name));
    }

    /**
     * {@code on}/{@code true}/{@code yes} or {@code off}/{@code false}/{@code no}, any case.
     *
     * @throws BadArgumentsException for anything else
     */
    public static boolean onOff(String name, String value) {
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "on", "true", "yes" -> true;
            case "off", "false", "no" -> false;
            default -> throw new BadArgumentsException(name + " must be on or off, not `" + value + "`.");
        };
    }

    /** The terminal's colour scheme, one of {@link #COLOR_SCHEMES}. */
    public String colors() {
        return choices.get(COLORS);
    }

    /** JShell's feedback mode, one of {@link #FEEDBACK_MODES}. */
    public String feedback() {
        return choices.get(FEEDBACK);
    }

    public int cacheSize() {
        return values.get(CACHE_SIZE);
    }

    public int maxValueLength() {
        return values.get(MAX_VALUE_LENGTH);
    }

    public int maxSeqLength() {
        return values.get(MAX_SEQ_LENGTH);
    }

    private static boolean isNumber(String name) {
        return !List.of(RUNNER, AUTOAWAIT, COLORS, FEEDBACK, STARTUP).contains(name);
    }

    /** The value as a number for the number settings; checked (and 0) for the others. */
    private static int parse(String name, String value) {
        definition(name);
        if (name.equals(AUTOAWAIT)) {
            onOff(name, value);
            return 0;
        }
        if (name.equals(COLORS) || name.equals(FEEDBACK)) {
            choice(name, value);
            return 0;
        }
        if (name.equals(STARTUP)) {
            return 0;
        }
        if (name.equals(RUNNER)) {
            if (value == null || value.isBlank()) {
                throw new BadArgumentsException("runner needs a name.");
            }
            return 0;
        }
        String text = value == null ? "" : value.strip().replace("_", "");
        try {
            int number = Integer.parseInt(text);
            if (number >= 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new BadArgumentsException(name + " takes a whole number, 0 or more, not `" + value + "`.");
    }

    /** The choice of setting {@code name} that {@code value} names, in any case, spelled as listed. */
    private static String choice(String name, String value) {
        List<String> all = name.equals(COLORS) ? COLOR_SCHEMES : FEEDBACK_MODES;
        String typed = value == null ? "" : value.strip();
        return all.stream().filter(s -> s.equalsIgnoreCase(typed)).findFirst()
                .orElseThrow(() -> new BadArgumentsException(name + " is one of " + String.join(", ", all)
                        + ", not `" + value + "`."));
    }

    private static Definition definition(String name) {
        Definition definition = DEFINITIONS.get(name);
        if (definition == null) {
            List<String> close = UnknownNameException.closest(name, DEFINITIONS.keySet());
            throw new UnknownNameException("No setting named `" + name + "`."
                    + (close.isEmpty() ? "" : " Did you mean " + String.join(", ", close) + "?")
                    + " `%config` lists them.");
        }
        return definition;
    }

    private static Map<String, Definition> definitions(Definition... all) {
        Map<String, Definition> map = new LinkedHashMap<>();
        for (Definition definition : all) {
            map.put(definition.name(), definition);
        }
        return map;
    }
}
