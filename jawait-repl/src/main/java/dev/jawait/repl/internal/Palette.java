package dev.jawait.repl.internal;

import dev.jawait.analysis.Highlights;
import java.util.Map;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import org.jline.utils.InfoCmp;

/**
 * The terminal's colours, IPython's where IPython has them: a green {@code In [N]:} prompt, a red
 * {@code Out[N]:}, errors in red, and the input line highlighted as it is typed (keywords,
 * literals, comments, magics), in one of IPython's schemes ({@code colors} in {@code %config}:
 * {@code Neutral} for any background, {@code Linux} brighter for a dark one, {@code LightBG}
 * darker for a light one, {@code NoColor}). Colour is off — {@link #NONE} — when the terminal
 * cannot show colours (a dumb terminal, or output that is not a terminal, where the piped front
 * end runs anyway); {@code NO_COLOR} (no-color.org) and {@code --no-color} start the session at
 * {@code NoColor}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Palette {
    /** No colour at all: text as it is. */
    public static final Palette NONE = new Palette(false, AttributedStyle.DEFAULT, AttributedStyle.DEFAULT, Map.of());

    private static final AttributedStyle PLAIN = AttributedStyle.DEFAULT;
    private static final Palette NEUTRAL = new Palette(true, PLAIN.foreground(AttributedStyle.GREEN),
            PLAIN.foreground(AttributedStyle.RED), Map.of(
            Highlights.Kind.KEYWORD, PLAIN.foreground(AttributedStyle.GREEN).bold(),
            Highlights.Kind.STRING, PLAIN.foreground(AttributedStyle.YELLOW),
            Highlights.Kind.NUMBER, PLAIN.foreground(AttributedStyle.CYAN),
            Highlights.Kind.COMMENT, PLAIN.foreground(AttributedStyle.BLUE).italic(),
            Highlights.Kind.MAGIC, PLAIN.foreground(AttributedStyle.MAGENTA)));
    private static final Palette LINUX = new Palette(true, PLAIN.foreground(AttributedStyle.BRIGHT | AttributedStyle.GREEN),
            PLAIN.foreground(AttributedStyle.BRIGHT | AttributedStyle.RED), Map.of(
            Highlights.Kind.KEYWORD, PLAIN.foreground(AttributedStyle.BRIGHT | AttributedStyle.GREEN).bold(),
            Highlights.Kind.STRING, PLAIN.foreground(AttributedStyle.BRIGHT | AttributedStyle.YELLOW),
            Highlights.Kind.NUMBER, PLAIN.foreground(AttributedStyle.BRIGHT | AttributedStyle.CYAN),
            Highlights.Kind.COMMENT, PLAIN.foreground(AttributedStyle.BRIGHT | AttributedStyle.BLUE).italic(),
            Highlights.Kind.MAGIC, PLAIN.foreground(AttributedStyle.BRIGHT | AttributedStyle.MAGENTA)));
    private static final Palette LIGHT_BG = new Palette(true, PLAIN.foreground(AttributedStyle.BLUE),
            PLAIN.foreground(AttributedStyle.RED), Map.of(
            Highlights.Kind.KEYWORD, PLAIN.foreground(AttributedStyle.BLUE).bold(),
            Highlights.Kind.STRING, PLAIN.foreground(AttributedStyle.RED),
            Highlights.Kind.NUMBER, PLAIN.foreground(AttributedStyle.MAGENTA),
            Highlights.Kind.COMMENT, PLAIN.foreground(AttributedStyle.BLACK | AttributedStyle.BRIGHT).italic(),
            Highlights.Kind.MAGIC, PLAIN.foreground(AttributedStyle.CYAN)));

    private final boolean on;
    private final AttributedStyle promptStyle;
    private final AttributedStyle outStyle;
    private final Map<Highlights.Kind, AttributedStyle> syntax;

    private Palette(boolean on, AttributedStyle prompt, AttributedStyle out, Map<Highlights.Kind, AttributedStyle> syntax) {
        this.on = on;
        this.promptStyle = prompt;
        this.outStyle = out;
        this.syntax = syntax;
    }

    /** Whether {@code terminal} shows colours (not a dumb terminal, at least 8 colours). */
    public static boolean canColour(Terminal terminal) {
        Integer colours = terminal.getNumericCapability(InfoCmp.Capability.max_colors);
        return Terminal.TYPE_DUMB_COLOR.equals(terminal.getType())
                || !Terminal.TYPE_DUMB.equals(terminal.getType()) && colours != null && colours >= 8;
    }

    /**
     * The scheme a terminal session starts with: {@code NoColor} with {@code --no-color}; else the
     * {@code colors} of the configuration file, which wins over {@code NO_COLOR} as no-color.org
     * asks; else {@code NoColor} where {@code NO_COLOR} is set; else {@code Neutral}.
     *
     * @param noColorOption whether {@code --no-color} was given
     * @param noColor       the {@code NO_COLOR} environment variable, or null
     * @param configured    the configuration file's {@code colors}, or null
     */
    public static String startScheme(boolean noColorOption, String noColor, String configured) {
        if (noColorOption) {
            return "NoColor";
        }
        if (configured != null) {
            return configured;
        }
        return noColor != null && !noColor.isEmpty() ? "NoColor" : "Neutral";
    }

    /** The palette of scheme {@code name} (one of {@code Settings.COLOR_SCHEMES}, any case; anything else: {@link #NONE}). */
    public static Palette scheme(String name) {
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "neutral" -> NEUTRAL;
            case "linux" -> LINUX;
            case "lightbg" -> LIGHT_BG;
            default -> NONE;
        };
    }

    /** Whether this palette colours anything. */
    public boolean on() {
        return on;
    }

    /** {@code In [N]: } as the prompt shows it. */
    String inPrompt(int count) {
        return styled("In [" + count + "]: ", promptStyle);
    }

    /** The continuation prompt ({@code ...: }) aligned under the {@code In [N]: } prompt. */
    String continuationPrompt(int count) {
        String plain = "In [" + count + "]: ";
        return styled(" ".repeat(Math.max(0, plain.length() - 5)) + "...: ", promptStyle);
    }

    /** {@code Out[N]: } before a value. */
    String outPrompt(int count) {
        return styled("Out[" + count + "]: ", outStyle);
    }

    /** An error's text. */
    String error(String text) {
        return styled(text, outStyle);
    }

    /** {@code cell} with its syntax coloured. */
    AttributedString highlight(String cell) {
        if (!on) {
            return new AttributedString(cell);
        }
        AttributedStringBuilder out = new AttributedStringBuilder(cell.length() + 32);
        int at = 0;
        for (Highlights.Span span : Highlights.of(cell)) {
            out.append(cell, at, span.start());
            out.styled(syntax.get(span.kind()), cell.substring(span.start(), span.end()));
            at = span.end();
        }
        out.append(cell, at, cell.length());
        return out.toAttributedString();
    }

    private String styled(String text, AttributedStyle style) {
        return on ? new AttributedString(text, style).toAnsi() : text;
    }
}
