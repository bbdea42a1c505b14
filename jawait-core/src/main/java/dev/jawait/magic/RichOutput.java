package dev.jawait.magic;

import java.util.Objects;

/**
 * Output a magic shows in two forms: plain text for terminals, pipes and {@code embed()}, and HTML
 * for Jupyter (a table, an inline SVG). Shown with {@link MagicContext#display(RichOutput)}: the
 * kernel sends both as one {@code display_data} under the running cell; every other front end
 * prints the text.
 *
 * @param text the plain-text form ({@link #toString()})
 * @param html the HTML form ({@link #toHtml()}), a fragment, not a document
 *
 * <p>Immutable and thread-safe.
 */
public record RichOutput(String text, String html) {
    public RichOutput {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
    }

    /** The HTML form; the kernel's renderers look for this method. */
    public String toHtml() {
        return html;
    }

    @Override
    public String toString() {
        return text;
    }
}
