package dev.jawait.session.internal;

import dev.jawait.JawaitException.BadArgumentsException;
import dev.jawait.engine.internal.Engine;
import dev.jawait.engine.internal.UserSnippets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The snippets a command's arguments name, as JShell reads them: none (the active snippets the
 * user typed), {@code -start}, {@code -all}, or names, ids ({@code 3}, {@code s1}, {@code e2})
 * and id ranges ({@code 1-4}). Unknown ones are JShell's errors ("No such snippet: x", "No
 * snippet with ID: 9"); options and snippets together are refused.
 *
 * <p>Stateless; reads the engine it is given on the caller's thread.
 */
final class SnippetSelection {
    /**
     * A listed snippet.
     *
     * @param id    {@code 3}, {@code s1} or {@code e2}
     * @param text  what it holds as the user typed it
     * @param entry the user's snippet, or null for a start-up snippet
     */
    record Listed(String id, String text, UserSnippets.Entry entry) {
        boolean isStart() {
            return entry == null;
        }
    }

    private static final Pattern RANGE = Pattern.compile("(\\d+)-(\\d+)");
    private static final Pattern ID = Pattern.compile("[se]?\\d+");

    private SnippetSelection() {}

    /** Every snippet: start-up ones first, then the user's in order. */
    static List<Listed> everything(Engine engine) {
        List<Listed> all = new ArrayList<>(startImports(engine));
        engine.snippets().all().forEach(entry -> all.add(new Listed(entry.id(), entry.text(), entry)));
        return all;
    }

    /** The start-up snippets: jawait's imports, then what the start-up files declared. */
    static List<Listed> start(Engine engine) {
        List<Listed> start = new ArrayList<>(startImports(engine));
        engine.snippets().all().stream().filter(UserSnippets.Entry::fromStart)
                .forEach(e -> start.add(new Listed(e.id(), e.text(), e)));
        return start;
    }

    private static List<Listed> startImports(Engine engine) {
        List<Listed> start = new ArrayList<>();
        List<String> imports = engine.startSnippets();
        for (int i = 0; i < imports.size(); i++) {
            start.add(new Listed("s" + (i + 1), imports.get(i), null));
        }
        return start;
    }

    /**
     * The snippets {@code arguments} select, among those {@code accepts} takes.
     *
     * @param command   the command's name, for errors ({@code list})
     * @param accepts   which snippets the command shows (all of them for {@code /list}, variables for {@code /vars})
     * @throws BadArgumentsException for an unknown name or id, or options mixed with snippets
     */
    static List<Listed> select(Engine engine, String command, String arguments, Predicate<Listed> accepts) {
        List<String> words = words(arguments);
        List<Listed> all = everything(engine);
        UserSnippets snippets = engine.snippets();
        if (words.isEmpty()) {
            return all.stream().filter(l -> !l.isStart() && !l.entry().fromStart()
                    && snippets.isActive(l.entry()) && accepts.test(l)).toList();
        }
        boolean options = words.stream().anyMatch(w -> w.startsWith("-"));
        if (options && (words.size() > 1 || !(words.getFirst().equals("-all") || words.getFirst().equals("-start")))) {
            throw new BadArgumentsException(words.size() > 1
                    ? "Options and snippets must not both be used: /" + command + " " + arguments.strip()
                    : "Unknown option " + words.getFirst() + " for /" + command + ": use -all or -start.");
        }
        if (options) {
            List<Listed> chosen = words.getFirst().equals("-all") ? all : start(engine);
            return chosen.stream().filter(accepts).toList();
        }
        Set<Listed> chosen = new LinkedHashSet<>();
        for (String word : words) {
            List<Listed> named = named(all, snippets, word);
            for (Listed listed : named) {
                if (!accepts.test(listed)) {
                    throw new BadArgumentsException("This command does not accept the snippet '" + listed.id()
                            + "' : " + listed.text());
                }
            }
            chosen.addAll(named);
        }
        return List.copyOf(chosen);
    }

    private static List<Listed> named(List<Listed> all, UserSnippets snippets, String word) {
        Matcher range = RANGE.matcher(word);
        if (range.matches()) {
            int from = Integer.parseInt(range.group(1));
            int to = Integer.parseInt(range.group(2));
            List<Listed> inRange = all.stream().filter(l -> l.id().matches("\\d+")
                    && Integer.parseInt(l.id()) >= from && Integer.parseInt(l.id()) <= to).toList();
            if (inRange.isEmpty()) {
                throw new BadArgumentsException("No snippet with ID: " + word);
            }
            return inRange;
        }
        if (ID.matcher(word).matches()) {
            return List.of(all.stream().filter(l -> l.id().equals(word)).findFirst()
                    .orElseThrow(() -> new BadArgumentsException("No snippet with ID: " + word)));
        }
        List<Listed> withName = all.stream().filter(l -> !l.isStart() && l.entry().name().equals(word)).toList();
        if (withName.isEmpty()) {
            throw new BadArgumentsException("No such snippet: " + word);
        }
        List<Listed> active = withName.stream().filter(l -> snippets.isActive(l.entry())).toList();
        return active.isEmpty() ? withName : active;
    }

    static List<String> words(String arguments) {
        return arguments.isBlank() ? List.of() : List.of(arguments.strip().split("\\s+"));
    }

    /** {@code "   3 : int x = 3;"}, continuation lines under the text, as JShell's {@code /list}. */
    static String format(Listed listed) {
        return String.format("%4s : %s", listed.id(), listed.text().replace("\n", "\n       "));
    }
}
