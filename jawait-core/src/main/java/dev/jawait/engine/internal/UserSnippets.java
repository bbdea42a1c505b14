package dev.jawait.engine.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.ImportSnippet;
import jdk.jshell.JShell;
import jdk.jshell.MethodSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.TypeDeclSnippet;
import jdk.jshell.VarSnippet;

/**
 * The snippets the user typed, as JShell's {@code /list} numbers them: one entry per snippet of
 * a cell (a cell {@code int a = 1; int b = 2;} is two), with the user's text (before the
 * {@code await} rewrite), numbered {@code 1, 2, …} for accepted snippets and {@code e1, e2, …}
 * for rejected ones, in the order they ran. Snippets jawait makes itself (start-up imports,
 * bindings, adapters) are not here.
 *
 * <p>Not thread-safe: the engine records and reads under the session's cell lock.
 */
public final class UserSnippets {
    /**
     * One snippet the user typed.
     *
     * @param id          {@code 7}, or {@code e2} for a rejected one
     * @param text        what the user typed for it
     * @param name        the name it declares ({@code x}, {@code m}, {@code $3} for an expression's value), or empty
     * @param kind        what it declares in JShell's words ({@code variable}, {@code method}, {@code class},
     *                    {@code record} …), or empty for statements and expressions
     * @param signature   {@code x}, {@code m(int)}, {@code A}: how JShell names it after its kind
     * @param type        a variable's type, else empty
     * @param listing     how {@code /vars}, {@code /methods}, {@code /types}, {@code /imports} show it
     *                    ({@code int x}, {@code int twice(int)}, {@code class A}, {@code import java.util.*}), or empty
     * @param replaced    whether it replaced an earlier declaration (JShell's "modified")
     */
    public record Entry(String id, String text, String name, String kind, String signature, String type,
                        String listing, boolean replaced, Snippet snippet) {
        /** Whether it was rejected (compile errors). */
        public boolean rejected() {
            return id.startsWith("e");
        }

        /** What it declares: {@code variable}, {@code method}, {@code type}, {@code import}, or empty. */
        public String family() {
            return switch (kind) {
                case "variable", "method", "import", "" -> kind;
                default -> "type";
            };
        }

        /** Whether a start-up file declared it ({@code /set start}). */
        public boolean fromStart() {
            return id.startsWith("s");
        }
    }

    private final JShell shell;
    private final List<Entry> entries = new ArrayList<>();
    private final List<Snippet> dropped = new ArrayList<>();
    private int accepted;
    private int rejected;

    UserSnippets(JShell shell) {
        this.shell = shell;
    }

    /** Records the snippet a user's snippet {@code text} made, from its evaluation's events. */
    void record(String text, List<SnippetEvent> events) {
        events.stream().filter(e -> e.causeSnippet() == null).findFirst().ifPresent(main -> {
            Snippet snippet = main.snippet();
            boolean ok = main.status() != Snippet.Status.REJECTED;
            String id = ok ? String.valueOf(++accepted) : "e" + ++rejected;
            boolean replaced = events.stream().anyMatch(e -> e.causeSnippet() == snippet
                    && e.status() == Snippet.Status.OVERWRITTEN);
            String[] declared = ok ? declaration(snippet) : new String[] {"", "", ""};
            entries.add(new Entry(id, text, nameOf(snippet), declared[0], declared[1], declared[2], listing(snippet),
                    replaced, snippet));
        });
    }

    /** Every entry, in order. */
    public List<Entry> all() {
        return List.copyOf(entries);
    }

    /** The number of entries so far (a mark for {@link #since}). */
    public int size() {
        return entries.size();
    }

    /** The entries recorded after {@code mark}. */
    public List<Entry> since(int mark) {
        return List.copyOf(entries.subList(Math.min(mark, entries.size()), entries.size()));
    }

    /**
     * Whether the entry is active, as JShell's {@code /list} means it: a declaration still in
     * force, or a statement or expression that ran and was not dropped.
     */
    public boolean isActive(Entry entry) {
        if (entry.rejected() || dropped.contains(entry.snippet())) {
            return false;
        }
        if (entry.snippet() instanceof DeclarationSnippet && !entry.name().startsWith("$")) {
            return shell.status(entry.snippet()).isActive();
        }
        return true;
    }

    /** Notes that the user dropped the entry's snippet. */
    void dropped(Entry entry) {
        dropped.add(entry.snippet());
    }

    /** The entry whose snippet is {@code snippet}, if the user typed it. */
    Optional<Entry> of(Snippet snippet) {
        return entries.stream().filter(e -> e.snippet() == snippet).findFirst();
    }

    /**
     * Makes the entries recorded after {@code mark} start-up snippets, numbered {@code s(first)},
     * {@code s(first+1)}, … (what the start-up files of {@code /set start} declared).
     */
    public void markStart(int mark, int first) {
        for (int i = mark; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (!e.rejected()) {
                accepted--;
            }
            entries.set(i, new Entry("s" + (first + i - mark), e.text(), e.name(), e.kind(), e.signature(), e.type(),
                    e.listing(), e.replaced(), e.snippet()));
        }
    }

    /**
     * Gives the entries recorded after {@code mark} the text the user typed for them, where the
     * session ran a rewritten form of it ({@code Out[2]} became a lookup): {@code userText} maps
     * each entry's text, in order, back to the user's.
     */
    public void retextSince(int mark, java.util.function.UnaryOperator<String> userText) {
        for (int i = Math.min(mark, entries.size()); i < entries.size(); i++) {
            Entry e = entries.get(i);
            entries.set(i, new Entry(e.id(), userText.apply(e.text()), e.name(), e.kind(), e.signature(), e.type(),
                    e.listing(), e.replaced(), e.snippet()));
        }
    }

    /**
     * Forgets the entries recorded after {@code mark} (cells that are not the user's: a front
     * end's warm-up), and their numbers with them.
     */
    public void forgetSince(int mark) {
        while (entries.size() > mark) {
            Entry removed = entries.removeLast();
            if (removed.rejected()) {
                rejected--;
            } else if (!removed.fromStart()) {
                accepted--;
            }
        }
    }

    private static String nameOf(Snippet snippet) {
        return switch (snippet) {
            case DeclarationSnippet declaration -> declaration.name();
            case ImportSnippet anImport -> anImport.fullname();
            default -> "";
        };
    }

    private static String listing(Snippet snippet) {
        return switch (snippet) {
            case VarSnippet variable -> variable.typeName() + " " + variable.name();
            case MethodSnippet method -> Listings.methodText(method);
            case TypeDeclSnippet type -> Listings.kind(type) + " " + type.name();
            case ImportSnippet anImport -> "import " + (anImport.isStatic() ? "static " : "") + anImport.fullname();
            default -> "";
        };
    }

    /** Kind, signature and type: JShell's words for what a snippet declares ({@code method}, {@code m(int)}, ""). */
    private static String[] declaration(Snippet snippet) {
        return switch (snippet) {
            case VarSnippet variable -> new String[] {"variable", variable.name(), variable.typeName()};
            case MethodSnippet method -> new String[] {"method", method.name() + "(" + method.parameterTypes() + ")", ""};
            case TypeDeclSnippet type -> new String[] {Listings.kind(type), type.name(), ""};
            case ImportSnippet anImport -> new String[] {"import", anImport.fullname(), ""};
            default -> new String[] {"", "", ""};
        };
    }
}
