package dev.jawait.engine.internal;

import com.sun.source.doctree.DocTree;
import com.sun.source.doctree.EndElementTree;
import com.sun.source.doctree.EntityTree;
import com.sun.source.doctree.LinkTree;
import com.sun.source.doctree.LiteralTree;
import com.sun.source.doctree.ReferenceTree;
import com.sun.source.doctree.SnippetTree;
import com.sun.source.doctree.StartElementTree;
import com.sun.source.doctree.SummaryTree;
import com.sun.source.doctree.TextTree;
import com.sun.source.doctree.ValueTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lays out the inline part of a parsed doc comment as plain text: paragraphs wrapped at 80
 * columns, list items as {@code - item} with a hanging indent, {@code <pre>} and
 * {@code {@snippet}} blocks kept as written. See {@link JavadocText}.
 *
 * <p>Not thread-safe: one instance lays out one comment.
 */
final class JavadocLayout {
    private static final int WIDTH = 80;
    private static final Map<String, String> ENTITIES = Map.of(
            "lt", "<", "gt", ">", "amp", "&", "quot", "\"", "apos", "'", "nbsp", " ", "mdash", "—", "ndash", "–",
            "hellip", "…", "rarr", "→");

    private final List<String> blocks = new ArrayList<>();
    /** Whether each block is a list item (items follow one another without a blank line). */
    private final List<Boolean> items = new ArrayList<>();
    private final StringBuilder paragraph = new StringBuilder();
    private String firstIndent = "";
    private String indent = "";
    private boolean preformatted;

    /** Adds {@code trees} (text, inline tags and HTML) to the layout. */
    void inline(List<? extends DocTree> trees) {
        for (DocTree tree : trees) {
            switch (tree) {
                case TextTree text -> prose(text.getBody());
                case LiteralTree literal -> code(literal.getBody().getBody());
                case LinkTree link -> prose(link.getLabel().isEmpty() ? reference(link.getReference().getSignature())
                        : flatten(link.getLabel()));
                case ReferenceTree reference -> prose(reference(reference.getSignature()));
                case ValueTree value -> prose(value.getReference() == null ? "" : reference(value.getReference().getSignature()));
                case SummaryTree summary -> inline(summary.getSummary());
                case EntityTree entity -> prose(entity(entity.getName().toString()));
                case SnippetTree snippet -> block(snippet.getBody() == null ? "" : snippet.getBody().getBody());
                case StartElementTree start -> startElement(start.getName().toString().toLowerCase(java.util.Locale.ROOT));
                case EndElementTree end -> endElement(end.getName().toString().toLowerCase(java.util.Locale.ROOT));
                default -> { } // {@inheritDoc}, {@index}, comments: nothing a reader needs here
            }
        }
    }

    /** What was laid out, paragraphs separated by blank lines. */
    String text() {
        flush();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < blocks.size(); i++) {
            if (i > 0) {
                out.append(items.get(i) && items.get(i - 1) ? "\n" : "\n\n");
            }
            out.append(blocks.get(i));
        }
        return out.toString().stripTrailing();
    }

    /** {@code text} with every line indented by {@code prefix}. */
    static String indented(String text, String prefix) {
        return prefix + text.replace("\n", "\n" + prefix);
    }

    private void prose(String text) {
        paragraph.append(preformatted ? text : text.replaceAll("\\s+", " "));
    }

    private void code(String text) {
        paragraph.append(text);
    }

    private void block(String text) {
        flush();
        blocks.add(indented(text.stripTrailing().replaceFirst("^\\s*\n", ""), "    "));
        items.add(false);
    }

    private void startElement(String name) {
        switch (name) {
            case "p", "ul", "ol", "dl", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "div" -> flush();
            case "pre" -> {
                flush();
                preformatted = true;
            }
            case "li" -> {
                flush();
                firstIndent = "  - ";
                indent = "    ";
            }
            case "dt", "tr" -> flush();
            case "dd" -> {
                flush();
                firstIndent = "    ";
                indent = "    ";
            }
            case "br" -> paragraph.append('\n');
            case "td", "th" -> paragraph.append(paragraph.isEmpty() ? "" : "  ");
            default -> { } // <b>, <i>, <code>, <a>, <em>, <span>…: their text is enough
        }
    }

    private void endElement(String name) {
        switch (name) {
            case "pre" -> {
                String text = paragraph.toString();
                paragraph.setLength(0);
                preformatted = false;
                block(text);
            }
            case "p", "ul", "ol", "dl", "li", "dd", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "div" -> flush();
            default -> { }
        }
    }

    private void flush() {
        String text = paragraph.toString().strip();
        paragraph.setLength(0);
        if (!text.isEmpty()) {
            blocks.add(preformatted ? indented(text, "    ") : wrap(text));
            items.add(firstIndent.startsWith("  -"));
        }
        firstIndent = "";
        indent = "";
    }

    /** One paragraph wrapped at 80 columns: its first line starts with {@code first}, the others with {@code rest}. */
    static String wrapped(String text, String first, String rest) {
        JavadocLayout layout = new JavadocLayout();
        layout.firstIndent = first;
        layout.indent = rest;
        return layout.wrap(text.strip().replaceAll("\\s+", " "));
    }

    private String wrap(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n")) {
            StringBuilder current = new StringBuilder(out.isEmpty() ? firstIndent : indent);
            int start = current.length();
            for (String word : line.strip().split(" +")) {
                if (current.length() > start && current.length() + 1 + word.length() > WIDTH) {
                    out.append(current).append('\n');
                    current = new StringBuilder(indent);
                    start = current.length();
                }
                current.append(current.length() > start ? " " : "").append(word);
            }
            out.append(current).append('\n');
        }
        return out.toString().stripTrailing();
    }

    /** {@code trees} laid out on their own, as one string. */
    static String flatten(List<? extends DocTree> trees) {
        JavadocLayout layout = new JavadocLayout();
        layout.inline(trees);
        return layout.text();
    }

    /** {@code java.lang.Object#toString()} as {@code Object.toString()}, {@code #equals(Object)} as {@code equals(Object)}. */
    private static String reference(String signature) {
        String member = signature.startsWith("#") ? signature.substring(1) : signature.replace('#', '.');
        return member.replaceAll("\\bjava\\.lang\\.(?=[A-Z])", "");
    }

    private static String entity(String name) {
        if (name.startsWith("#x") || name.startsWith("#X")) {
            return Character.toString(Integer.parseInt(name.substring(2), 16));
        }
        if (name.startsWith("#")) {
            return Character.toString(Integer.parseInt(name.substring(1)));
        }
        return ENTITIES.getOrDefault(name, "&" + name + ";");
    }
}
