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
 * literals, comments, magics). Colour is off — {@link #NONE} — when the {@code NO_COLOR}
 * environment variable is set (no-color.org), when the terminal cannot show colours (a dumb
 * terminal, or output that is not a terminal, where the piped front end runs anyway), and when
 * the user turns it off ({@code --no-color}).
 *
 * <p>Immutable and thread-safe.
 */
public final class Palette {
    /** No colour at all: text as it is. */
    public static final Palette NONE = new Palette(false);

    private static final AttributedStyle PROMPT = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    private static final AttributedStyle OUT = AttributedStyle.DEFAULT.foreground(AttributedStyle.RED);
    private static final AttributedStyle ERROR = AttributedStyle.DEFAULT.foreground(AttributedStyle.RED);
    private static final Map<Highlights.Kind, AttributedStyle> SYNTAX = Map.of(
            Highlights.Kind.KEYWORD, AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN).bold(),
            Highlights.Kind.STRING, AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW),
            Highlights.Kind.NUMBER, AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN),
            Highlights.Kind.COMMENT, AttributedStyle.DEFAULT.foreground(AttributedStyle.BLUE).italic(),
            Highlights.Kind.MAGIC, AttributedStyle.DEFAULT.foreground(AttributedStyle.MAGENTA));

    private final boolean on;

    private Palette(boolean on) {
        this.on = on;
    }

    /**
     * The palette for {@code terminal}.
     *
     * @param wanted   false when the user turned colour off
     * @param noColor  the {@code NO_COLOR} environment variable, or null
     */
    public static Palette forTerminal(Terminal terminal, boolean wanted, String noColor) {
        Integer colours = terminal.getNumericCapability(InfoCmp.Capability.max_colors);
        boolean capable = Terminal.TYPE_DUMB_COLOR.equals(terminal.getType())
                || !Terminal.TYPE_DUMB.equals(terminal.getType()) && colours != null && colours >= 8;
        return wanted && (noColor == null || noColor.isEmpty()) && capable ? new Palette(true) : NONE;
    }

    /** Whether this palette colours anything. */
    public boolean on() {
        return on;
    }

    /** {@code In [N]: } as the prompt shows it. */
    String inPrompt(int count) {
        return styled("In [" + count + "]: ", PROMPT);
    }

    /** The continuation prompt ({@code ...: }) aligned under the {@code In [N]: } prompt. */
    String continuationPrompt(int count) {
        String plain = "In [" + count + "]: ";
        return styled(" ".repeat(Math.max(0, plain.length() - 5)) + "...: ", PROMPT);
    }

    /** {@code Out[N]: } before a value. */
    String outPrompt(int count) {
        return styled("Out[" + count + "]: ", OUT);
    }

    /** An error's text. */
    String error(String text) {
        return styled(text, ERROR);
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
            out.styled(SYNTAX.get(span.kind()), cell.substring(span.start(), span.end()));
            at = span.end();
        }
        out.append(cell, at, cell.length());
        return out.toAttributedString();
    }

    private String styled(String text, AttributedStyle style) {
        return on ? new AttributedString(text, style).toAnsi() : text;
    }
}
